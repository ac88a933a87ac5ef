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

/// Renderings by their Devanagari text, each pointing at the spelling it renders, in two
/// tries over Unicode scalars: the renderings as they are, and folded by the one-scalar rows
/// of ``MatchKey/table`` (long and short vowels, candra vowels, chandrabindu) for variation the
/// channel has not seen, at a cost. The decoder walks them from each syllable start, so it
/// never builds a string for a piece of the name.
struct RenderingIndex: Sendable {
  struct Edge: Sendable {
    var unit: Int
    var logProbability: Double
  }

  /// One trie: transitions keyed by (node << 32 | scalar), and the edges ending at each node.
  struct Trie: Sendable {
    var transitions: [UInt64: Int32] = [:]
    var edges: [[Edge]] = [[]]

    mutating func insert(_ scalars: some Sequence<Unicode.Scalar>, _ edge: Edge) {
      var node: Int32 = 0
      for s in scalars {
        let key = UInt64(node) << 32 | UInt64(s.value)
        if let next = transitions[key] {
          node = next
        } else {
          edges.append([])
          let next = Int32(edges.count - 1)
          transitions[key] = next
          node = next
        }
      }
      edges[Int(node)].append(edge)
    }

    /// The same transitions laid out per node (children of node n at
    /// `firstChild[n]..<firstChild[n + 1]` of `labels` and `targets`, by label), filled by
    /// ``compact()``: a node has a few children, and scanning them beats hashing.
    private var firstChild: [Int32] = []
    private var labels: [UInt32] = []
    private var targets: [Int32] = []

    /// Lays the transitions out per node, for ``step(_:_:)``.
    mutating func compact() {
      var children = [[(label: UInt32, target: Int32)]](repeating: [], count: edges.count)
      for (key, next) in transitions {
        children[Int(key >> 32)].append((UInt32(truncatingIfNeeded: key), next))
      }
      firstChild = [0]
      labels = []
      targets = []
      for list in children {
        for c in list.sorted(by: { $0.label < $1.label }) {
          labels.append(c.label)
          targets.append(c.target)
        }
        firstChild.append(Int32(labels.count))
      }
    }

    @inline(__always) func step(_ node: Int32, _ s: Unicode.Scalar) -> Int32? {
      guard firstChild.count == edges.count + 1 else { return transitions[UInt64(node) << 32 | UInt64(s.value)] }
      let v = s.value
      var i = Int(firstChild[Int(node)])
      let end = Int(firstChild[Int(node) + 1])
      while i < end {
        let label = labels[i]
        if label == v { return targets[i] }
        if label > v { return nil }
        i += 1
      }
      return nil
    }
  }

  private(set) var exact = Trie()
  private(set) var folded = Trie()
  /// The longest rendering, in scalars.
  private(set) var maximumScalars = 0

  /// Log-probability cost of reading a rendering only through its folded form.
  static let foldedLogCost = log(0.05)

  /// The one-scalar folds of ``MatchKey/table``.
  static let scalarFolds: [UInt32: Unicode.Scalar] = {
    var folds: [UInt32: Unicode.Scalar] = [:]
    for row in MatchKey.table where !row.onlyBeforeConsonant {
      let from = Array(row.from.unicodeScalars)
      let to = Array(row.to.unicodeScalars)
      if from.count == 1 && to.count == 1 { folds[from[0].value] = to[0] }
    }
    return folds
  }()

  /// ``scalarFolds`` for U+0900–U+097F, by the low 7 bits.
  static let devanagariFolds: [Unicode.Scalar] = (0..<0x80).map { low in
    let s = Unicode.Scalar(Devanagari.block.lowerBound | UInt32(low))!
    return scalarFolds[s.value] ?? s
  }

  @inline(__always) static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let low = s.value &- Devanagari.block.lowerBound
    return low < 0x80 ? devanagariFolds[Int(low)] : scalarFolds[s.value] ?? s
  }

  mutating func add(_ hindi: String, unit: Int, logProbability: Double) {
    maximumScalars = max(maximumScalars, hindi.unicodeScalars.count)
    exact.insert(hindi.unicodeScalars, Edge(unit: unit, logProbability: logProbability))
    folded.insert(hindi.unicodeScalars.map(Self.fold), Edge(unit: unit, logProbability: logProbability + Self.foldedLogCost))
  }

  /// Keeps each spelling's best edge per node, best first; an exact node also holds the
  /// edges its folded form reaches, so a search never merges lists.
  func sorted() -> RenderingIndex {
    var copy = self
    copy.folded.edges = folded.edges.map { Self.merge($0, []) }
    // The folded node of each exact node: walk both tries together from the root.
    var foldedNode = [Int32](repeating: -1, count: exact.edges.count)
    foldedNode[0] = 0
    var stack: [Int32] = [0]
    var children: [Int32: [(Unicode.Scalar, Int32)]] = [:]
    for (key, next) in exact.transitions {
      guard let s = Unicode.Scalar(UInt32(truncatingIfNeeded: key)) else { continue }
      children[Int32(truncatingIfNeeded: key >> 32), default: []].append((s, next))
    }
    while let node = stack.popLast() {
      for (s, next) in children[node] ?? [] {
        let f = foldedNode[Int(node)]
        foldedNode[Int(next)] = f < 0 ? -1 : (folded.step(f, Self.fold(s)) ?? -1)
        stack.append(next)
      }
    }
    copy.exact.edges = exact.edges.indices.map { i in
      let f = foldedNode[i]
      return Self.merge(exact.edges[i], f < 0 ? [] : copy.folded.edges[Int(f)])
    }
    copy.exact.compact()
    copy.folded.compact()
    return copy
  }

  /// Calls `body` with each end position and the spellings that the scalars from `start` to
  /// it render, exactly or folded (`folded` is `scalars` with ``fold(_:)`` applied).
  func forEachMatch(
    in scalars: [Unicode.Scalar], folded foldedScalars: [Unicode.Scalar], from start: Int, _ body: (Int, [Edge]) -> Void
  ) {
    var walk = Walk(from: start)
    while let (end, edges) = next(&walk, in: scalars, folded: foldedScalars) { body(end, edges) }
  }

  /// A walk of both tries from one position, step by step (``next(_:in:folded:)``), for
  /// callers that keep state a closure would have to capture.
  struct Walk {
    var exact: Int32? = 0
    var folded: Int32? = 0
    var position: Int

    init(from start: Int) { position = start }
  }

  /// The next end position after the walk's and the spellings that the scalars up to it
  /// render, or nil when no rendering goes further.
  @inline(__always)
  func next(_ walk: inout Walk, in scalars: [Unicode.Scalar], folded foldedScalars: [Unicode.Scalar]) -> (end: Int, edges: [Edge])? {
    while walk.position < scalars.count, walk.exact != nil || walk.folded != nil {
      advance(&walk, scalars[walk.position], folded: foldedScalars[walk.position])
      let found = edges(at: walk)
      if !found.isEmpty { return (walk.position, found) }
    }
    return nil
  }

  /// Moves a walk on by one scalar, `s` as written and `f` folded.
  @inline(__always) func advance(_ walk: inout Walk, _ s: Unicode.Scalar, folded f: Unicode.Scalar) {
    if let e = walk.exact { walk.exact = exact.step(e, s) }
    if let n = walk.folded { walk.folded = folded.step(n, f) }
    walk.position += 1
  }

  /// The spellings that the scalars a walk has passed render: an exact node's (it already
  /// holds its folded form's edges), else the folded node's.
  @inline(__always) func edges(at walk: Walk) -> [Edge] {
    if let e = walk.exact { return exact.edges[Int(e)] }
    if let f = walk.folded { return folded.edges[Int(f)] }
    return []
  }

  private static func merge(_ x: [Edge], _ y: [Edge]) -> [Edge] {
    var top: [Int: Double] = [:]
    for e in x + y where e.logProbability > top[e.unit] ?? -.infinity { top[e.unit] = e.logProbability }
    return top.map { Edge(unit: $0.key, logProbability: $0.value) }
      .sorted { $0.logProbability != $1.logProbability ? $0.logProbability > $1.logProbability : $0.unit < $1.unit }
  }

  /// The spellings a whole piece of Devanagari renders, best first.
  func edges(_ piece: String) -> [Edge] {
    edges(Array(piece.unicodeScalars))
  }

  /// The spellings a whole piece of Devanagari scalars renders, best first.
  func edges(_ scalars: [Unicode.Scalar]) -> [Edge] {
    guard !scalars.isEmpty else { return [] }
    var walk = Walk(from: 0)
    for s in scalars {
      advance(&walk, s, folded: Self.fold(s))
      if walk.exact == nil && walk.folded == nil { return [] }
    }
    return edges(at: walk)
  }
}
