/// An Aho–Corasick automaton over UTF-8 bytes, compiled to a DFA with byte classes and
/// premultiplied state ids: `next = trans[state + class[byte]]`.
///
/// State 0 is the start state. A state's outputs are every pattern that ends there (its
/// own and those reached by failure links), so a scan reports all matches, overlapping;
/// the matcher selects leftmost-longest or leftmost-first from them.
final class _ByteDFA: Sendable {
  /// Byte → class. Bytes that occur in no pattern share class 0.
  let classes: [UInt8]
  let classCount: Int
  /// Transitions: `trans[Int(state) + Int(class)]` is `next << 1 | isMatch`, with `next`
  /// premultiplied by the number of classes.
  let trans: [UInt32]
  /// For each state (index `state / classCount`): a range into `outputPatterns`.
  let outputStart: [UInt32]
  let outputPatterns: [UInt32]
  /// Number of states.
  let stateCount: Int
  /// The premultiplied start state.
  let start: UInt32

  struct BuildError: Error { var message: String }

  convenience init(patterns: [[UInt8]]) throws(BuildError) {
    try self.init(trie: _SparseTrie(patterns: patterns))
  }

  init(trie: _SparseTrie) throws(BuildError) {
    let classCount = trie.classCount
    classes = trie.classes
    self.classCount = classCount
    // The trie's children over byte classes.
    let children = trie.children.map { $0.map { (trie.classes[Int($0.0)], $0.1) } }
    let own = trie.own
    let n = children.count
    guard n * classCount < Int(UInt32.max) else { throw BuildError(message: "automaton too large: \(n) states") }
    stateCount = n

    // Breadth-first: failure links and the full transition table.
    var table = [UInt32](repeating: 0, count: n * classCount)
    var fail = [Int32](repeating: 0, count: n)
    var outputs: [[UInt32]] = own
    var queue: [Int] = []
    queue.reserveCapacity(n)
    for (c, t) in children[0] {
      table[Int(c)] = UInt32(Int(t) * classCount)
      queue.append(Int(t))
    }
    var head = 0
    while head < queue.count {
      let s = queue[head]
      head += 1
      let f = Int(fail[s])
      if !outputs[f].isEmpty { outputs[s] += outputs[f] }
      let base = s * classCount
      let failBase = f * classCount
      for c in 0..<classCount { table[base + c] = table[failBase + c] }
      for (c, t) in children[s] {
        let ti = Int(t)
        fail[ti] = Int32(Int(table[failBase + Int(c)]) / classCount)
        table[base + Int(c)] = UInt32(ti * classCount)
        queue.append(ti)
      }
    }
    // Renumber in breadth-first order, so that the shallow states where a scan spends most
    // of its time sit together in memory, and keep "has outputs" in the low bit of every
    // transition: next = entry >> 1 (premultiplied), match = entry & 1.
    let order = [0] + queue
    var newID = [Int](repeating: 0, count: n)
    for (new, old) in order.enumerated() { newID[old] = new }
    var renumbered = [UInt32](repeating: 0, count: n * classCount)
    for old in 0..<n {
      let nb = newID[old] * classCount
      let ob = old * classCount
      for c in 0..<classCount {
        let target = Int(table[ob + c]) / classCount
        renumbered[nb + c] = UInt32(newID[target] * classCount) << 1 | (outputs[target].isEmpty ? 0 : 1)
      }
    }
    guard n * classCount < Int(UInt32.max >> 1) else { throw BuildError(message: "automaton too large: \(n) states") }
    trans = renumbered
    start = 0
    var starts: [UInt32] = []
    var flat: [UInt32] = []
    starts.reserveCapacity(n + 1)
    for old in order {
      starts.append(UInt32(flat.count))
      flat += outputs[old]
    }
    starts.append(UInt32(flat.count))
    outputStart = starts
    outputPatterns = flat
  }

  /// Approximate heap bytes used by the tables.
  var memoryBytes: Int {
    trans.count * 4 + outputStart.count * 4 + outputPatterns.count * 4 + 256
  }

  /// Calls `body(pattern, end)` for every pattern occurrence ending at byte offset `end`.
  @inline(__always)
  func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int) -> Void) {
    trans.withUnsafeBufferPointer { trans in
      classes.withUnsafeBufferPointer { classes in
        outputStart.withUnsafeBufferPointer { starts in
          outputPatterns.withUnsafeBufferPointer { outs in
            var s = start
            let cc = UInt32(classCount)
            var i = 0
            let n = bytes.count
            while i < n {
              let entry = trans[Int(s &+ UInt32(classes[Int(bytes[i])]))]
              s = entry >> 1
              if entry & 1 != 0 {
                let state = Int(s / cc)
                var k = Int(starts[state])
                let b = Int(starts[state &+ 1])
                while k < b {
                  body(outs[k], i &+ 1)
                  k &+= 1
                }
              }
              i &+= 1
            }
          }
        }
      }
    }
  }
}
