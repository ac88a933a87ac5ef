import Foundation

/// The prior P(E) over English spellings of Korean names, from the counts in
/// ``KoreanNameTables``.
///
/// - A surname spelling: P(s) = Σ over Hangul h of P(h) · P(s | h), where P(h) is the
///   surname's share of the 2015 census and P(s | h) counts how real people with that surname
///   spell it, with one pseudo-count spread over the spellings Wikipedia lists for it.
/// - A given-name syllable: P(s | first) and P(s | later) count where real given names use
///   it, smoothed towards its overall frequency (``givenSmoothing`` pseudo-counts).
/// - The number of given-name syllables: add-one counts over one to three.
struct KoreanNamePrior {
  /// Pseudo-counts of the overall syllable frequency in each positional distribution.
  static let givenSmoothing = 20.0
  /// Pseudo-count spread over the listed spellings of one Hangul surname.
  static let surnameSmoothing = 1.0

  var surnameSpellings: [String] = []
  var surnameLogPrior: [Double] = []
  var surnameHangul: [[(String, Double)]] = []
  var givenLogFirst: [Double] = []
  var givenLogLater: [Double] = []
  var novelSyllableLogPrior = 0.0
  var lengthLogPrior: [Double] = []
  /// Log-probabilities of the letter groups of a spelling the prior does not list.
  var novelOnset: [String: Double] = [:]
  var novelVowel: [String: Double] = [:]
  var novelCoda: [String: Double] = [:]
  /// People counted in the whole-name table.
  var namedPeople = 0.0

  init(_ tables: KoreanNameTables) {
    // Surnames.
    var population: [String: Double] = [:]
    var perHangul: [String: (count: Double, listed: Double)] = [:]
    for s in tables.surnames {
      population[s.hangul] = Double(s.population)
      var t = perHangul[s.hangul] ?? (0, 0)
      t.count += s.count
      t.listed += s.isListed ? 1 : 0
      perHangul[s.hangul] = t
    }
    let totalPopulation = max(1, population.values.reduce(0, +))
    var joint: [String: [(String, Double)]] = [:]
    var order: [String] = []
    for s in tables.surnames {
      guard let t = perHangul[s.hangul], let pop = population[s.hangul], pop > 0 else { continue }
      let share = s.count + (s.isListed && t.listed > 0 ? Self.surnameSmoothing / t.listed : 0)
      let p = (pop / totalPopulation) * share / (t.count + Self.surnameSmoothing)
      guard p > 0 else { continue }
      if joint[s.spelling] == nil { order.append(s.spelling) }
      joint[s.spelling, default: []].append((s.hangul, p))
    }
    for spelling in order {
      let options = joint[spelling] ?? []
      let total = options.reduce(0) { $0 + $1.1 }
      surnameSpellings.append(spelling)
      surnameLogPrior.append(log(total))
      surnameHangul.append(options.map { ($0.0, $0.1 / total) }.sorted { $0.1 > $1.1 })
    }

    // Given-name syllables.
    let first = tables.given.map { Double($0.first) }
    let later = tables.given.map { Double($0.later) }
    let firstTotal = first.reduce(0, +)
    let laterTotal = later.reduce(0, +)
    let vocabulary = Double(max(1, tables.given.count))
    let overall = zip(first, later).map { ($0 + $1 + 0.5) / (firstTotal + laterTotal + 0.5 * vocabulary) }
    givenLogFirst = zip(first, overall).map { log(($0 + Self.givenSmoothing * $1) / (firstTotal + Self.givenSmoothing)) }
    givenLogLater = zip(later, overall).map { log(($0 + Self.givenSmoothing * $1) / (laterTotal + Self.givenSmoothing)) }
    let once = Double(zip(first, later).filter { $0 + $1 == 1 }.count)
    novelSyllableLogPrior = log(max(once, 1) / max(firstTotal + laterTotal, 1))

    // Letter groups of the listed spellings, weighted by use, for spellings nobody listed.
    var onsets: [String: Double] = [:]
    var vowels: [String: Double] = [:]
    var codas: [String: Double] = [:]
    for (row, weight) in zip(tables.given, zip(first, later).map { $0 + $1 + 1 }) {
      guard let s = KoreanSpelling(syllable: row.spelling) else { continue }
      onsets[s.onset, default: 0.5] += weight
      vowels[s.vowel, default: 0.5] += weight
      codas[s.coda, default: 0.5] += weight
    }
    func logShares(_ counts: [String: Double]) -> [String: Double] {
      let total = counts.values.reduce(0, +)
      return counts.mapValues { log($0 / total) }
    }
    novelOnset = logShares(onsets)
    novelVowel = logShares(vowels)
    novelCoda = logShares(codas)
    namedPeople = Double(tables.names.values.reduce(0, +))

    let lengths = tables.givenLengths.map { Double($0) + 1 }
    let lengthTotal = lengths.reduce(0, +)
    lengthLogPrior = lengths.map { log($0 / lengthTotal) }
  }
}

/// Renderings by their Devanagari text, each pointing at the spelling it renders, and the
/// same keyed by ``MatchKey`` for spellings a writer varies beyond what the channel has seen.
struct RenderingIndex: Sendable {
  struct Edge: Sendable {
    var unit: Int
    var logProbability: Double
  }
  private(set) var exact: [String: [Edge]] = [:]
  private(set) var folded: [String: [Edge]] = [:]
  /// The longest rendering, in scalars.
  private(set) var maximumScalars = 0

  /// Log-probability cost of reading a rendering only through its match key.
  static let foldedLogCost = log(0.05)

  mutating func add(_ hindi: String, unit: Int, logProbability: Double) {
    exact[hindi, default: []].append(Edge(unit: unit, logProbability: logProbability))
    folded[MatchKey(canonical: hindi).text, default: []].append(Edge(unit: unit, logProbability: logProbability + Self.foldedLogCost))
    maximumScalars = max(maximumScalars, hindi.unicodeScalars.count)
  }

  /// Each spelling's best edge, best first.
  func sorted() -> RenderingIndex {
    func best(_ edges: [Edge]) -> [Edge] {
      var top: [Int: Double] = [:]
      for e in edges where e.logProbability > top[e.unit] ?? -.infinity { top[e.unit] = e.logProbability }
      return top.map { Edge(unit: $0.key, logProbability: $0.value) }
        .sorted { $0.logProbability != $1.logProbability ? $0.logProbability > $1.logProbability : $0.unit < $1.unit }
    }
    var copy = self
    copy.exact = exact.mapValues(best)
    copy.folded = folded.mapValues(best)
    return copy
  }

  /// The spellings a piece of Devanagari renders, exactly or through the match key, best first.
  func edges(_ piece: String) -> [Edge] {
    let e = exact[piece] ?? []
    let f = folded[MatchKey(canonical: piece).text] ?? []
    if f.isEmpty { return e }
    if e.isEmpty { return f }
    var top: [Int: Double] = [:]
    for x in e + f where x.logProbability > top[x.unit] ?? -.infinity { top[x.unit] = x.logProbability }
    return top.map { Edge(unit: $0.key, logProbability: $0.value) }
      .sorted { $0.logProbability != $1.logProbability ? $0.logProbability > $1.logProbability : $0.unit < $1.unit }
  }
}
