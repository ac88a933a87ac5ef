import Foundation

/// The romanization tables of Korean names (`glossaries/romanization/`): surnames and
/// given-name syllables, each English spelling with the Hindi renderings it produces.
public struct KoreanNameTables: Sendable {
  /// One surname spelling.
  public struct Surname: Sendable, Hashable {
    public var hangul: String
    public var spelling: String
    public var revisedRomanization: String
    public var isPreferred: Bool
    public var hindi: [String]
    /// Frequency rank of the Hangul surname (1 = most common).
    public var rank: Int
  }

  /// One given-name syllable spelling.
  public struct Syllable: Sendable, Hashable {
    public var spelling: String
    public var hangul: [String]
    public var revisedRomanization: [String]
    public var hindi: [String]
    /// How common the spelling is in given names, 1–100 (an editor's prior).
    public var weight: Int
    /// How often the spelling is the first syllable of a given name among the Korean people
    /// of the entity glossaries (`first` column; 0 when the table has none).
    public var firstCount: Int = 0
    /// How often the spelling is a later syllable of a given name among those people
    /// (`later` column; 0 when the table has none).
    public var laterCount: Int = 0
  }

  public let surnames: [Surname]
  public let syllables: [Syllable]

  /// Creates tables from rows.
  public init(surnames: [Surname], syllables: [Syllable]) {
    self.surnames = surnames
    self.syllables = syllables
  }

  /// Reads `surnames.tsv` and `syllables.tsv` from a folder.
  ///
  /// - Throws: ``HinGlossError`` with file, line and column for a malformed row.
  public init(folder: URL) throws(HinGlossError) {
    func load(_ name: String) throws(HinGlossError) -> TSVReader {
      let url = folder.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw HinGlossError(.missingFile, "missing romanization table \(url.path)")
      }
      return try TSVReader(bytes: Array(data), file: url.path)
    }
    func columns(_ tsv: TSVReader, _ names: [String]) throws(HinGlossError) -> [Int] {
      var result: [Int] = []
      for name in names {
        guard let i = tsv.header.firstIndex(of: name) else {
          throw HinGlossError(.badHeader, "the header has no '\(name)' column", at: tsv.headerLocation(cell: 0))
        }
        result.append(i)
      }
      return result
    }
    func list(_ s: String) -> [String] { s.isEmpty ? [] : s.split(separator: "|").map(String.init) }
    func number(_ tsv: TSVReader, _ r: TSVReader.Record, _ i: Int) throws(HinGlossError) -> Int {
      guard let n = Int(r.cells[i]) else {
        throw HinGlossError(.badCell, "'\(tsv.header[i])' must be a whole number, not '\(r.cells[i])'", at: tsv.location(r, cell: i))
      }
      return n
    }
    let s = try load("surnames.tsv")
    let sc = try columns(s, ["hangul", "spelling", "rr", "preferred", "hindi", "rank"])
    var surnames: [Surname] = []
    for r in s.records {
      try Glossary.validateCell(r.cells[sc[4]], column: "hindi", hindi: true, at: s.location(r, cell: sc[4]))
      surnames.append(Surname(hangul: r.cells[sc[0]], spelling: r.cells[sc[1]], revisedRomanization: r.cells[sc[2]], isPreferred: r.cells[sc[3]] == "yes", hindi: list(r.cells[sc[4]]), rank: try number(s, r, sc[5])))
    }
    let y = try load("syllables.tsv")
    let yc = try columns(y, ["spelling", "hangul", "rr", "hindi", "weight"])
    // The observed counts are optional, so hand-made tables need only the editor's weights.
    let firstColumn = y.header.firstIndex(of: "first")
    let laterColumn = y.header.firstIndex(of: "later")
    var syllables: [Syllable] = []
    for r in y.records {
      try Glossary.validateCell(r.cells[yc[3]], column: "hindi", hindi: true, at: y.location(r, cell: yc[3]))
      var row = Syllable(spelling: r.cells[yc[0]], hangul: list(r.cells[yc[1]]), revisedRomanization: list(r.cells[yc[2]]), hindi: list(r.cells[yc[3]]), weight: try number(y, r, yc[4]))
      for (column, path) in [(firstColumn, \Syllable.firstCount), (laterColumn, \Syllable.laterCount)] {
        guard let c = column else { continue }
        let count = try number(y, r, c)
        guard count >= 0 else {
          throw HinGlossError(.badCell, "'\(y.header[c])' must not be negative", at: y.location(r, cell: c))
        }
        row[keyPath: path] = count
      }
      syllables.append(row)
    }
    self.init(surnames: surnames, syllables: syllables)
  }

  /// The tables shipped with HinGloss, read once per process.
  public static var `default`: KoreanNameTables {
    get throws(HinGlossError) { try DefaultTables.shared.get() }
  }
}

enum DefaultTables {
  static let shared: Result<KoreanNameTables, HinGlossError> = {
    guard let folder = Glossary.bundledFolder else {
      return .failure(HinGlossError(.missingFile, "the romanization tables shipped with HinGloss are missing"))
    }
    return Result { () throws(HinGlossError) in try KoreanNameTables(folder: folder.appendingPathComponent("romanization")) }
  }()
}
