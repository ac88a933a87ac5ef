import Foundation

/// The channel of the Korean-name model: how Hindi writers render the letter groups of an
/// English spelling, P(Devanagari | letters), one distribution per onset, vowel group and coda.
///
/// It is learned from real (Hindi, English) pairs by ``KoreanChannel/train(pairs:orthography:iterations:)``
/// and smoothed towards ``KoreanOrthography``, the plain transcription of each letter, so that
/// a letter group no pair showed still has renderings. The learned table is kept as reviewable
/// data in `glossaries/romanization/channel.tsv`.
public struct KoreanChannel: Sendable {
  /// Where a letter group stands in its syllable.
  public enum Slot: String, Sendable, CaseIterable, Comparable {
    /// Consonants before the vowel (`ky` in kyung).
    case onset
    /// A vowel group after an onset, written with vowel signs (`u` in kyung: ्यु).
    case vowel
    /// A vowel group that starts its syllable, written with a vowel letter (`eu` in eun: उ).
    case initialVowel = "initial-vowel"
    /// Consonants after the vowel (`ng` in kyung).
    case coda
    /// A vowel group after an onset that ends its syllable (`ee` in hee): Hindi writes
    /// open syllables with long vowels more often (की, सू).
    case openVowel = "open-vowel"
    /// A syllable that is a vowel group alone (`a` in ga-a).
    case openInitialVowel = "open-initial-vowel"

    /// The slot whose base renderings this one shares.
    var base: Slot {
      switch self {
      case .openVowel: .vowel
      case .openInitialVowel: .initialVowel
      default: self
      }
    }

    public static func < (a: Slot, b: Slot) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  /// A letter group in its slot.
  public struct Unit: Hashable, Sendable, Comparable {
    public var slot: Slot
    public var letters: String

    /// Creates a unit.
    public init(_ slot: Slot, _ letters: String) {
      self.slot = slot
      self.letters = letters
    }

    public static func < (a: Unit, b: Unit) -> Bool {
      a.slot != b.slot ? a.slot < b.slot : a.letters < b.letters
    }
  }

  /// One rendering of a unit: the Devanagari, how often the real pairs showed it, and its
  /// smoothed log-probability.
  public struct Rendering: Hashable, Sendable {
    public var hindi: String
    public var count: Double
    public var logProbability: Double
  }

  /// How many pseudo-observations the orthographic base is worth against the counts of one unit.
  static let baseStrength = 2.0

  /// Learned counts per unit and rendering.
  public let counts: [Unit: [String: Double]]
  let orthography: KoreanOrthography
  private let table: [Unit: [Rendering]]

  /// Builds the channel from counts and the base.
  public init(counts: [Unit: [String: Double]], orthography: KoreanOrthography) {
    self.counts = counts
    self.orthography = orthography
    var table: [Unit: [Rendering]] = [:]
    for unit in Set(counts.keys) {
      table[unit] = Self.smoothed(unit, counts[unit] ?? [:], orthography)
    }
    self.table = table
  }

  /// The renderings of a unit, best first: its learned distribution, or the base alone.
  public func renderings(_ unit: Unit) -> [Rendering] {
    if let known = table[unit] { return known }
    return Self.smoothed(unit, [:], orthography)
  }

  private static func smoothed(_ unit: Unit, _ counts: [String: Double], _ orthography: KoreanOrthography) -> [Rendering] {
    let base = orthography.renderings(unit)
    let total = counts.values.reduce(0, +)
    var all = Set(counts.keys)
    all.formUnion(base)
    let share = base.isEmpty ? 0 : baseStrength / Double(base.count)
    let denominator = total + (base.isEmpty ? 0 : baseStrength)
    guard denominator > 0 else { return [] }
    return all.map { h in
      let c = counts[h] ?? 0
      let p = (c + (base.contains(h) ? share : 0)) / denominator
      return Rendering(hindi: h, count: c, logProbability: log(p))
    }
    .filter { $0.logProbability > -.infinity }
    .sorted { $0.logProbability != $1.logProbability ? $0.logProbability > $1.logProbability : $0.hindi < $1.hindi }
  }

  /// Marks a vowel group's letters after an onset that ends in a glide.
  static let afterGlide = "~"

  /// The units of one syllable's spelling, in writing order.
  static func units(_ s: KoreanSpelling) -> [Unit] {
    var result: [Unit] = []
    if !s.onset.isEmpty { result.append(Unit(.onset, s.onset)) }
    let open = s.coda.isEmpty
    // After a glide (ky, hw) a vowel group is written differently: ह्यो, not ह्यियो.
    let glide = s.onset.last.map { $0 == "y" || $0 == "w" } ?? false
    let letters = glide ? Self.afterGlide + s.vowel : s.vowel
    result.append(Unit(s.onset.isEmpty ? (open ? .openInitialVowel : .initialVowel) : (open ? .openVowel : .vowel), letters))
    if !s.coda.isEmpty { result.append(Unit(.coda, s.coda)) }
    return result
  }

  /// The most likely renderings of a whole syllable spelling, best first, at most `limit`:
  /// the products of its units' renderings.
  func syllableRenderings(_ s: KoreanSpelling, limit: Int) -> [(hindi: String, logProbability: Double)] {
    var partial: [(hindi: String, logProbability: Double)] = [("", 0)]
    for unit in Self.units(s) {
      // The inherent vowel goes unwritten only in a closed syllable.
      let pieces = renderings(unit).prefix(limit)
        .filter { !($0.hindi.isEmpty && unit.slot.base == .vowel && s.coda.isEmpty) }
        .map { (hindi: $0.hindi, logProbability: $0.logProbability) }
      partial = Self.bestProducts(partial, pieces, limit: limit)
    }
    // Two unit splits can give one string: keep its best.
    var seen = Set<String>()
    return partial.filter { !$0.hindi.isEmpty && seen.insert($0.hindi).inserted }
  }

  /// The `limit` likeliest products of `prefixes` and `pieces` (texts joined, log-probabilities
  /// added), likeliest first, equal ones by text: what sorting every product would give. Texts
  /// are joined only for products at least as likely as the `limit`-th.
  static func bestProducts(
    _ prefixes: [(hindi: String, logProbability: Double)], _ pieces: [(hindi: String, logProbability: Double)], limit: Int
  ) -> [(hindi: String, logProbability: Double)] {
    guard limit > 0 else { return [] }
    var scores: [Double] = []
    scores.reserveCapacity(prefixes.count * pieces.count)
    for p in prefixes {
      for q in pieces { scores.append(p.logProbability + q.logProbability) }
    }
    let threshold = scores.count > limit ? scores.sorted(by: >)[limit - 1] : -.infinity
    var kept: [(hindi: String, logProbability: Double)] = []
    var k = 0
    for p in prefixes {
      for q in pieces {
        if scores[k] >= threshold { kept.append((p.hindi + q.hindi, scores[k])) }
        k += 1
      }
    }
    kept.sort { $0.logProbability != $1.logProbability ? $0.logProbability > $1.logProbability : $0.hindi < $1.hindi }
    if kept.count > limit { kept.removeSubrange(limit...) }
    return kept
  }
}
