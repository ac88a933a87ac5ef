/// The pattern keys in a trie, for searches whose matches must start and end at word
/// boundaries: such a match can only start at a word start, so a search walks the trie from
/// each word start (an anchored search) instead of running an Aho–Corasick automaton over
/// every byte, and never needs failure links.
///
/// Layout: nodes are numbered depth-first in the byte order of their prefixes, which is the
/// order of the sorted keys. A node's first child is the next node, so walking down a chain of
/// single children (most of a large trie: the tail of each key) reads consecutive memory; the
/// other children follow through next-sibling links, in byte order. Nodes with many children
/// (and the root) also get a dense row of resolved transitions over byte classes. A node costs
/// twelve bytes: its first output, its next sibling, and its label with flags.
final class _WordTrie: @unchecked Sendable {
  // The tables live in one allocation made and filled in `init` and never written again
  // (hence the unchecked Sendable), so that a search reads them without retaining arrays.
  private let storage: UnsafeMutableRawPointer
  private let storageBytes: Int
  /// Per node, plus a sentinel, three words:
  /// - `nodes[3 * s]`: the node's first output; the patterns whose key ends at the node are
  ///   `outputs[nodes[3 * s]..<nodes[3 * s + 3]]`, in ascending pattern order;
  /// - `nodes[3 * s + 1]`: the next sibling, premultiplied (3 × its number), or 0;
  /// - `nodes[3 * s + 2]`: the label (the byte on the edge into the node) in bits 0–7, "has
  ///   children" in bit 8, and the dense row plus one (0: none) in bits 9–31.
  let nodes: UnsafePointer<UInt32>
  let outputs: UnsafePointer<UInt32>
  /// Byte → class for the dense rows; bytes that no key uses share class 0.
  let classes: UnsafePointer<UInt8>
  let classCount: Int
  /// `dense[row * classCount + class]` is the child (premultiplied), or 0 for none.
  let dense: UnsafePointer<UInt32>
  let nodeCount: Int
  let denseRowCount: Int

  /// Nodes with at least this many children get a dense row (as long as the rows fit
  /// ``denseEntryBudget``); the root always does.
  static let denseFanout = 6
  /// Most dense-row entries (4 bytes each).
  static let denseEntryBudget = 1 << 18

  /// Builds the trie of `count` keys stored back to back in `bytes`, key `i` being
  /// `bytes[offsets[i]..<offsets[i + 1]]`. Empty keys never match.
  init(bytes: [UInt8], offsets: [Int]) {
    let count = offsets.count - 1
    // Keys in byte order (ties by pattern id), so that a key shares its trie path with the
    // key before it up to their common prefix.
    var order = (0..<count).filter { offsets[$0 + 1] > offsets[$0] }.map { UInt32($0) }
    bytes.withUnsafeBufferPointer { b in
      order.sort { x, y in
        let (xs, xe) = (offsets[Int(x)], offsets[Int(x) + 1])
        let (ys, ye) = (offsets[Int(y)], offsets[Int(y) + 1])
        let common = min(xe - xs, ye - ys)
        var i = 0
        while i < common {
          let (p, q) = (b[xs + i], b[ys + i])
          if p != q { return p < q }
          i += 1
        }
        return xe - xs != ye - ys ? xe - xs < ye - ys : x < y
      }
    }

    // Nodes in depth-first (prefix) order: the sorted keys create them in that order.
    var label: [UInt8] = [0]
    var outputCount: [UInt32] = [0]
    var childCount: [UInt32] = [0]
    var nextSibling: [UInt32] = [0]
    var lastChild: [UInt32] = [0]
    var path: [UInt32] = [0]  // path[d]: the node at depth d on the previous key's path
    var previous = 0..<0
    for p in order {
      let key = offsets[Int(p)]..<offsets[Int(p) + 1]
      var common = 0
      while common < previous.count && common < key.count
        && bytes[previous.lowerBound + common] == bytes[key.lowerBound + common]
      {
        common += 1
      }
      path.removeSubrange((common + 1)...)
      var d = common + 1
      while d <= key.count {
        let parent = Int(path[d - 1])
        let node = UInt32(label.count)
        label.append(bytes[key.lowerBound + d - 1])
        outputCount.append(0)
        childCount.append(0)
        nextSibling.append(0)
        lastChild.append(0)
        if lastChild[parent] != 0 { nextSibling[Int(lastChild[parent])] = node }
        lastChild[parent] = node
        childCount[parent] += 1
        path.append(node)
        d += 1
      }
      outputCount[Int(path[key.count])] += 1
      previous = key
    }
    lastChild = []
    path = []
    let n = label.count

    // Byte classes, then dense rows for the root and the nodes with most children.
    var used = [Bool](repeating: false, count: 256)
    for b in label.dropFirst() { used[Int(b)] = true }
    let (classOf, classCount) = _byteClasses(used: used)
    var fanout = UInt32(Self.denseFanout)
    while fanout < 256
      && (childCount.dropFirst().lazy.filter { $0 >= fanout }.count + 1) * classCount > Self.denseEntryBudget
    {
      fanout *= 2
    }
    var rowOf = [UInt32](repeating: 0, count: n)
    var rows = 1
    for s in 1..<max(n, 1) where childCount[s] >= fanout {
      rowOf[s] = UInt32(rows)
      rows += 1
    }
    var dense = [UInt32](repeating: 0, count: rows * classCount)
    for s in 0..<n where s == 0 || rowOf[s] != 0 {
      var c = s + 1
      guard childCount[s] > 0 else { continue }
      while c != 0 {
        dense[Int(rowOf[s]) * classCount + Int(classOf[Int(label[c])])] = UInt32(3 * c)
        c = Int(nextSibling[c])
      }
    }

    var records = [UInt32](repeating: 0, count: 3 * (n + 1))
    var outputAt: UInt32 = 0
    for s in 0..<n {
      records[3 * s] = outputAt
      outputAt += outputCount[s]
      records[3 * s + 1] = 3 * nextSibling[s]
      records[3 * s + 2] =
        UInt32(label[s]) | (childCount[s] > 0 ? 0x100 : 0) | (s == 0 || rowOf[s] != 0 ? (rowOf[s] + 1) << 9 : 0)
    }
    records[3 * n] = outputAt
    // The sorted order lists the patterns of one node consecutively, in ascending pattern
    // order, and the nodes in depth-first order: it is the output table.
    let outputs = order

    let byteCount = (records.count + outputs.count + dense.count) * 4 + 256
    let base = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 8)
    var at = 0
    func place(_ a: [UInt32]) -> UnsafePointer<UInt32> {
      let p = (base + at).bindMemory(to: UInt32.self, capacity: max(a.count, 1))
      a.withUnsafeBufferPointer { if let b = $0.baseAddress { p.update(from: b, count: a.count) } }
      at += a.count * 4
      return UnsafePointer(p)
    }
    storage = base
    storageBytes = byteCount
    self.nodes = place(records)
    self.outputs = place(outputs)
    self.dense = place(dense)
    let classes = (base + at).bindMemory(to: UInt8.self, capacity: 256)
    classes.update(from: classOf, count: 256)
    self.classes = UnsafePointer(classes)
    self.classCount = classCount
    self.nodeCount = n
    self.denseRowCount = rows
  }

  deinit { storage.deallocate() }

  /// Heap bytes used by the tables.
  var memoryBytes: Int { storageBytes }

  /// Searches `key` for keys that start and end at word boundaries, as `kind` selects, and
  /// calls `body(start, end, pattern)` for each in order.
  ///
  /// `words` tells where words start and end in the key's encoding. A windowed search
  /// passes `from` (a word start, or where the previous window's last match ended) and
  /// `limit`: only matches that start before `limit` are reported, and the result is where
  /// the search would go on (`limit` or more: the end of the last match when it crosses
  /// `limit`).
  @inline(__always)
  func search<Words: _WordTest>(
    _ key: UnsafeBufferPointer<UInt8>, words: Words, kind: MatchKind, _ body: (Int, Int, UInt32) -> Void
  ) {
    _ = search(key, words: words, kind: kind, from: 0, limit: nil, body)
  }

  @inline(__always)
  func search<Words: _WordTest>(
    _ key: UnsafeBufferPointer<UInt8>, words: Words, kind: MatchKind, from: Int, limit: Int?,
    _ body: (Int, Int, UInt32) -> Void
  ) -> Int {
    let (nodes, outputs, dense, classes) = (self.nodes, self.outputs, self.dense, self.classes)
    let n = key.count
    let stop = limit ?? n
    let cc = classCount
    var i = from
    if i > 0 && i < stop && !words.startsWord(key, at: i) { i = words.nextStart(key, after: i) }
    while i < stop {
      // i is a word start (or the text start): walk the trie from here. Node ids are
      // premultiplied: node s's record starts at nodes[s].
      var s = 0
      var j = i
      var bestEnd = -1
      var bestPattern: UInt32 = 0
      while j < n {
        let b = key[j]
        let flags = nodes[s &+ 2]
        let row = Int(flags >> 9)
        if row != 0 {
          s = Int(dense[(row &- 1) &* cc &+ Int(classes[Int(b)])])
          if s == 0 { break }
        } else {
          if flags & 0x100 == 0 { break }
          // The first child is the next node; the others follow by sibling links.
          var c = s &+ 3
          while true {
            let l = UInt8(truncatingIfNeeded: nodes[c &+ 2])
            if l == b { break }
            c = l > b ? 0 : Int(nodes[c &+ 1])
            if c == 0 { break }
          }
          if c == 0 { break }
          s = c
        }
        j &+= 1
        let o = Int(nodes[s])
        let oe = Int(nodes[s &+ 3])
        if o != oe && words.endsWord(key, at: j) {
          switch kind {
          case .leftmostLongest:
            bestEnd = j
            bestPattern = outputs[o]
          case .leftmostFirst:
            if bestEnd < 0 || outputs[o] < bestPattern {
              bestEnd = j
              bestPattern = outputs[o]
            }
          case .overlapping:
            var k = o
            while k < oe {
              body(i, j, outputs[k])
              k &+= 1
            }
          }
        }
      }
      if bestEnd >= 0 {
        body(i, bestEnd, bestPattern)
        i = bestEnd
        if words.startsWord(key, at: i) { continue }
      }
      i = words.nextStart(key, after: i)
    }
    return i
  }
}

/// Where words start and end in a key, for ``_WordTrie/search(_:words:kind:_:)``.
protocol _WordTest {
  /// Whether a match may end at byte `i` (the text ends there or no word unit starts there).
  func endsWord(_ key: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool
  /// Whether a match may start at byte `i` (`i` is 0 or the unit before it is no word unit).
  func startsWord(_ key: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool
  /// The first position after `i` where a match may start, or `key.count`.
  func nextStart(_ key: UnsafeBufferPointer<UInt8>, after i: Int) -> Int
}

/// Word units in the compact encoding: one byte each.
struct _CompactWords: _WordTest {
  @inline(__always)
  func endsWord(_ key: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    i == key.count || !GlossaryMatcher.isCompactWordByte(key[i])
  }

  @inline(__always)
  func startsWord(_ key: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    i == 0 || !GlossaryMatcher.isCompactWordByte(key[i - 1])
  }

  @inline(__always)
  func nextStart(_ key: UnsafeBufferPointer<UInt8>, after i: Int) -> Int {
    var j = i
    let n = key.count
    while j < n {
      // The byte at j ends a word unit when it is no word byte: the next position starts one.
      if !GlossaryMatcher.isCompactWordByte(key[j]) { return j + 1 }
      j += 1
    }
    return n
  }
}

/// Word units in UTF-8 keys: scalars.
struct _UTF8Words: _WordTest {
  @inline(__always)
  func endsWord(_ key: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    i == key.count || (key[i] & 0xC0 != 0x80 && !Devanagari.isWordScalar(GlossaryMatcher.decode(key, at: i)))
  }

  @inline(__always)
  func startsWord(_ key: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    if i == 0 { return true }
    if i < key.count && key[i] & 0xC0 == 0x80 { return false }
    var p = i - 1
    while p > 0 && key[p] & 0xC0 == 0x80 { p -= 1 }
    return !Devanagari.isWordScalar(GlossaryMatcher.decode(key, at: p))
  }

  @inline(__always)
  func nextStart(_ key: UnsafeBufferPointer<UInt8>, after i: Int) -> Int {
    var j = i
    let n = key.count
    while j < n {
      // Skip to the start of the scalar after j's, and test the scalar at j.
      var next = j + 1
      while next < n && key[next] & 0xC0 == 0x80 { next += 1 }
      if key[j] & 0xC0 != 0x80 && !Devanagari.isWordScalar(GlossaryMatcher.decode(key, at: j)) { return next }
      j = next
    }
    return n
  }
}
