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

  /// A syllable rendering in the lattice: which spelling, and what reading it this way costs
  /// apart from the spelling's own position-dependent weight.
  private struct SyllableEdge: Sendable {
    var unit: Int
    var cost: Double
  }

  private let tables: KoreanNameTables
  private let syllableExact: [String: [SyllableEdge]]
  private let syllableFolded: [String: [SyllableEdge]]
  /// Vowel-initial syllables as written with a glide (``glideForms(spelling:rendering:)``),
  /// by match key; read only after a vowel-final syllable.
  private let syllableGlide: [String: [SyllableEdge]]
  /// Whether each syllable spelling ends in a vowel letter.
  private let vowelFinal: [Bool]
  /// Which vowels each syllable spelling doubles (hoon: oo; hee: ee).
  private let doubledVowels: [VowelLength]

  /// Vowels a spelling doubles, or a rendering writes only short.
  struct VowelLength: Sendable, Equatable {
    var oo: Bool
    var ee: Bool
  }
  /// Log weight of each syllable spelling as the first syllable of a given name, and as a later one.
  private let firstLogWeight: [Double]
  private let laterLogWeight: [Double]
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
  /// Cost of a syllable rendering by its place in its table cell (most common first): the
  /// renderings of a spelling are taken to fall off like a Zipf list, so the rendering at
  /// index `r` costs `renderingRankCost · ln(1 + r)`: 1.0 for the second, 1.6 for the third.
  static let renderingRankCost = 1.0 / log(2.0)
  /// Cost per position of a surname rendering in its table cell.
  static let surnameRenderingRankCost = 0.5
  /// Extra cost of reading a double-vowel spelling (oo, ee) from a rendering that writes the
  /// vowel only short (हुन for hoon): Hindi writers mostly keep the length the English
  /// letters show, ू and ी for oo and ee, ु and ि for u and i.
  static let shortVowelCost = 0.5
  /// Cost of reading a vowel-initial syllable written with a glide after a vowel-final one
  /// (ना-यून: na + eun, as well as na + yoon).
  static let glideCost = 0.5
  static let beam = 8

  /// How many observed given-name syllables the editor's `weight` column is worth when it is
  /// combined with the observed counts (`first`, `later`) of the syllable table.
  static let priorStrength = 300.0

  /// Log weights of each syllable spelling as the first and as a later syllable of a given
  /// name, on the scale of `log(weight / 100)`.
  ///
  /// The editor's weight is a prior and the observed counts update it (additive smoothing):
  /// a spelling's share is `(priorStrength · weight / W + count) / (priorStrength + N)`, where
  /// `W` sums the weights and `N` the counts of that position. It is scaled by `W / 100` so
  /// that a table without counts keeps `log(weight / 100)` exactly.
  static func positionalLogWeights(_ syllables: [KoreanNameTables.Syllable]) -> (first: [Double], later: [Double]) {
    let totalWeight = Double(syllables.reduce(0) { $0 + max($1.weight, 1) })
    let firstTotal = Double(syllables.reduce(0) { $0 + max($1.firstCount, 0) })
    let laterTotal = Double(syllables.reduce(0) { $0 + max($1.laterCount, 0) })
    func logWeight(_ weight: Int, _ count: Int, _ total: Double) -> Double {
      let effective = (priorStrength * Double(max(weight, 1)) + totalWeight * Double(max(count, 0))) / (priorStrength + total)
      return log(effective / 100)
    }
    return (
      syllables.map { logWeight($0.weight, $0.firstCount, firstTotal) },
      syllables.map { logWeight($0.weight, $0.laterCount, laterTotal) }
    )
  }

  /// How many given names of one, two and three syllables the Korean people in
  /// `glossaries/entities/people-*.tsv` have, counting those whose Hangul and English surname
  /// align and leaving out the people of the dev fixture: 10, 291 and none.
  static let givenLengthCounts: [Double] = [10, 291, 0]

  /// Share of given names with at least `syllables` syllables (add-one smoothing over one to
  /// three syllables; four or more count as three).
  private static func givenLengthAtLeast(_ syllables: Int) -> Double {
    let smoothed = givenLengthCounts.map { $0 + 1 }
    let k = min(max(syllables, 1), smoothed.count)
    return smoothed[(k - 1)...].reduce(0, +) / smoothed.reduce(0, +)
  }

  /// Log prior of a given name going on to a `syllables`-th syllable: the prior of the
  /// number of syllables is spent as the lattice grows, so the beam already sees that a
  /// third syllable is rare (Hindi text often splits one syllable in two: जियुन → ji + yun).
  static func givenLengthContinuationLogPrior(_ syllables: Int) -> Double {
    guard syllables >= 2, syllables <= givenLengthCounts.count else { return 0 }
    return log(givenLengthAtLeast(syllables) / givenLengthAtLeast(syllables - 1))
  }

  /// Log prior of a given name ending after `syllables` syllables, given that it reached them.
  static func givenLengthStopLogPrior(_ syllables: Int) -> Double {
    let k = min(max(syllables, 1), givenLengthCounts.count)
    let smoothed = givenLengthCounts.map { $0 + 1 }
    return log(smoothed[k - 1] / smoothed[(k - 1)...].reduce(0, +))
  }

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
    var exact: [String: [SyllableEdge]] = [:]
    var folded: [String: [SyllableEdge]] = [:]
    var glide: [String: [SyllableEdge]] = [:]
    var maxLength = 1
    for (i, s) in tables.syllables.enumerated() {
      for (r, rendering) in s.hindi.enumerated() {
        let text = clean(rendering)
        guard !text.isEmpty else { continue }
        maxLength = max(maxLength, text.unicodeScalars.count + 2)
        let cost = Self.renderingRankCost * log(1 + Double(r)) + Self.syllableCost
        exact[text, default: []].append(SyllableEdge(unit: i, cost: cost))
        folded[MatchKey(canonical: text).text, default: []].append(SyllableEdge(unit: i, cost: cost + Self.foldedCost))
        for form in Self.glideForms(spelling: s.spelling, rendering: text) {
          // Keyed by match key: the table lists no glide form, so no vowel length is the exact one.
          glide[MatchKey(canonical: form).text, default: []].append(SyllableEdge(unit: i, cost: cost + Self.glideCost))
        }
      }
    }
    (firstLogWeight, laterLogWeight) = Self.positionalLogWeights(tables.syllables)
    var sExact: [String: [Edge]] = [:]
    var sFolded: [String: [Edge]] = [:]
    for (i, s) in tables.surnames.enumerated() {
      let base = -0.35 * log(Double(max(s.rank, 1))) - (s.isPreferred ? 0 : 0.8)
      for (r, rendering) in s.hindi.enumerated() {
        let text = clean(rendering)
        guard !text.isEmpty else { continue }
        let logp = base - Double(r) * Self.surnameRenderingRankCost
        sExact[text, default: []].append(Edge(unit: i, logp: logp))
        sFolded[MatchKey(canonical: text).text, default: []].append(Edge(unit: i, logp: logp - Self.foldedCost))
      }
    }
    syllableExact = exact.mapValues { $0.sorted { $0.cost < $1.cost } }
    syllableFolded = folded.mapValues { $0.sorted { $0.cost < $1.cost } }
    syllableGlide = glide.mapValues { $0.sorted { $0.cost < $1.cost } }
    vowelFinal = tables.syllables.map { $0.spelling.last.map { "aeiou".contains($0) } ?? false }
    doubledVowels = tables.syllables.map { VowelLength(oo: $0.spelling.contains("oo"), ee: $0.spelling.contains("ee")) }
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
        partial = Array(next.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit * 4))
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

    /// Best first: higher score, then (on a tie) the lower syllable indices, then the
    /// segmentation, so that results never depend on the order a dictionary was walked in.
    static func isBetter(_ a: Path, _ b: Path) -> Bool {
      if a.score != b.score { return a.score > b.score }
      let (x, y) = (a.units.map { $0 ?? -1 }, b.units.map { $0 ?? -1 })
      if x != y { return x.lexicographicallyPrecedes(y) }
      return a.texts.lexicographicallyPrecedes(b.texts)
    }
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

  /// Extends k-best given-name paths over one chunk of Devanagari (a word, or the part of a
  /// word between hyphens): each path is continued by every chain of syllable renderings that
  /// covers the chunk. Starting from the paths of the earlier chunks lets a syllable's weight
  /// depend on its place in the whole given name, whatever the hyphenation.
  private func extend(_ start: [Path], over chunk: String, lengthPrior: Bool = true) -> [Path] {
    let scalars = Array(chunk.unicodeScalars)
    let n = scalars.count
    guard n > 0 else { return start }
    var best = [[Path]](repeating: [], count: n + 1)
    best[0] = start
    for i in 0..<n where !best[i].isEmpty {
      var anyEdge = false
      for length in 1...min(maxRenderingLength, n - i) {
        // Do not end a syllable before a combining mark.
        if i + length < n, Self.isCombining(scalars[i + length]) { continue }
        let text = String(String.UnicodeScalarView(scalars[i..<(i + length)]))
        let key = MatchKey(canonical: text).text
        var edges = syllableExact[text] ?? []
        if let f = syllableFolded[key] { edges += f }
        let glides = syllableGlide[key] ?? []
        if edges.isEmpty && glides.isEmpty { continue }
        anyEdge = true
        let shortOnly = Self.shortOnlyVowels(text)
        for p in best[i] {
          let afterVowel = p.units.last.flatMap { $0 }.map { vowelFinal[$0] } ?? false
          var cheapest: [Int: Double] = [:]
          for edge in edges + (afterVowel ? glides : []) {
            let doubled = doubledVowels[edge.unit]
            let cost = edge.cost + ((doubled.oo && shortOnly.oo) || (doubled.ee && shortOnly.ee) ? Self.shortVowelCost : 0)
            if cost < cheapest[edge.unit] ?? .infinity { cheapest[edge.unit] = cost }
          }
          for (unit, cost) in cheapest.sorted(by: { $0.key < $1.key }) {
            var weight = p.units.isEmpty ? firstLogWeight[unit] : laterLogWeight[unit]
            if lengthPrior { weight += Self.givenLengthContinuationLogPrior(p.units.count + 1) }
            best[i + length].append(Path(score: p.score + weight - cost, units: p.units + [unit], texts: p.texts + [text], unknownScalars: p.unknownScalars))
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

  /// Extends paths over a chunk, also reading "ंघ" as "ंगह": Hindi writes a syllable ending
  /// in ng followed by one starting with h as one aspirate (Jong-ho → जोंघो).
  private func extendWithSandhi(_ start: [Path], over chunk: String) -> [Path] {
    var paths = extend(start, over: chunk)
    let scalars = Array(chunk.unicodeScalars)
    if let i = scalars.indices.dropLast().first(where: { scalars[$0] == "\u{0902}" && scalars[$0 + 1] == "\u{0918}" }) {
      var split = scalars
      split.replaceSubrange((i + 1)...(i + 1), with: ["\u{0917}", "\u{0939}"])
      paths += extend(start, over: String(String.UnicodeScalarView(split))).map { p in
        var p = p
        p.score -= 1.0
        return p
      }
      paths = Self.prune(paths)
    }
    return paths.sorted(by: Path.isBetter)
  }

  /// Which of u and i a rendering writes only short: ु or उ without ू or ऊ, ि or इ without
  /// ी or ई. Reading such a rendering as a spelling with oo or ee costs ``shortVowelCost``.
  static func shortOnlyVowels(_ rendering: String) -> VowelLength {
    var short = (u: false, i: false)
    var long = (u: false, i: false)
    for scalar in rendering.unicodeScalars {
      switch scalar.value {
      case 0x0941, 0x0909: short.u = true
      case 0x0942, 0x090A: long.u = true
      case 0x093F, 0x0907: short.i = true
      case 0x0940, 0x0908: long.i = true
      default: break
      }
    }
    return VowelLength(oo: short.u && !long.u, ee: short.i && !long.i)
  }

  /// The glide forms of a vowel-initial syllable's rendering: after a vowel, Hindi writers
  /// often start such a syllable with य, so उन (eun) is also written युन or यून (ना-यून for
  /// Na-eun). Returns no forms unless both the spelling and the rendering start with a vowel.
  /// A व glide is not read: वून is woon far more often than a glided eun.
  static func glideForms(spelling: String, rendering: String) -> [String] {
    guard let letter = spelling.first, "aeiou".contains(letter),
      let first = rendering.unicodeScalars.first, (0x0905...0x0914).contains(first.value)
    else { return [] }
    // Independent vowel → the consonant's vowel sign (none for अ).
    let signs: [UInt32: UInt32] = [
      0x0906: 0x093E, 0x0907: 0x093F, 0x0908: 0x0940, 0x0909: 0x0941, 0x090A: 0x0942,
      0x090B: 0x0943, 0x090D: 0x0945, 0x090E: 0x0946, 0x090F: 0x0947, 0x0910: 0x0948,
      0x0911: 0x0949, 0x0912: 0x094A, 0x0913: 0x094B, 0x0914: 0x094C,
    ]
    var sign = ""
    if first.value != 0x0905 {
      guard let s = signs[first.value], let scalar = Unicode.Scalar(s) else { return [] }
      sign = String(Character(scalar))
    }
    let rest = String(String.UnicodeScalarView(rendering.unicodeScalars.dropFirst()))
    return ["\u{092F}" + sign + rest]
  }

  /// The `beam` best paths, and the best one of each other syllable count: a reading with
  /// fewer syllables may fall behind at a chunk's end and win once the next chunk is read.
  private static func prune(_ paths: [Path]) -> [Path] {
    if paths.count <= beam { return paths }
    let sorted = paths.sorted(by: Path.isBetter)
    var kept = Array(sorted.prefix(beam))
    var counts = Set(kept.map(\.units.count))
    for p in sorted.dropFirst(beam) where counts.insert(p.units.count).inserted { kept.append(p) }
    return kept
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
        for p in extend([Path(score: 0, units: [], texts: [], unknownScalars: 0)], over: word, lengthPrior: false).prefix(3) {
          let spelled = spell(p.units, p.texts).joined()
          surnameOptions.append(SurnameOption(text: Self.capitalized(spelled), unit: nil, score: p.score - 3, unknown: p.unknownScalars, known: false))
        }
      }
    }
    if surnameOptions.isEmpty { surnameOptions = [SurnameOption(text: "", unit: nil, score: 0, unknown: 0, known: parts.count == 1)] }

    // Given-name paths: one lattice over the chunks in order, then the length prior.
    var given: [Path] = [Path(score: 0, units: [], texts: [], unknownScalars: 0)]
    for chunk in givenParts.joined() {
      given = Self.prune(extendWithSandhi(given, over: chunk))
    }
    if !givenParts.isEmpty {
      given = given.map { p in
        var p = p
        p.score += Self.givenLengthStopLogPrior(p.units.count)
        return p
      }.sorted(by: Path.isBetter)
    }

    var results: [Analysis] = []
    var seenTexts = Set<String>()
    // On equal scores, the surname option listed first (the tables' order) and then the
    // better given-name path win.
    var combos: [(surname: Int, path: Path, score: Double)] = []
    for (i, s) in surnameOptions.enumerated() { for g in given { combos.append((i, g, s.score + g.score)) } }
    combos.sort { a, b in
      if a.score != b.score { return a.score > b.score }
      if a.surname != b.surname { return a.surname < b.surname }
      return Path.isBetter(a.path, b.path)
    }
    for (i, g, score) in combos {
      let s = surnameOptions[i]
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
