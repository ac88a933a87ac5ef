extension GlossaryMatcher {
  /// All matches in `text`, in order.
  public func matches(in text: String) -> [Match] {
    var result: [Match] = []
    forEachMatch(in: text) { result.append($0) }
    return result
  }

  /// Calls `body` for each match in order, without collecting them.
  public func forEachMatch(in text: String, _ body: (Match) throws -> Void) rethrows {
    var text = text
    text.makeContiguousUTF8()
    var found: [(start: Int, end: Int, pattern: UInt32, source: Range<Int>)] = []
    var fuzzyHits = Set<Int>()
    Self.withKey(text, compact: compact) { key, starts, ends in
      var candidates = candidateMatches(in: key)
      if let fuzzy {
        let extra = fuzzyMatches(fuzzy, in: key, avoiding: candidates)
        if !extra.isEmpty {
          for e in extra { fuzzyHits.insert(e.start) }
          candidates = (candidates + extra).sorted { ($0.start, $0.end, $0.pattern) < ($1.start, $1.end, $1.pattern) }
        }
      }
      found = candidates.map { ($0.start, $0.end, $0.pattern, Int(starts[$0.start])..<Int(ends[$0.end - 1])) }
    }
    let normalizer = HindiNormalizer()
    for c in found {
      let mapped = c.source
      let range = text.utf8.withContiguousStorageIfAvailable { Self.extendOverDroppedMarks(mapped, in: $0) } ?? mapped
      let surface = String(text.utf8[text.utf8Range(range)]) ?? ""
      let p = Int(c.pattern)
      let e = entryIndex[p]
      var quality = qualities[p]
      let canonical = normalizer.normalize(surface).text
      if canonical != forms[p] {
        // Another listed form of the same entry, or equal only through the match key.
        if e >= 0, let other = entries[Int(e)].hindiForms.first(where: { $0.text == canonical }) {
          quality = other.status == .preferred ? .houseStyle : other.status == .admitted ? .variant : .deprecated
        } else {
          quality = .folded
        }
      }
      if fuzzyHits.contains(c.start) && canonical != forms[p] && MatchKey.key(surface) != MatchKey.key(forms[p]) {
        if configuration.fuzzyStopWords.isPhrase(surface) { continue }
        quality = .fuzzy
      }
      try body(
        Match(
          pattern: PatternID(rawValue: c.pattern), entry: e >= 0 ? entries[Int(e)] : nil, utf8Range: range,
          surface: surface, quality: quality))
    }
  }

  /// The number of matches in `text`, without building `Match` values.
  ///
  /// Always `matches(in: text).count`. With ``Configuration/fuzzy`` on, this builds the
  /// matches (a fuzzy hit made of stop words is dropped only after it is built).
  public func count(in text: String) -> Int {
    var n = 0
    if fuzzy != nil {
      forEachMatch(in: text) { _ in n += 1 }
      return n
    }
    guard let trie else {
      Self.withKey(text, compact: compact) { key, _, _ in n = candidateMatches(in: key).count }
      return n
    }
    // Only what the search needs goes into the closure (capturing `self` retains every table).
    let kind = configuration.matchKind
    let compact = self.compact
    Self.withKey(text, compact: compact) { key, _, _ in
      if compact {
        trie.search(key, words: _CompactWords(), kind: kind) { _, _, _ in n += 1 }
      } else {
        trie.search(key, words: _UTF8Words(), kind: kind) { _, _, _ in n += 1 }
      }
    }
    return n
  }

  /// Calls `body` with the key of `text` in this matcher's encoding and each key byte's
  /// source range (`starts[i]..<ends[i]` in UTF-8 bytes of `text`). The buffers are
  /// temporary: on the stack for short texts.
  static func withKey(
    _ text: String, compact: Bool,
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> Void
  ) {
    let done: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
      // The one-pass fold never makes a key longer than the text.
      let n = utf8.count
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { key in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(n, 1)) { starts in
          withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(n, 1)) { ends in
            guard
              let length = _FastFold.fold(
                utf8, compact: compact, key: key.baseAddress!, starts: starts.baseAddress!, ends: ends.baseAddress!)
            else { return false }
            body(
              UnsafeBufferPointer(rebasing: key[..<length]), UnsafeBufferPointer(rebasing: starts[..<length]),
              UnsafeBufferPointer(rebasing: ends[..<length]))
            return true
          }
        }
      }
    }
    if done == true { return }
    var key: [UInt8] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    _FastFold.encode(MatchKey(text), compact: compact, key: &key, starts: &starts, ends: &ends)
    key.withUnsafeBufferPointer { k in
      starts.withUnsafeBufferPointer { s in
        ends.withUnsafeBufferPointer { e in body(k, s, e) }
      }
    }
  }

  /// Selected matches in key bytes, by the configured match kind.
  func candidateMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [(start: Int, end: Int, pattern: UInt32)] {
    var candidates: [(start: Int, end: Int, pattern: UInt32)] = []
    if let trie {
      // Word starts only; the walk applies the match kind itself.
      if compact {
        trie.search(bytes, words: _CompactWords(), kind: configuration.matchKind) { candidates.append(($0, $1, $2)) }
      } else {
        trie.search(bytes, words: _UTF8Words(), kind: configuration.matchKind) { candidates.append(($0, $1, $2)) }
      }
      return candidates
    }
    guard let automaton else { return [] }
    let boundaries = configuration.requiresWordBoundaries
    keyLengths.withUnsafeBufferPointer { lengths in
      automaton.scan(bytes) { pattern, end in
        let start = end - Int(lengths[Int(pattern)])
        if boundaries
          && !(compact
            ? Self.isCompactBoundary(bytes, start: start, end: end) : Self.isBoundary(bytes, start: start, end: end))
        {
          return
        }
        candidates.append((start, end, pattern))
      }
    }
    switch configuration.matchKind {
    case .overlapping:
      return candidates.sorted { ($0.start, $0.end, $0.pattern) < ($1.start, $1.end, $1.pattern) }
    case .leftmostLongest, .leftmostFirst:
      // Candidates arrive ordered by end; order by start, then preference.
      let longest = configuration.matchKind == .leftmostLongest
      let sorted = candidates.sorted {
        if $0.start != $1.start { return $0.start < $1.start }
        if longest && $0.end != $1.end { return $0.end > $1.end }
        return $0.pattern < $1.pattern
      }
      var chosen: [(start: Int, end: Int, pattern: UInt32)] = []
      var position = 0
      for c in sorted where c.start >= position {
        chosen.append(c)
        position = c.end
      }
      return chosen
    }
  }

  /// Extends a match over the nukta and joiners that the match key dropped right after it,
  /// so that a match never ends inside a syllable.
  static func extendOverDroppedMarks(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var end = range.upperBound
    while end + 3 <= bytes.count {
      let (b0, b1, b2) = (bytes[end], bytes[end + 1], bytes[end + 2])
      let isNukta = b0 == 0xE0 && b1 == 0xA4 && b2 == 0xBC
      let isJoiner = b0 == 0xE2 && b1 == 0x80 && (b2 == 0x8C || b2 == 0x8D)
      guard isNukta || isJoiner else { break }
      end += 3
    }
    return range.lowerBound..<end
  }
}
