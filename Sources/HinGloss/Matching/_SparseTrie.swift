/// The trie of a pattern set with sparse children, and the byte classes of the bytes it
/// uses: the common first step of the Aho–Corasick automata (``_ByteDFA``, ``_SparseNFA``),
/// built once and handed to whichever of them ``_Automaton`` chooses.
struct _SparseTrie {
  /// Per state: (byte, child) pairs, in insertion order. State 0 is the root.
  var children: [[(UInt8, UInt32)]] = [[]]
  /// Per state: the patterns that end there.
  var own: [[UInt32]] = [[]]
  /// Byte → class; bytes that no pattern uses share class 0.
  let classes: [UInt8]
  /// Number of classes, class 0 included.
  let classCount: Int

  var stateCount: Int { children.count }

  /// Builds the trie of `patterns`; empty patterns never match.
  init(patterns: [[UInt8]]) {
    var used = [Bool](repeating: false, count: 256)
    for (id, p) in patterns.enumerated() where !p.isEmpty {
      var s = 0
      for b in p {
        used[Int(b)] = true
        if let t = children[s].first(where: { $0.0 == b }) {
          s = Int(t.1)
        } else {
          children.append([])
          own.append([])
          children[s].append((b, UInt32(children.count - 1)))
          s = children.count - 1
        }
      }
      own[s].append(UInt32(id))
    }
    (classes, classCount) = _byteClasses(used: used)
  }
}

/// One class per used byte, in byte order, and class 0 for the bytes not used.
///
/// Keys never use all 256 byte values (UTF-8 never has 0xC0, 0xC1, 0xF5–0xFF; the compact
/// key encoding reserves 0x1E and 0x7F), so class 0 always stays free.
func _byteClasses(used: [Bool]) -> (classes: [UInt8], count: Int) {
  var classOf = [UInt8](repeating: 0, count: 256)
  var count = 1
  for b in 0..<256 where used[b] {
    precondition(count < 256, "a pattern set that uses every byte value")
    classOf[b] = UInt8(count)
    count += 1
  }
  return (classOf, count)
}
