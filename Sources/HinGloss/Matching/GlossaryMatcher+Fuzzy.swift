extension GlossaryMatcher {
  /// Fuzzy candidates that overlap no exact candidate, leftmost-longest among themselves.
  func fuzzyMatches(
    _ fuzzy: _FuzzyIndex, in bytes: UnsafeBufferPointer<UInt8>,
    avoiding exact: [(start: Int, end: Int, pattern: UInt32)]
  ) -> [(start: Int, end: Int, pattern: UInt32)] {
    var found: [(start: Int, end: Int, pattern: UInt32)] = []
    if let trie = fuzzy.trie {
      // Word starts only, every variant that ends at a word end.
      if compact {
        trie.search(bytes, words: _CompactWords(), kind: .overlapping) { found.append(($0, $1, fuzzy.patterns[Int($2)])) }
      } else {
        trie.search(bytes, words: _UTF8Words(), kind: .overlapping) { found.append(($0, $1, fuzzy.patterns[Int($2)])) }
      }
    }
    let boundaries = configuration.requiresWordBoundaries
    fuzzy.automaton?.scan(bytes) { variant, end in
      let start = end - fuzzy.lengths[Int(variant)]
      if boundaries
        && !(compact
          ? Self.isCompactBoundary(bytes, start: start, end: end) : Self.isBoundary(bytes, start: start, end: end))
      {
        return
      }
      found.append((start, end, fuzzy.patterns[Int(variant)]))
    }
    if found.isEmpty { return [] }
    found.sort {
      $0.start != $1.start ? $0.start < $1.start : ($0.end != $1.end ? $0.end > $1.end : $0.pattern < $1.pattern)
    }
    var chosen: [(start: Int, end: Int, pattern: UInt32)] = []
    var position = 0
    for c in found where c.start >= position {
      if exact.contains(where: { $0.start < c.end && c.start < $0.end }) { continue }
      chosen.append(c)
      position = c.end
    }
    return chosen
  }
}
