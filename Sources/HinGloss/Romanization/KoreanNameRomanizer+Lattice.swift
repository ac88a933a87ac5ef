import Foundation

extension KoreanNameRomanizer {
  /// The best readings of a given name written in `chunks`: every cut of each chunk into
  /// syllable renderings, scored by the positional prior and the channel. Syllables the prior
  /// does not list are read from letter groups only when listed ones cannot explain a chunk.
  func givenPaths(
    _ chunks: ArraySlice<KoreanNameText.Chunk>, lengthPrior: Bool, novel: Bool = true, scratch: inout LatticeScratch
  ) -> [Path] {
    let paths = lattice(chunks, novel: false, lengthPrior: lengthPrior, &scratch)
    if !novel { return paths }
    if let best = paths.first, best.channel / Double(max(best.units.count, 1)) > Self.novelReadingLogProbability {
      return paths
    }
    let all = paths + lattice(chunks, novel: true, lengthPrior: lengthPrior, &scratch)
    let store = scratch.store
    return prune(all, store).sorted { isBetter($0, $1, store) }
  }

  /// A partial path in the lattice: its syllables live in an arena of back-pointers, so
  /// extending a path copies no arrays.
  fileprivate struct Cell {
    var score: Double
    var channel: Double
    var count: Int
    var novel: Int
    /// Index of its last syllable in the arena, or -1.
    var last: Int32
    /// The next cell waiting for the same position (``pending``), or -1.
    var next: Int32 = -1

    static func isBetter(_ a: Cell, _ b: Cell) -> Bool {
      if a.score != b.score { return a.score > b.score }
      return a.last < b.last
    }
  }

  fileprivate struct Arena {
    /// Previous syllable, and the syllable: a row of ``KoreanNameTables/given``, or -1 - i
    /// for the i-th unlisted spelling.
    var links: [(parent: Int32, unit: Int32)] = []
    var novel: [String] = []

    @inline(__always) mutating func append(_ parent: Int32, _ unit: Int32) -> Int32 {
      links.append((parent, unit))
      return Int32(links.count - 1)
    }

    mutating func removeAll() {
      links.removeAll(keepingCapacity: true)
      novel.removeAll(keepingCapacity: true)
    }
  }

  /// The lists a lattice works in, kept from one lattice to the next and, through
  /// ``LatticeScratchPool``, from one name to the next.
  struct LatticeScratch: Sendable {
    fileprivate var arena = Arena()
    fileprivate var paths: [Cell] = []
    /// Cells waiting for their position: all of a chunk's cells in the order they were made,
    /// chained per end position (the first and last cell of each position's chain in
    /// `chains`, each cell's next in the cell; -1 ends a chain).
    fileprivate var pending: [Cell] = []
    fileprivate var chains: [(first: Int32, last: Int32)] = []
    fileprivate var here: [Cell] = []
    fileprivate var extensions: [(end: Int, unit: Int32, logProbability: Double)] = []
    fileprivate var novelFound: [(spelling: String, logProbability: Double)] = []
    fileprivate var folded: [Unicode.Scalar] = []
    /// The syllables of the paths the lattices of one name returned.
    var store = PathStore()

    /// Appends a cell to the chain of its end position (``pending`` and ``chains``).
    @inline(__always) fileprivate mutating func wait(_ cell: Cell, until end: Int) {
      let k = Int32(pending.count)
      var cell = cell
      cell.next = -1
      pending.append(cell)
      let tail = chains[end].last
      if tail < 0 { chains[end].first = k } else { pending[Int(tail)].next = k }
      chains[end].last = k
    }

    init() {
      arena.links.reserveCapacity(128)
      paths.reserveCapacity(32)
      pending.reserveCapacity(128)
      chains.reserveCapacity(32)
      here.reserveCapacity(32)
      extensions.reserveCapacity(64)
      folded.reserveCapacity(32)
    }
  }

  /// Lattice lists that decoded names gave back, for the next names (one per thread that
  /// decodes at the same time, at most ``capacity``).
  ///
  /// Guarded by a pthread mutex (`NSLock`), which the thread sanitizer understands.
  final class LatticeScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [LatticeScratch] = []
    static let capacity = 16

    init() {}

    func take() -> LatticeScratch {
      lock.lock()
      let kept = free.popLast()
      lock.unlock()
      return kept ?? LatticeScratch()
    }

    func give(_ scratch: LatticeScratch) {
      lock.lock()
      if free.count < Self.capacity { free.append(scratch) }
      lock.unlock()
    }
  }

  private func lattice(
    _ chunks: ArraySlice<KoreanNameText.Chunk>, novel: Bool, lengthPrior: Bool, _ scratch: inout LatticeScratch
  ) -> [Path] {
    // Straight-line code over the scratch's lists (a closure that captured them would cost
    // an exclusivity check on every access).
    scratch.arena.removeAll()
    scratch.paths.removeAll(keepingCapacity: true)
    scratch.paths.append(Cell(score: 0, channel: 0, count: 0, novel: 0, last: -1))
    for chunk in chunks {
      let scalars = chunk.scalars
      scratch.folded.removeAll(keepingCapacity: true)
      for s in scalars { scratch.folded.append(RenderingIndex.fold(s)) }
      let n = scalars.count
      scratch.pending.removeAll(keepingCapacity: true)
      scratch.chains.removeAll(keepingCapacity: true)
      scratch.chains.append(contentsOf: repeatElement((first: Int32(-1), last: Int32(-1)), count: n + 1))
      for p in scratch.paths { scratch.wait(p, until: 0) }
      for i in 0...n {
        // Every edge into i has been made: take its cells, in the order they were made.
        scratch.here.removeAll(keepingCapacity: true)
        var k = scratch.chains[i].first
        while k >= 0 {
          scratch.here.append(scratch.pending[Int(k)])
          k = scratch.pending[Int(k)].next
        }
        // Keep the best paths before extending them (at the chunk's end: before the next).
        Self.prune(&scratch.here)
        if i == n {
          swap(&scratch.paths, &scratch.here)
          break
        }
        if scratch.here.isEmpty { continue }
        if KoreanNameText.isCombining(scalars[i]) && i > 0 { continue }
        // The syllables that start at i: listed renderings, then spellings nobody listed.
        scratch.extensions.removeAll(keepingCapacity: true)
        var walk = RenderingIndex.Walk(from: i)
        while let (end, edges) = givenIndex.next(&walk, in: scalars, folded: scratch.folded) {
          if end < n && KoreanNameText.isCombining(scalars[end]) { continue }
          for e in edges.prefix(Self.beam) { scratch.extensions.append((end, Int32(e.unit), e.logProbability)) }
        }
        if novel {
          for end in (i + 1)...min(n, i + givenIndex.maximumScalars) where end == n || !KoreanNameText.isCombining(scalars[end]) {
            scratch.novelFound.removeAll(keepingCapacity: true)
            novelSyllables(scalars, i, end, into: &scratch.novelFound)
            for e in scratch.novelFound {
              scratch.arena.novel.append(e.spelling)
              scratch.extensions.append((end, Int32(-scratch.arena.novel.count), e.logProbability))
            }
          }
        }
        for x in scratch.extensions {
          for p in scratch.here {
            let position: Double
            if x.unit >= 0 {
              position = p.count == 0 ? givenLogFirst[Int(x.unit)] : givenLogLater[Int(x.unit)]
            } else {
              position = novelSyllableLogPrior
            }
            let last = scratch.arena.append(p.last, x.unit)
            let cell = Cell(
              score: p.score + position + x.logProbability, channel: p.channel + x.logProbability,
              count: p.count + 1, novel: p.novel + (x.unit < 0 ? 1 : 0), last: last)
            scratch.wait(cell, until: x.end)
          }
        }
        // Text no letter group explains (a stray mark, a sign of another script) is passed
        // over at the cost of an unlisted rendering per scalar; it is never read as a syllable.
        if novel && scratch.extensions.isEmpty {
          var end = i + 1
          while end < n && KoreanNameText.isCombining(scalars[end]) { end += 1 }
          let cost = KoreanChannel.novelLogProbability * Double(end - i)
          for p in scratch.here {
            var p = p
            p.score += cost
            p.channel += cost
            p.novel += 1
            scratch.wait(p, until: end)
          }
        }
      }
      if scratch.paths.isEmpty { return [] }
    }
    if lengthPrior {
      for i in scratch.paths.indices {
        let k = max(scratch.paths[i].count, 1)
        scratch.paths[i].score += k <= lengthLogPrior.count ? lengthLogPrior[k - 1] : lengthLogPrior[lengthLogPrior.count - 1] * Double(k)
      }
    }
    // The decoder uses the best `beam` readings of a given name.
    scratch.paths.sort(by: Cell.isBetter)
    let best = scratch.paths.prefix(Self.beam)
    // Every path's syllables into the name's store, each path's chain filled from its end.
    var result: [Path] = []
    result.reserveCapacity(best.count)
    for cell in best {
      let start = scratch.store.units.count
      scratch.store.units.append(contentsOf: repeatElement(-1, count: cell.count))
      let novelStart = scratch.store.novel.count
      var node = cell.last
      var k = start + cell.count - 1
      while node >= 0 && k >= start {
        let u = scratch.arena.links[Int(node)].unit
        if u >= 0 {
          scratch.store.units[k] = Int(u)
        } else {
          scratch.store.novel.append(scratch.arena.novel[Int(-u - 1)])
        }
        node = scratch.arena.links[Int(node)].parent
        k -= 1
      }
      scratch.store.novel[novelStart...].reverse()
      result.append(Path(
        score: cell.score, channel: cell.channel, units: start..<(start + cell.count),
        novels: novelStart..<scratch.store.novel.count, novel: cell.novel))
    }
    return result
  }

  /// The `beam` best paths, and the best one of each other syllable count: a reading with
  /// fewer syllables may fall behind at a chunk's end and win once the next chunk is read.
  func prune(_ paths: [Path], _ store: PathStore) -> [Path] {
    let beam = Self.beam
    if paths.count <= beam { return paths }
    let sorted = paths.sorted { isBetter($0, $1, store) }
    var kept = Array(sorted.prefix(beam))
    var counts = CountSet()
    for p in kept { _ = counts.insert(p.units.count) }
    for p in sorted.dropFirst(beam) where counts.insert(p.units.count) { kept.append(p) }
    return kept
  }

  /// Keeps the `beam` best cells, best first, then the best cell of each other syllable count,
  /// best first (what sorting them all and keeping those would keep), in place.
  private static func prune(_ cells: inout [Cell]) {
    let n = cells.count
    if n <= beam { return }
    // The best `beam` to the front, in order: each cell that beats the last of them is
    // inserted, and the one it pushes out takes its place.
    var k = 0
    for i in 0..<n {
      let cell = cells[i]
      if k < beam {
        cells[i] = cells[k]
      } else if Cell.isBetter(cell, cells[beam - 1]) {
        cells[i] = cells[beam - 1]
        k = beam - 1
      } else {
        continue
      }
      var j = k
      while j > 0 && Cell.isBetter(cell, cells[j - 1]) {
        cells[j] = cells[j - 1]
        j -= 1
      }
      cells[j] = cell
      k += 1
    }
    var counts = CountSet()
    for i in 0..<beam { _ = counts.insert(cells[i].count) }
    // The best of each other count, gathered after them (never past the cell being read).
    var end = beam
    for i in beam..<n {
      let cell = cells[i]
      if counts.contains(cell.count) { continue }
      var e = beam
      while e < end && cells[e].count != cell.count { e += 1 }
      if e == end {
        cells[end] = cell
        end += 1
      } else if Cell.isBetter(cell, cells[e]) {
        cells[e] = cell
      }
    }
    for i in (beam + 1)..<max(end, beam + 1) {
      let cell = cells[i]
      var j = i
      while j > beam && Cell.isBetter(cell, cells[j - 1]) {
        cells[j] = cells[j - 1]
        j -= 1
      }
      cells[j] = cell
    }
    cells.removeSubrange(end...)
  }

  /// Small non-negative integers (syllable counts) seen, without a hash table.
  struct CountSet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var rest = Set<Int>()

    /// Whether `n` is in the set.
    func contains(_ n: Int) -> Bool {
      switch n {
      case 0..<64: low & (1 << UInt64(n)) != 0
      case 64..<128: high & (1 << UInt64(n - 64)) != 0
      default: rest.contains(n)
      }
    }

    /// Inserts `n`; whether it was new.
    mutating func insert(_ n: Int) -> Bool {
      switch n {
      case 0..<64:
        defer { low |= 1 << UInt64(n) }
        return low & (1 << UInt64(n)) == 0
      case 64..<128:
        defer { high |= 1 << UInt64(n - 64) }
        return high & (1 << UInt64(n - 64)) == 0
      default:
        return rest.insert(n).inserted
      }
    }
  }
}
