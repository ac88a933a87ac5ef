extension GlossaryMatcher {
  /// All matches in `text`, in order.
  public func matches(in text: String) -> [Match] {
    var result: [Match] = []
    forEachMatch(in: text) { result.append($0) }
    return result
  }

  /// Calls `body` for each match in order, without collecting them.
  ///
  /// With word boundaries and without fuzzy matching (the defaults), a long text is folded
  /// and searched in windows of 64 KiB (a match is never longer than the longest
  /// key), so the memory a search uses does not grow with the text; the matches are the
  /// ones a search of the whole text finds.
  public func forEachMatch(in text: String, _ body: (Match) throws -> Void) rethrows {
    var text = text
    text.makeContiguousUTF8()
    if fuzzy == nil, let trie {
      let normalizer = HindiNormalizer()
      var found: [(start: Int, end: Int, pattern: UInt32)] = []
      var position: (start: Int, from: Int)? = (0, 0)
      while let p = position {
        found.removeAll(keepingCapacity: true)
        position = text.utf8.withContiguousStorageIfAvailable { utf8 in
          searchWindow(trie, utf8, start: p.start, from: p.from) { found.append(($0, $1, $2)) }
        } ?? nil
        for c in found {
          if let m = makeMatch(text, c.start..<c.end, pattern: Int(c.pattern), fuzzyHit: false, normalizer) {
            try body(m)
          }
        }
      }
      return
    }
    var found: [(start: Int, end: Int, pattern: UInt32)] = []
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
      found = candidates.map { (Int(starts[$0.start]), Int(ends[$0.end - 1]), $0.pattern) }
      fuzzyHits = Set(candidates.filter { fuzzyHits.contains($0.start) }.map { Int(starts[$0.start]) })
    }
    let normalizer = HindiNormalizer()
    for c in found {
      if let m = makeMatch(
        text, c.start..<c.end, pattern: Int(c.pattern), fuzzyHit: fuzzyHits.contains(c.start), normalizer)
      {
        try body(m)
      }
    }
  }

  /// The match of pattern `p` at `range` (UTF-8 offsets of the key's source) in `text`, with
  /// its quality; nil for a fuzzy hit made only of stop words. The surface string is made
  /// only when the text differs from the pattern's form.
  func makeMatch(
    _ text: String, _ source: Range<Int>, pattern p: Int, fuzzyHit: Bool, _ normalizer: HindiNormalizer
  ) -> Match? {
    var range = source
    var same = false
    text.utf8.withContiguousStorageIfAvailable { utf8 in
      range = Self.extendOverDroppedMarks(source, in: utf8)
      let surface = UnsafeBufferPointer(rebasing: utf8[range])
      same =
        forms[p].utf8.count == surface.count
        && (forms[p].utf8.withContiguousStorageIfAvailable { form in
          var i = 0
          while i < form.count && form[i] == surface[i] { i &+= 1 }
          return i == form.count
        } ?? false)
    }
    let e = entryIndex[p]
    var quality = qualities[p]
    if !same {
      // The form as written is canonical, so an equal surface needs no normalization.
      let surface = String(text.utf8[text.utf8Range(range)]) ?? ""
      let canonical = normalizer.normalize(surface).text
      if canonical != forms[p] {
        // Another listed form of the same entry, or equal only through the match key.
        if e >= 0, let other = entries[Int(e)].hindiForms.first(where: { $0.text == canonical }) {
          quality = other.status == .preferred ? .houseStyle : other.status == .admitted ? .variant : .deprecated
        } else {
          quality = .folded
        }
      }
      if fuzzyHit && canonical != forms[p] && MatchKey.key(surface) != MatchKey.key(forms[p]) {
        if configuration.fuzzyStopWords.isPhrase(surface) { return nil }
        quality = .fuzzy
      }
    }
    return Match(
      pattern: PatternID(rawValue: UInt32(p)), entry: e >= 0 ? entryBoxes[Int(e)] : nil, utf8Range: range, in: text,
      quality: quality)
  }

  /// Searches one window of `utf8` with the word trie, the window that starts at `start`:
  /// matches that start at or after `from` (where the search goes on) and before the
  /// window's end, as `body(start, end, pattern)` in UTF-8 offsets. Returns where the next
  /// window starts and its search goes on, or nil when the text is done.
  ///
  /// A window starts and ends right after ASCII whitespace, where the fold starts afresh
  /// (no fold rule looks across a space), and is folded with a margin after it that holds
  /// the longest key, so that every match starting in it is found whole.
  func searchWindow(
    _ trie: _WordTrie, _ utf8: UnsafeBufferPointer<UInt8>, start a: Int, from: Int,
    _ body: (Int, Int, UInt32) -> Void
  ) -> (start: Int, from: Int)? {
    let n = utf8.count
    let window = windowBytes
    let longest = longestKey
    var margin = max(4 * (longest + 16), 1024)
    while true {
      // The window [a, b) and the folded region [a, c).
      var b = n
      var c = n
      if n - a > window + margin {
        b = Self.foldStart(in: utf8, atOrAfter: a + window) ?? n
        c = b == n ? n : (Self.foldStart(in: utf8, atOrAfter: b + margin) ?? n)
      }
      let region = UnsafeBufferPointer(rebasing: utf8[a..<c])
      var retry = false
      var next: (start: Int, from: Int)? = nil
      Self.withKey(region, compact: compact) { key, starts, ends in
        let limit = b == n ? key.count : Self.firstKeyIndex(starts, atOrAfter: b - a)
        if c < n && key.count - limit <= longest {
          retry = true  // the margin folded to fewer key bytes than the longest key
          return
        }
        let kind = configuration.matchKind
        let begin = Self.firstKeyIndex(starts, atOrAfter: from - a)
        let stop: Int
        if compact {
          stop = trie.search(key, words: _CompactWords(), kind: kind, from: begin, limit: limit) { s, e, p in
            body(a + Int(starts[s]), a + Int(ends[e - 1]), p)
          }
        } else {
          stop = trie.search(key, words: _UTF8Words(), kind: kind, from: begin, limit: limit) { s, e, p in
            body(a + Int(starts[s]), a + Int(ends[e - 1]), p)
          }
        }
        if b < n { next = (b, max(b, stop < key.count ? a + Int(starts[stop]) : c)) }
      }
      if retry && c < n {
        margin *= 2
        continue
      }
      return next
    }
  }

  /// The first position at or after `i` that follows ASCII whitespace, or nil.
  static func foldStart(in utf8: UnsafeBufferPointer<UInt8>, atOrAfter i: Int) -> Int? {
    var p = max(i, 1)
    while p < utf8.count {
      let b = utf8[p - 1]
      if b == 0x20 || (0x09...0x0D).contains(b) { return p }
      p += 1
    }
    return nil
  }

  /// The first key index whose source starts at or after `offset` (`starts` never
  /// decreases), or `starts.count`.
  static func firstKeyIndex(_ starts: UnsafeBufferPointer<Int32>, atOrAfter offset: Int) -> Int {
    var (lo, hi) = (0, starts.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(starts[mid]) < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
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
    var text = text
    text.makeContiguousUTF8()
    var position: (start: Int, from: Int)? = (0, 0)
    while let p = position {
      position = text.utf8.withContiguousStorageIfAvailable { utf8 in
        searchWindow(trie, utf8, start: p.start, from: p.from) { _, _, _ in n += 1 }
      } ?? nil
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
      withKey(utf8, compact: compact, body)
      return true
    }
    if done == true { return }
    withFullKey(text, compact: compact, body)
  }

  /// ``withKey(_:compact:_:)`` for UTF-8 bytes.
  static func withKey(
    _ utf8: UnsafeBufferPointer<UInt8>, compact: Bool,
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> Void
  ) {
    let done: Bool = {
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
    }()
    if done { return }
    withFullKey(String(decoding: utf8, as: UTF8.self), compact: compact, body)
  }

  /// The key through `MatchKey` (text the one-pass fold does not take).
  static func withFullKey(
    _ text: String, compact: Bool,
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> Void
  ) {
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
