/// Scores romanizations against expected English forms.
///
/// Comparison follows the project's scoring convention: case-insensitive, hyphen and space
/// equal, diacritics ignored.
public struct Evaluation: Sendable {
  /// One scored row.
  public struct Row: Sendable, Hashable {
    public var input: String
    public var expected: String
    public var got: String
    /// 1-based line in the evaluated file.
    public var line: Int
    public var isExact: Bool
    /// Character edit distance between the compared forms.
    public var editDistance: Int
  }

  public private(set) var rows: [Row] = []
  public private(set) var tokens = 0
  public private(set) var correctTokens = 0
  public private(set) var characters = 0
  public private(set) var characterErrors = 0

  /// Creates an empty evaluation.
  public init() {}

  /// The comparison form: lowercased, diacritics removed, hyphens as spaces, spaces collapsed.
  public static func comparable(_ s: String) -> String {
    var out = ""
    var lastSpace = true
    let folded = (try? ICU.Normalization.nfd.normalize(s.lowercased())) ?? s.lowercased()
    for scalar in folded.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if scalar == "-" || scalar == " " || scalar == "\t" {
        if !lastSpace { out.append(" ") }
        lastSpace = true
      } else {
        out.unicodeScalars.append(scalar)
        lastSpace = false
      }
    }
    if out.hasSuffix(" ") { out.removeLast() }
    return out
  }

  /// Adds one result.
  public mutating func add(input: String, expected: String, got: String, line: Int) {
    let e = Self.comparable(expected)
    let g = Self.comparable(got)
    let et = e.split(separator: " ")
    let gt = g.split(separator: " ")
    tokens += et.count
    for (i, t) in et.enumerated() where i < gt.count && gt[i] == t { correctTokens += 1 }
    let d = EditDistance.levenshtein(Array(e.unicodeScalars), Array(g.unicodeScalars), limit: 1_000)
    characters += e.unicodeScalars.count
    characterErrors += d
    rows.append(Row(input: input, expected: expected, got: got, line: line, isExact: e == g, editDistance: d))
  }

  public var count: Int { rows.count }
  public var exact: Int { rows.filter(\.isExact).count }
  /// Share of exact matches, 0...1.
  public var exactAccuracy: Double { count == 0 ? 0 : Double(exact) / Double(count) }
  /// Share of expected tokens matched in position, 0...1.
  public var tokenAccuracy: Double { tokens == 0 ? 0 : Double(correctTokens) / Double(tokens) }
  /// Character error rate: edit distance over expected length, summed over rows.
  public var characterErrorRate: Double { characters == 0 ? 0 : Double(characterErrors) / Double(characters) }
  /// The worst errors, by edit distance.
  public func worst(_ n: Int) -> [Row] {
    Array(rows.filter { !$0.isExact }.sorted { $0.editDistance != $1.editDistance ? $0.editDistance > $1.editDistance : $0.line < $1.line }.prefix(n))
  }
}
