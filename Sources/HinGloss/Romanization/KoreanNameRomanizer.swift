import Foundation

/// Turns Hindi renderings of Korean personal names back into the English spellings people
/// use, in house style: surname, space, given name with its syllables joined by a hyphen
/// (किम योंग-बीओम → Kim Yong-beom, ली जे म्युंग → Lee Jae-myung, चो ह्यून → Cho Hyun).
///
/// Hindi writers transcribe the English spelling, not the Korean sound, so the romanizer is a
/// noisy-channel decoder: it looks for the English spelling E that maximizes P(E) · P(Hindi | E)
/// over every way to cut the Hindi into syllables. P(E) is counted from real English names
/// (``KoreanNameTables``); P(Hindi | E) is the ``KoreanChannel`` learned from real Hindi
/// renderings. Candidates come with probabilities.
///
///     let korean = try KoreanNameRomanizer()
///     korean.romanize("ली जे म्युंग").text                      // "Lee Jae-myung"
///     korean.candidates("किम योंग-बीओम", limit: 3)               // n-best with probabilities
///     korean.hangulCandidates("किम योंग-बीओम", limit: 3)         // [("김용범", 0.4), ...]
///
/// The romanizer is immutable; build it once and share it between threads.
public struct KoreanNameRomanizer: Sendable {
  /// A romanized name.
  public struct Romanization: Sendable, Hashable {
    /// The name in house style.
    public var text: String
    /// The probability that this is the person's English spelling, among the candidates
    /// the model considered (they sum to at most 1).
    public var probability: Double
    /// The model's log score, log P(E) + log P(Hindi | E); comparable between candidates of one input.
    public var score: Double
    /// How Korean-like the input is, 0...1 (see ``KoreanNameRomanizer/koreanLikeness(_:)``).
    public var koreanLikeness: Double
    /// The surname's spelling, when the name has one.
    public var surname: String?
    /// The given name's syllables, lower case.
    public var givenSyllables: [String]
  }

  let tables: KoreanNameTables
  let channel: KoreanChannel
  let normalizer = HindiNormalizer()
  /// Log P(spelling) of each surname spelling (one entry per distinct spelling).
  let surnameSpellings: [String]
  let surnameLogPrior: [Double]
  /// Hangul of each surname spelling with log P(Hangul | spelling), best first.
  let surnameHangul: [[(String, Double)]]
  /// Log P(spelling | first syllable) and P(spelling | later syllable) of each given spelling.
  let givenLogFirst: [Double]
  let givenLogLater: [Double]
  /// Surname and given-syllable renderings by their Devanagari, and by match key.
  let surnameIndex: RenderingIndex
  let givenIndex: RenderingIndex
  /// Log-probability that a given-name syllable is a spelling the prior has never seen
  /// (Good–Turing: the share of spellings seen once).
  let novelSyllableLogPrior: Double
  /// Log P(a given name has 1, 2, 3 syllables).
  let lengthLogPrior: [Double]
  let prior: KoreanNamePrior
  /// Each Devanagari surname rendering with the log-probability of its likeliest spelling.
  let surnameRenderings: [String: Double]
  /// Every scalar some rendering uses: a word with another one (ष, ऋ, ः) is not a Korean name.
  let renderingScalars: Set<UInt32>
  /// ``KoreanNameTables/names`` by given name (`geun-hye`), then surname spelling.
  let namesByGiven: [String: [String: Int]]
  /// The same by rows of ``KoreanNameTables/given`` (``rowsKey(_:)``): what the decoder looks
  /// up for a reading made of listed syllables. Each given name's surnames (indices of
  /// ``surnameSpellings``) and counts are `namedSurnames` and `namedCounts` at
  /// `start..<end`, packed as `start << 32 | end`.
  let namesByGivenRows: [UInt64: UInt64]
  let namedSurnames: [Int32]
  let namedCounts: [Int]
  /// ``surnameSpellings`` and the given-name spellings written as a name starts (`Lee`, `Jae`).
  let surnameDisplay: [String]
  /// The hash of each ``surnameDisplay``.
  let surnameDisplayHash: [TextHash]
  let givenDisplay: [String]
  /// Renderings of single letter groups, for syllables the prior does not list.
  let letterGroups: LetterGroupIndex
  /// Working lists of the decoder, reused from one name to the next.
  let scratchPool = LatticeScratchPool()

  /// Builds a romanizer from the shipped tables.
  public init() throws(HinGlossError) {
    self.init(tables: try .default)
  }

  /// Builds a romanizer from tables.
  public init(tables: KoreanNameTables) {
    self.init(tables: tables, channel: KoreanChannel(counts: tables.channelCounts, orthography: tables.orthography))
  }

  /// Builds a romanizer from tables and a channel (one trained on other pairs, for instance).
  public init(tables: KoreanNameTables, channel: KoreanChannel) {
    self.tables = tables
    self.channel = channel
    let prior = KoreanNamePrior(tables)
    surnameSpellings = prior.surnameSpellings
    surnameLogPrior = prior.surnameLogPrior
    surnameHangul = prior.surnameHangul
    givenLogFirst = prior.givenLogFirst
    givenLogLater = prior.givenLogLater
    novelSyllableLogPrior = prior.novelSyllableLogPrior
    lengthLogPrior = prior.lengthLogPrior
    self.prior = prior
    var byGiven: [String: [String: Int]] = [:]
    for (name, count) in tables.names {
      let parts = name.split(separator: " ", maxSplits: 1)
      guard parts.count == 2 else { continue }
      byGiven[String(parts[1]), default: [:]][String(parts[0]), default: 0] += count
    }
    namesByGiven = byGiven
    let givenRow = Dictionary(tables.given.enumerated().map { ($1.spelling, $0) }, uniquingKeysWith: { a, _ in a })
    let surnameUnit = Dictionary(surnameSpellings.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var byRows: [UInt64: [Int32: Int]] = [:]
    for (given, surnames) in byGiven {
      let rows = given.split(separator: "-").map { givenRow[String($0)] ?? -1 }
      guard !rows.isEmpty, let key = Self.rowsKey(rows) else { continue }
      for (surname, count) in surnames {
        if let unit = surnameUnit[surname] { byRows[key, default: [:]][Int32(unit), default: 0] += count }
      }
    }
    var ranges: [UInt64: UInt64] = [:]
    var namedSurnames: [Int32] = []
    var namedCounts: [Int] = []
    for (key, counts) in byRows {
      let start = UInt64(namedSurnames.count)
      for (unit, count) in counts.sorted(by: { $0.key < $1.key }) {
        namedSurnames.append(unit)
        namedCounts.append(count)
      }
      ranges[key] = start << 32 | UInt64(namedSurnames.count)
    }
    namesByGivenRows = ranges
    self.namedSurnames = namedSurnames
    self.namedCounts = namedCounts
    surnameDisplay = surnameSpellings.map(Self.capitalized)
    surnameDisplayHash = surnameDisplay.map(TextHash.init)
    givenDisplay = tables.given.map { Self.capitalized($0.spelling) }

    var surnames = RenderingIndex()
    var syllableRenderings: [KoreanSpelling: [(hindi: String, logProbability: Double)]] = [:]
    var surnameForms: [String: Double] = [:]
    var scalars = Set<UInt32>()
    for (i, spelling) in surnameSpellings.enumerated() {
      guard let syllables = KoreanSpelling.syllables(spelling) else { continue }
      for r in Self.renderings(of: syllables, channel, cache: &syllableRenderings) {
        surnames.add(r.hindi, unit: i, logProbability: r.logProbability)
        surnameForms[r.hindi] = max(surnameForms[r.hindi] ?? -.infinity, r.logProbability)
        for s in r.hindi.unicodeScalars { scalars.insert(s.value) }
      }
    }
    var given = RenderingIndex()
    for (i, row) in tables.given.enumerated() {
      guard let s = KoreanSpelling(syllable: row.spelling) else { continue }
      for r in Self.renderings(of: [s], channel, cache: &syllableRenderings) {
        given.add(r.hindi, unit: i, logProbability: r.logProbability)
        for s in r.hindi.unicodeScalars { scalars.insert(s.value) }
      }
    }
    surnameRenderings = surnameForms
    renderingScalars = scalars
    surnameIndex = surnames.sorted()
    givenIndex = given.sorted()

    letterGroups = LetterGroupIndex(
      channel: channel, units: Set(channel.counts.keys).union(tables.orthography.units).sorted(),
      renderingsPerUnit: Self.renderingsPerUnit, prior: prior)
  }

  /// How many renderings of each letter group, and of each spelling, the decoder considers.
  static let renderingsPerUnit = 6
  static let renderingsPerSpelling = 24

  /// The likeliest renderings of a spelling made of `syllables`; each syllable's renderings
  /// are kept in `cache` for the next spellings.
  static func renderings(
    of syllables: [KoreanSpelling], _ channel: KoreanChannel, cache: inout [KoreanSpelling: [(hindi: String, logProbability: Double)]]
  ) -> [(hindi: String, logProbability: Double)] {
    var partial: [(hindi: String, logProbability: Double)] = [("", 0)]
    for s in syllables {
      let pieces: [(hindi: String, logProbability: Double)]
      if let known = cache[s] {
        pieces = known
      } else {
        pieces = channel.syllableRenderings(s, limit: renderingsPerUnit * 2)
        cache[s] = pieces
      }
      partial = KoreanChannel.bestProducts(partial, pieces, limit: renderingsPerSpelling)
    }
    return partial
  }

  // MARK: - Public API

  /// The best romanization of a Hindi-rendered Korean name.
  ///
  /// Empty input gives an empty text and likeness 0; input without Devanagari is returned
  /// as it is, with likeness 0.
  public func romanize(_ name: String) -> Romanization {
    candidates(name, limit: 1).first
      ?? Romanization(text: name.trimmingCharacters(in: " "), probability: 0, score: -.infinity, koreanLikeness: 0, surname: nil, givenSyllables: [])
  }

  /// The `limit` likeliest English spellings, best first, with probabilities that sum to at
  /// most 1 (the rest is spread over candidates not returned).
  public func candidates(_ name: String, limit: Int = 5) -> [Romanization] {
    guard limit > 0 else { return [] }
    return decode(name, limit: limit).map(\.romanization)
  }

  /// The likeliest readings made only of spellings the tables list (no syllable read from
  /// letter groups): the fast screen of running text, where most spans are not names.
  public func listedCandidates(_ name: String, limit: Int = 5) -> [Romanization] {
    guard limit > 0 else { return [] }
    return decode(name, limit: limit, novel: false).map(\.romanization)
  }

  /// How Korean-like a Hindi name is, 0...1: high when the name cuts into syllables that
  /// real Korean names use, written the way Hindi writers write them, starting with a known
  /// surname. Callers use it to choose between this romanizer and ``HindiRomanizer``.
  public func koreanLikeness(_ name: String) -> Double {
    romanize(name).koreanLikeness
  }

  /// Whether a Hindi word renders a Korean surname with at least the given probability
  /// (by default, a common rendering: 2 %).
  public func isSurname(_ word: String, minimumProbability: Double = 0.02) -> Bool {
    let text = KoreanNameText(word, normalizer: normalizer)
    guard text.chunks.count == 1 else { return false }
    let least = log(minimumProbability)
    return surnameIndex.edges(text.chunks[0].text).contains { $0.logProbability >= least }
  }

  /// The match keys of the surname renderings at least this likely.
  public func surnameRenderingKeys(minimumProbability: Double) -> Set<String> {
    let least = log(minimumProbability)
    return Set(surnameRenderings.filter { $0.value >= least }.map { MatchKey.key($0.key) })
  }

  /// The match keys of the renderings at least this likely of the given surname spellings
  /// (compared without case: `Lee`, `Park`).
  public func surnameRenderingKeys(minimumProbability: Double, spellings: Set<String>) -> Set<String> {
    let least = log(minimumProbability)
    let wanted = Set(spellings.map { $0.lowercased() })
    var keys = Set<String>()
    for (hindi, logProbability) in surnameRenderings where logProbability >= least {
      let edges = surnameIndex.edges(hindi)
      if edges.contains(where: { $0.logProbability >= least && wanted.contains(surnameSpellings[$0.unit].lowercased()) }) {
        keys.insert(MatchKey.key(hindi))
      }
    }
    return keys
  }

  /// Whether every letter of a word is one that Korean-name renderings use (hyphens, joiners
  /// and the nukta aside): a quick test before the decoder runs.
  public func usesRenderingLetters(_ word: some StringProtocol) -> Bool {
    word.unicodeScalars.allSatisfy { s in
      renderingScalars.contains(s.value) || s == "-" || s == "\u{200C}" || s == "\u{200D}" || s == "\u{093C}"
    }
  }

  /// Whether a word cuts into renderings of listed given-name syllables (exactly or folded), a
  /// quick test that needs no scores.
  public func isGivenNameLike(_ word: String) -> Bool {
    let text = KoreanNameText(word, normalizer: normalizer)
    for chunk in text.chunks {
      let scalars = chunk.scalars
      let folded = scalars.map(RenderingIndex.fold)
      var reachable = [Bool](repeating: false, count: scalars.count + 1)
      reachable[0] = true
      for i in 0..<scalars.count where reachable[i] {
        givenIndex.forEachMatch(in: scalars, folded: folded, from: i) { end, _ in reachable[end] = true }
      }
      if !reachable[scalars.count] { return false }
    }
    return !text.chunks.isEmpty
  }

  /// Whether the name scores as Korean (likeness at least 0.5).
  public func isKoreanLike(_ name: String) -> Bool { koreanLikeness(name) >= 0.5 }

  /// Likely Hangul spellings of the name, best first, with probabilities: P(Hangul | E)
  /// from real names whose Hangul is known, summed over the English candidates.
  public func hangulCandidates(_ name: String, limit: Int = 5) -> [(hangul: String, probability: Double)] {
    guard limit > 0 else { return [] }
    var scored: [String: Double] = [:]
    for candidate in decode(name, limit: Self.beam) {
      var partial: [(String, Double)] = [("", candidate.romanization.probability)]
      var options: [[(String, Double)]] = []
      if let s = candidate.surname { options.append(surnameHangul[s]) }
      for g in candidate.given {
        guard g >= 0 else {
          options.append([])
          continue
        }
        let row = tables.given[g]
        let total = Double(row.hangulCounts.reduce(0, +))
        options.append(zip(row.hangul, row.hangulCounts).map { ($0, Double($1) / max(total, 1)) })
      }
      if options.contains(where: \.isEmpty) { continue }
      for choices in options {
        var next: [(String, Double)] = []
        for (prefix, p) in partial { for (h, q) in choices { next.append((prefix + h, p * q)) } }
        partial = Array(next.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit * 4))
      }
      for (h, p) in partial { scored[h, default: 0] += p }
    }
    return scored.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(limit).map { ($0.key, $0.value) }
  }

  /// Names longer than this (in name parts or scalars) are not names: they get likeness 0
  /// and are returned as they are, which keeps the decoder linear on hostile input.
  public static let maximumNameParts = 8
  public static let maximumNameScalars = 120
}
