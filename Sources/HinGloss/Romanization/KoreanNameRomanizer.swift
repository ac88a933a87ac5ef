import Foundation

/// Back-transliterates Hindi renderings of Korean personal names to their canonical
/// romanized form, in house style: surname, space, given name with its syllables joined by
/// a hyphen (किम योंग-बीओम → Kim Yong-beom, ली जे म्युंग → Lee Jae-myung, चो ह्यून → Cho Hyun).
///
/// Hindi writers transcribe Korean names from their English spelling, so each name part is
/// segmented into syllables with a weighted lattice over the Hindi renderings listed in
/// ``KoreanNameTables`` (Viterbi, k-best), and each syllable is printed in its conventional
/// spelling. Renderings match exactly, or through the match key at a small cost.
///
///     let korean = try KoreanNameRomanizer()
///     korean.romanize("ली जे म्युंग").text                 // "Lee Jae-myung"
///     korean.candidates("किम योंग-बीओम", limit: 3)          // n-best with scores
///     korean.hangulCandidates("किम योंग-बीओम", limit: 3)    // ["김용범", ...]
///
/// The romanizer is immutable; build it once and share it.
public struct KoreanNameRomanizer: Sendable {
  /// A romanized name.
  public struct Romanization: Sendable, Hashable {
    /// The name in house style.
    public var text: String
    /// Log-probability-like score; higher is better. Comparable between candidates of one input.
    public var score: Double
    /// How Korean-like the input is, 0...1 (see ``KoreanNameRomanizer/koreanLikeness(_:)``).
    public var koreanLikeness: Double
    /// The syllables of the surname and the given name, in their spellings.
    public var surname: String?
    public var givenSyllables: [String]
  }

  private struct Edge: Sendable {
    var unit: Int  // index into syllables or surnames
    var logp: Double
  }

  private let tables: KoreanNameTables
  private let syllableExact: [String: [Edge]]
  private let syllableFolded: [String: [Edge]]
  private let surnameExact: [String: [Edge]]
  private let surnameFolded: [String: [Edge]]
  private let maxRenderingLength: Int
  private let hindi = HindiRomanizer()

  /// Cost of each extra syllable (prefers fewer, longer renderings).
  static let syllableCost = 1.5
  /// Cost of matching a rendering only through the match key.
  static let foldedCost = 0.7
  /// Cost of a scalar no table explains.
  static let unknownCost = 9.0
  /// Cost per position of a rendering in its table cell (most common first).
  static let renderingRankCost = 0.5
  static let beam = 8

  /// Builds a romanizer from the shipped tables.
  public init() throws(HinGlossError) {
    self.init(tables: try .default)
  }

  /// Builds a romanizer from tables.
  public init(tables: KoreanNameTables) {
    self.tables = tables
    let normalizer = HindiNormalizer()
    func clean(_ s: String) -> String {
      String(normalizer.normalize(s).text.unicodeScalars.filter { $0 != "-" && $0 != " " && $0 != "\u{200C}" && $0 != "\u{200D}" }.map(Character.init))
    }
    var exact: [String: [Edge]] = [:]
    var folded: [String: [Edge]] = [:]
    var maxLength = 1
    for (i, s) in tables.syllables.enumerated() {
      let base = log(Double(max(s.weight, 1)) / 100)
      for (r, rendering) in s.hindi.enumerated() {
        let text = clean(rendering)
        guard !text.isEmpty else { continue }
        maxLength = max(maxLength, text.unicodeScalars.count + 2)
        let logp = base - Double(r) * Self.renderingRankCost - Self.syllableCost
        exact[text, default: []].append(Edge(unit: i, logp: logp))
        folded[MatchKey(canonical: text).text, default: []].append(Edge(unit: i, logp: logp - Self.foldedCost))
      }
    }
    var sExact: [String: [Edge]] = [:]
    var sFolded: [String: [Edge]] = [:]
    for (i, s) in tables.surnames.enumerated() {
      let base = -0.35 * log(Double(max(s.rank, 1))) - (s.isPreferred ? 0 : 0.8)
      for (r, rendering) in s.hindi.enumerated() {
        let text = clean(rendering)
        guard !text.isEmpty else { continue }
        let logp = base - Double(r) * Self.renderingRankCost
        sExact[text, default: []].append(Edge(unit: i, logp: logp))
        sFolded[MatchKey(canonical: text).text, default: []].append(Edge(unit: i, logp: logp - Self.foldedCost))
      }
    }
    syllableExact = exact.mapValues { $0.sorted { $0.logp > $1.logp } }
    syllableFolded = folded.mapValues { $0.sorted { $0.logp > $1.logp } }
    surnameExact = sExact.mapValues { $0.sorted { $0.logp > $1.logp } }
    surnameFolded = sFolded.mapValues { $0.sorted { $0.logp > $1.logp } }
    maxRenderingLength = maxLength
  }

  // MARK: - Public API

  /// The best romanization of a Hindi-rendered Korean name.
  ///
  /// Empty input gives an empty text and likeness 0; input without Devanagari is returned
  /// as it is, with likeness 0.
  public func romanize(_ name: String) -> Romanization {
    candidates(name, limit: 1).first ?? Romanization(text: name.trimmingCharacters(in: " "), score: -.infinity, koreanLikeness: 0, surname: nil, givenSyllables: [])
  }

  /// The `limit` best romanizations, best first, with scores.
  public func candidates(_ name: String, limit: Int = 5) -> [Romanization] {
    guard limit > 0 else { return [] }
    return analyze(name, limit: limit).map(\.romanization)
  }

  /// How Korean-like a Hindi name is, 0...1: 1 when every part is explained by the tables
  /// with common syllables and the first of several words is a known surname. Callers use
  /// it to choose between this romanizer and ``HindiRomanizer``.
  public func koreanLikeness(_ name: String) -> Double {
    romanize(name).koreanLikeness
  }

  /// Whether a Hindi word is a rendering of a Korean surname in the tables.
  public func isSurname(_ word: String) -> Bool {
    let cleaned = HindiNormalizer().normalize(word).text
    return surnameEdges(cleaned) != nil
  }

  /// Whether the name scores as Korean (likeness at least 0.5).
  public func isKoreanLike(_ name: String) -> Bool { koreanLikeness(name) >= 0.5 }

  /// Likely Hangul spellings of the name, best first.
  public func hangulCandidates(_ name: String, limit: Int = 5) -> [(hangul: String, score: Double)] {
    var scored: [String: Double] = [:]
    for analysis in analyze(name, limit: Self.beam) {
      var partial: [(String, Double)] = [("", analysis.romanization.score)]
      var units: [[(String, Double)]] = []
      if let s = analysis.surnameUnit {
        let row = tables.surnames[s]
        units.append([(row.hangul, 0)])
      }
      for unit in analysis.givenUnits {
        guard let u = unit else {
          units.append([])
          continue
        }
        units.append(tables.syllables[u].hangul.enumerated().map { ($0.element, -0.6 * Double($0.offset)) })
      }
      if units.contains(where: \.isEmpty) { continue }
      for options in units {
        var next: [(String, Double)] = []
        for (prefix, score) in partial {
          for (h, cost) in options { next.append((prefix + h, score + cost)) }
        }
        partial = Array(next.sorted { $0.1 > $1.1 }.prefix(limit * 4))
      }
      for (h, score) in partial where score > (scored[h] ?? -.infinity) { scored[h] = score }
    }
    return scored.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(limit).map { ($0.key, $0.value) }
  }

  // MARK: - Lattice

  private struct Path {
    var score: Double
    var units: [Int?]  // syllable indices; nil for an unexplained scalar
    var texts: [String]  // the Hindi text each unit covered
    var unknownScalars: Int
  }

  private struct Analysis {
    var romanization: Romanization
    var surnameUnit: Int?
    var givenUnits: [Int?]
  }

  /// Splits the input into name parts: words; a word with hyphens stays one part whose
  /// hyphens mark syllable boundaries.
  private func parts(_ name: String) -> [[String]] {
    let canonical = HindiNormalizer().normalize(name).text
    let words = canonical.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "." })
      .map { String($0.unicodeScalars.filter { $0 != "\u{200C}" && $0 != "\u{200D}" }.map(Character.init)) }
      .filter { !$0.isEmpty }
    var result = words.map { $0.split(separator: "-").map(String.init).filter { !$0.isEmpty } }.filter { !$0.isEmpty }
    // "पार्क-ज्यून-ह्ये": a single hyphenated word that starts with a known surname.
    if result.count == 1, result[0].count >= 3, surnameEdges(result[0][0]) != nil {
      result = [[result[0][0]], Array(result[0].dropFirst())]
    }
    return result
  }

  /// Surname spellings whose rendering equals the word exactly or through the match key,
  /// best first: the preferred spelling of a Hangul surname wins over a variant spelling
  /// unless the rendering matches the variant exactly and the preferred one only folded.
  private func surnameEdges(_ word: String) -> [Edge]? {
    let edges = (surnameExact[word] ?? []) + (surnameFolded[MatchKey(canonical: word).text] ?? [])
    return edges.isEmpty ? nil : edges.sorted { $0.logp > $1.logp }
  }

  /// k-best segmentation of one chunk of Devanagari into syllables.
  private func segment(_ chunk: String) -> [Path] {
    let scalars = Array(chunk.unicodeScalars)
    let n = scalars.count
    guard n > 0 else { return [Path(score: 0, units: [], texts: [], unknownScalars: 0)] }
    var best = [[Path]](repeating: [], count: n + 1)
    best[0] = [Path(score: 0, units: [], texts: [], unknownScalars: 0)]
    for i in 0..<n where !best[i].isEmpty {
      var anyEdge = false
      for length in 1...min(maxRenderingLength, n - i) {
        // Do not end a syllable before a combining mark.
        if i + length < n, Self.isCombining(scalars[i + length]) { continue }
        let text = String(String.UnicodeScalarView(scalars[i..<(i + length)]))
        var edges = syllableExact[text] ?? []
        if let f = syllableFolded[MatchKey(canonical: text).text] { edges += f }
        if edges.isEmpty { continue }
        anyEdge = true
        var seen = Set<Int>()
        for edge in edges where seen.insert(edge.unit).inserted {
          for p in best[i] {
            best[i + length].append(Path(score: p.score + edge.logp, units: p.units + [edge.unit], texts: p.texts + [text], unknownScalars: p.unknownScalars))
          }
        }
        best[i + length] = Self.prune(best[i + length])
      }
      // An unexplained akshara: a letter with its marks.
      var end = i + 1
      while end < n, Self.isCombining(scalars[end]) { end += 1 }
      let penalty = anyEdge ? Self.unknownCost * 1.5 : Self.unknownCost
      let text = String(String.UnicodeScalarView(scalars[i..<end]))
      for p in best[i] {
        best[end].append(Path(score: p.score - penalty * Double(end - i), units: p.units + [nil], texts: p.texts + [text], unknownScalars: p.unknownScalars + (end - i)))
      }
      best[end] = Self.prune(best[end])
    }
    return best[n]
  }

  /// Segments a chunk, also reading "ंघ" as "ंगह": Hindi writes a syllable ending in ng
  /// followed by one starting with h as one aspirate (Jong-ho → जोंघो).
  private func segmentWithSandhi(_ chunk: String) -> [Path] {
    var paths = segment(chunk)
    let scalars = Array(chunk.unicodeScalars)
    if let i = scalars.indices.dropLast().first(where: { scalars[$0] == "\u{0902}" && scalars[$0 + 1] == "\u{0918}" }) {
      var split = scalars
      split.replaceSubrange((i + 1)...(i + 1), with: ["\u{0917}", "\u{0939}"])
      paths += segment(String(String.UnicodeScalarView(split))).map { p in
        var p = p
        p.score -= 1.0
        return p
      }
      paths = Self.prune(paths)
    }
    return paths.sorted { $0.score > $1.score }
  }

  private static func prune(_ paths: [Path]) -> [Path] {
    if paths.count <= beam { return paths }
    return Array(paths.sorted { $0.score > $1.score }.prefix(beam))
  }

  static func isCombining(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0900...0x0903, 0x093A...0x094F, 0x0951...0x0957, 0x0962, 0x0963: true
    default: false
    }
  }

  private func spell(_ units: [Int?], _ texts: [String]) -> [String] {
    zip(units, texts).map { unit, text in
      unit.map { tables.syllables[$0].spelling } ?? hindi.romanize(text)
    }
  }

  private static func capitalized(_ s: String) -> String {
    guard let f = s.first else { return s }
    return f.uppercased() + s.dropFirst().lowercased()
  }

  /// Names longer than this (in name parts or scalars) are not names: they get likeness 0
  /// and are returned as they are, which keeps the lattice linear on hostile input.
  public static let maximumNameParts = 8
  public static let maximumNameScalars = 120

  private func analyze(_ name: String, limit: Int) -> [Analysis] {
    if name.unicodeScalars.count > Self.maximumNameScalars * 4 {
      return [Analysis(romanization: Romanization(text: name, score: -.infinity, koreanLikeness: 0, surname: nil, givenSyllables: []), surnameUnit: nil, givenUnits: [])]
    }
    let parts = parts(name)
    guard !parts.isEmpty else { return [] }
    if parts.count > Self.maximumNameParts || parts.joined().reduce(0, { $0 + $1.unicodeScalars.count }) > Self.maximumNameScalars {
      return [Analysis(romanization: Romanization(text: name.trimmingCharacters(in: " "), score: -.infinity, koreanLikeness: 0, surname: nil, givenSyllables: []), surnameUnit: nil, givenUnits: [])]
    }
    let totalScalars = parts.joined().reduce(0) { $0 + $1.unicodeScalars.count }
    guard parts.joined().contains(where: { $0.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) } }) else {
      return [Analysis(romanization: Romanization(text: name.trimmingCharacters(in: " "), score: -.infinity, koreanLikeness: 0, surname: nil, givenSyllables: []), surnameUnit: nil, givenUnits: [])]
    }

    // Surname options for the first word (when there are several words).
    struct SurnameOption { var text: String; var unit: Int?; var score: Double; var unknown: Int; var known: Bool }
    var surnameOptions: [SurnameOption] = []
    var givenParts = parts
    if parts.count >= 2, parts[0].count == 1 {
      let word = parts[0][0]
      givenParts = Array(parts.dropFirst())
      if let edges = surnameEdges(word) {
        var seen = Set<String>()
        for e in edges where seen.insert(tables.surnames[e.unit].spelling).inserted {
          surnameOptions.append(SurnameOption(text: tables.surnames[e.unit].spelling, unit: e.unit, score: e.logp, unknown: 0, known: true))
        }
      } else {
        for p in segment(word).prefix(3) {
          let spelled = spell(p.units, p.texts).joined()
          surnameOptions.append(SurnameOption(text: Self.capitalized(spelled), unit: nil, score: p.score - 3, unknown: p.unknownScalars, known: false))
        }
      }
    }
    if surnameOptions.isEmpty { surnameOptions = [SurnameOption(text: "", unit: nil, score: 0, unknown: 0, known: parts.count == 1)] }

    // Given-name paths: the chunks' k-best lists combined.
    var given: [Path] = [Path(score: 0, units: [], texts: [], unknownScalars: 0)]
    for chunk in givenParts.joined() {
      let options = segmentWithSandhi(chunk)
      var next: [Path] = []
      for g in given {
        for o in options {
          next.append(Path(score: g.score + o.score, units: g.units + o.units, texts: g.texts + o.texts, unknownScalars: g.unknownScalars + o.unknownScalars))
        }
      }
      given = Array(next.sorted { $0.score > $1.score }.prefix(Self.beam))
    }

    var results: [Analysis] = []
    var seenTexts = Set<String>()
    var combos: [(SurnameOption, Path, Double)] = []
    for s in surnameOptions { for g in given { combos.append((s, g, s.score + g.score)) } }
    combos.sort { $0.2 > $1.2 }
    for (s, g, score) in combos {
      let syllables = spell(g.units, g.texts)
      var givenText = ""
      if let first = syllables.first {
        givenText = Self.capitalized(first)
        if syllables.count > 1 { givenText += "-" + syllables.dropFirst().joined().lowercased() }
      }
      let text = [s.text, givenText].filter { !$0.isEmpty }.joined(separator: " ")
      guard seenTexts.insert(text).inserted else { continue }
      let unknown = s.unknown + g.unknownScalars
      let coverage = totalScalars == 0 ? 0 : 1 - Double(unknown) / Double(totalScalars)
      let syllableCount = max(1, g.units.count + (s.unit == nil ? 0 : 1))
      let average = score / Double(syllableCount)
      var likeness = coverage * coverage
      if !s.known { likeness *= 0.45 }
      if average < -4.5 { likeness *= exp(average + 4.5) }
      results.append(Analysis(
        romanization: Romanization(text: text, score: score, koreanLikeness: max(0, min(1, likeness)), surname: s.unit.map { tables.surnames[$0].spelling } ?? (s.text.isEmpty ? nil : s.text), givenSyllables: syllables),
        surnameUnit: s.unit, givenUnits: g.units))
      if results.count >= limit { break }
    }
    return results
  }
}
