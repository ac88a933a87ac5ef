/// A compact Aho–Corasick automaton for large pattern sets: each state keeps only its own
/// transitions (sorted by byte, in one flat array) and a failure link; the start state has
/// a dense 256-entry row. Memory grows with the number of trie nodes, not nodes × classes.
final class _SparseNFA: Sendable {
  let rootRow: [UInt32]  // byte → state, for the start state (0)
  /// States near the start (where a scan spends most of its time) also get a dense row of
  /// resolved transitions over byte classes, so they never follow failure links.
  let classes: [UInt8]
  let classCount: Int
  let denseRow: [Int32]  // per state: row index into `dense`, or -1
  let dense: [UInt32]
  let transStart: [UInt32]  // per state: range into transBytes/transNext
  let transBytes: [UInt8]
  let transNext: [UInt32]
  let fail: [UInt32]
  let outputStart: [UInt32]
  let outputPatterns: [UInt32]
  let stateCount: Int

  convenience init(patterns: [[UInt8]]) {
    self.init(trie: _SparseTrie(patterns: patterns))
  }

  init(trie: _SparseTrie) {
    let children = trie.children
    let own = trie.own
    let n = children.count
    stateCount = n
    var root = [UInt32](repeating: 0, count: 256)
    for (b, t) in children[0] { root[Int(b)] = t }
    var failure = [UInt32](repeating: 0, count: n)
    var outputs = own
    var queue: [Int] = children[0].map { Int($0.1) }
    var head = 0
    func step(_ s: Int, _ b: UInt8) -> UInt32 {
      var s = s
      while true {
        if s == 0 { return root[Int(b)] }
        if let t = children[s].first(where: { $0.0 == b }) { return t.1 }
        s = Int(failure[s])
      }
    }
    while head < queue.count {
      let s = queue[head]
      head += 1
      if !outputs[Int(failure[s])].isEmpty { outputs[s] += outputs[Int(failure[s])] }
      for (b, t) in children[s] {
        failure[Int(t)] = step(Int(failure[s]), b)
        if s == 0 { failure[Int(t)] = 0 }
        queue.append(Int(t))
      }
    }
    // Children of the root fail to the root; set above. Flatten.
    var starts: [UInt32] = []
    var bytes: [UInt8] = []
    var next: [UInt32] = []
    starts.reserveCapacity(n + 1)
    for c in children {
      starts.append(UInt32(bytes.count))
      for (b, t) in c.sorted(by: { $0.0 < $1.0 }) {
        bytes.append(b)
        next.append(t)
      }
    }
    starts.append(UInt32(bytes.count))
    var oStarts: [UInt32] = []
    var flat: [UInt32] = []
    oStarts.reserveCapacity(n + 1)
    for o in outputs {
      oStarts.append(UInt32(flat.count))
      flat += o
    }
    oStarts.append(UInt32(flat.count))
    // Each class stands for one byte (class 0 for the unused ones).
    let classOf = trie.classes
    let classCount = trie.classCount
    var representative = [UInt8](repeating: 0, count: classCount)
    for b in 0..<256 where classOf[b] != 0 { representative[Int(classOf[b])] = UInt8(b) }
    // Depths, in BFS order (queue holds every non-root state in that order).
    var depth = [Int32](repeating: 0, count: n)
    for (_, t) in children[0] { depth[Int(t)] = 1 }
    for s in queue { for (_, t) in children[s] { depth[Int(t)] = depth[s] + 1 } }
    var maxDenseDepth: Int32 = 3
    while maxDenseDepth > 1
      && (queue.filter { depth[$0] <= maxDenseDepth }.count + 1) * classCount > Self.denseEntryBudget
    { maxDenseDepth -= 1 }
    var rowOf = [Int32](repeating: -1, count: n)
    var rows: [UInt32] = []
    func addRow(_ s: Int) {
      rowOf[s] = Int32(rows.count / classCount)
      for c in 0..<classCount {
        if c == 0 {
          rows.append(0)
          continue
        }
        let b = representative[c]
        if s == 0 {
          rows.append(root[Int(b)])
        } else if let t = children[s].first(where: { $0.0 == b }) {
          rows.append(t.1)
        } else {
          let f = Int(failure[s])
          rows.append(rows[Int(rowOf[f]) * classCount + c])  // shallower: already a row
        }
      }
    }
    addRow(0)
    for s in queue where depth[s] <= maxDenseDepth { addRow(s) }
    self.classes = classOf
    self.classCount = classCount
    denseRow = rowOf
    dense = rows
    rootRow = root
    transStart = starts
    transBytes = bytes
    transNext = next
    fail = failure
    outputStart = oStarts
    outputPatterns = flat
  }

  /// Most dense-row entries (4 bytes each) the automaton may use.
  static let denseEntryBudget = 2 << 20

  var memoryBytes: Int {
    dense.count * 4 + denseRow.count * 4 + rootRow.count * 4 + transStart.count * 4 + transBytes.count + transNext.count
      * 4 + fail.count * 4 + outputStart.count * 4 + outputPatterns.count * 4
  }

  /// Calls `body(pattern, end)` for every pattern occurrence ending at byte offset `end`.
  @inline(__always)
  func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int) -> Void) {
    rootRow.withUnsafeBufferPointer { root in
      transStart.withUnsafeBufferPointer { tStart in
        transBytes.withUnsafeBufferPointer { tBytes in
          transNext.withUnsafeBufferPointer { tNext in
            fail.withUnsafeBufferPointer { fail in
              outputStart.withUnsafeBufferPointer { oStart in
                outputPatterns.withUnsafeBufferPointer { outs in
                  dense.withUnsafeBufferPointer { dense in
                    denseRow.withUnsafeBufferPointer { denseRow in
                      classes.withUnsafeBufferPointer { classes in
                        let cc = classCount
                        var s = 0
                        var i = 0
                        let n = bytes.count
                        while i < n {
                          let b = bytes[i]
                          while true {
                            let row = Int(denseRow[s])
                            if row >= 0 {
                              s = Int(dense[row &* cc &+ Int(classes[Int(b)])])
                              break
                            }
                            var k = Int(tStart[s])
                            let end = Int(tStart[s &+ 1])
                            var found = -1
                            while k < end {
                              let c = tBytes[k]
                              if c == b {
                                found = Int(tNext[k])
                                break
                              }
                              if c > b { break }
                              k &+= 1
                            }
                            if found >= 0 {
                              s = found
                              break
                            }
                            s = Int(fail[s])
                          }
                          var o = Int(oStart[s])
                          let oEnd = Int(oStart[s &+ 1])
                          while o < oEnd {
                            body(outs[o], i &+ 1)
                            o &+= 1
                          }
                          i &+= 1
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

/// The automaton a matcher uses: a DFA while its table stays small, else the sparse NFA.
///
/// A struct of two optionals rather than an enum with two class payloads: the enum would
/// keep its case in the spare bits of the pointer, which LeakSanitizer cannot follow.
struct _Automaton: Sendable {
  let dfa: _ByteDFA?
  let nfa: _SparseNFA?

  /// DFA tables above this many entries (4 bytes each) use the sparse NFA instead: a larger
  /// table misses the cache on every byte and scans slower than the NFA (measured with
  /// Benchmarks/compare.sh: 10k patterns, 6.9 MB DFA 22.6 MB/s against 1.3 MB NFA 30.9 MB/s).
  static let dfaEntryBudget = 1 << 18

  init(patterns: [[UInt8]]) throws(HinGlossError) {
    // One trie; the DFA's table has one entry per state and class.
    let trie = _SparseTrie(patterns: patterns)
    if trie.stateCount * trie.classCount <= Self.dfaEntryBudget {
      do { dfa = try _ByteDFA(trie: trie) } catch {
        throw HinGlossError(.icu, "cannot build the matcher: \(error.message)")
      }
      nfa = nil
    } else {
      dfa = nil
      nfa = _SparseNFA(trie: trie)
    }
  }

  /// Whether the compact automaton was chosen.
  var isSparse: Bool { nfa != nil }

  var memoryBytes: Int { dfa?.memoryBytes ?? nfa?.memoryBytes ?? 0 }

  @inline(__always)
  func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int) -> Void) {
    if let dfa { dfa.scan(bytes, body) } else if let nfa { nfa.scan(bytes, body) }
  }
}
