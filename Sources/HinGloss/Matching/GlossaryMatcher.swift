/// Which matches a search reports.
public enum MatchKind: Sendable, Hashable {
  /// At each position the longest match wins, and matches do not overlap (dictionary search).
  case leftmostLongest
  /// At each position the pattern added first wins, and matches do not overlap.
  case leftmostFirst
  /// Every occurrence of every pattern, overlapping.
  case overlapping
}

/// Identifies a pattern added to a ``GlossaryMatcher/Builder``.
public struct PatternID: Hashable, Sendable, Comparable {
  public let rawValue: UInt32
  public static func < (a: PatternID, b: PatternID) -> Bool { a.rawValue < b.rawValue }
}

/// One match in the caller's text.
public struct Match: Hashable, Sendable {
  /// How the text matched its entry.
  public enum Quality: String, Sendable, Hashable, Codable {
    /// The entry's house-style Hindi form.
    case houseStyle = "house-style"
    /// A known admitted variant.
    case variant
    /// A known deprecated variant.
    case deprecated
    /// Equal to a form only through the match key (कूपांग written कुपांग).
    case folded
    /// One vowel sign or nasal away from a form's key (a missing or extra matra, a swapped
    /// nasal); only with ``GlossaryMatcher/Configuration/fuzzy``.
    case fuzzy
  }

  /// The pattern that matched.
  public var pattern: PatternID
  /// The glossary entry, when the matcher was built from a glossary.
  public var entry: GlossaryEntry?
  /// Half-open range of UTF-8 offsets in the searched string.
  public var utf8Range: Range<Int>
  /// The matched text as it appears in the searched string.
  public var surface: String
  public var quality: Quality

  /// The match's range as string indices of the searched string.
  public func range(in text: String) -> Range<String.Index> { text.utf8Range(utf8Range) }
}

/// Finds glossary entries in running Hindi text, tolerant of spelling variants, with exact
/// UTF-8 offsets into the caller's string.
///
/// Patterns and text meet through the match key (``MatchKey``), so कूपंग and कूपांग,
/// ज़ी and जी, हिंद and हिन्द, hyphen and space all match; offsets still point into the
/// original text. With word boundaries on (the default), a match never starts or ends inside
/// a word: हिंदी is not found inside हिंदीभाषी.
///
///     let matcher = try GlossaryMatcher(glossary: .default)
///     for m in matcher.matches(in: "कूपांग में डेटा उल्लंघन") {
///       print(m.utf8Range, m.entry?.english ?? "")   // 0..<18 Coupang, …
///     }
///
/// Build once; the matcher is immutable and `Sendable`.
///
/// - Complexity: with word boundaries (the default), a search walks a trie from each word
///   start of the text's key: O(*n* · *k*) for a text of *n* bytes and keys of at most *k*
///   bytes (*k* ≤ 256; a few words in practice), independent of the number of patterns.
///   Without word boundaries, or with a longer key, an Aho–Corasick automaton: O(*n* + *m*)
///   with *m* candidate occurrences.
public struct GlossaryMatcher: Sendable {
  /// Search options.
  public struct Configuration: Sendable, Hashable {
    public var matchKind: MatchKind = .leftmostLongest
    /// Reject matches that start or end inside a word.
    public var requiresWordBoundaries = true
    /// Also find text one vowel sign or nasal away from a pattern key of at least
    /// ``fuzzyMinimumLength`` symbols (reported as ``Match/Quality/fuzzy``, never overlapping
    /// an exact match). Off by default: it builds a second automaton.
    public var fuzzy = false
    /// The shortest key (in scalars) that gets fuzzy variants.
    public var fuzzyMinimumLength = 5
    /// Ordinary words: a fuzzy hit made only of these is dropped (जमीन is a word, not a
    /// misspelt जिमिन). ``StopWords/shipped`` is a good choice.
    public var fuzzyStopWords = StopWords()
    public init() {}
  }

  /// Collects patterns, then builds a matcher.
  public struct Builder: Sendable {
    public var configuration: Configuration
    var keys: [String] = []
    var forms: [String] = []
    var entryIndex: [Int32] = []
    var qualities: [Match.Quality] = []
    var entries: [GlossaryEntry] = []

    public init(configuration: Configuration = .init()) { self.configuration = configuration }

    /// Adds a pattern (any Hindi or Latin text); returns its id.
    @discardableResult
    public mutating func add(_ pattern: String) -> PatternID {
      add(pattern, entry: -1, quality: .houseStyle)
    }

    mutating func add(_ pattern: String, entry: Int32, quality: Match.Quality) -> PatternID {
      let id = PatternID(rawValue: UInt32(keys.count))
      keys.append(_FastFold.key(pattern) ?? MatchKey.key(pattern))
      forms.append(HindiNormalizer().normalize(pattern).text)
      entryIndex.append(entry)
      qualities.append(quality)
      return id
    }

    /// Adds every Hindi form of every entry.
    public mutating func add(_ glossary: Glossary) {
      for entry in glossary.entries {
        let i = Int32(entries.count)
        entries.append(entry)
        for form in entry.hindiForms {
          let quality: Match.Quality = form.status == .preferred ? .houseStyle : form.status == .admitted ? .variant : .deprecated
          _ = add(form.text, entry: i, quality: quality)
        }
      }
    }

    /// Compiles the patterns.
    public func build() throws(HinGlossError) -> GlossaryMatcher {
      let compact = keys.allSatisfy(_FastFold.isCompactEncodable)
      // Every key back to back in the matcher's encoding.
      var bytes: [UInt8] = []
      var offsets: [Int] = [0]
      offsets.reserveCapacity(keys.count + 1)
      for key in keys {
        if compact {
          for s in key.unicodeScalars { bytes.append(_FastFold.compactByte(s.value)) }
        } else {
          bytes.append(contentsOf: key.utf8)
        }
        offsets.append(bytes.count)
      }
      var automaton: _Automaton? = nil
      var trie: _WordTrie? = nil
      let longest = offsets.indices.dropLast().lazy.map { offsets[$0 + 1] - offsets[$0] }.max() ?? 0
      if configuration.requiresWordBoundaries && longest <= GlossaryMatcher.longestWalk {
        trie = _WordTrie(bytes: bytes, offsets: offsets)
      } else {
        automaton = try _Automaton(patterns: offsets.indices.dropLast().map { Array(bytes[offsets[$0]..<offsets[$0 + 1]]) })
      }
      var fuzzy: _FuzzyIndex? = nil
      if configuration.fuzzy {
        fuzzy = try _FuzzyIndex(keys: keys, compact: compact, minimumLength: configuration.fuzzyMinimumLength)
      }
      let lengths = offsets.indices.dropLast().map { UInt32(offsets[$0 + 1] - offsets[$0]) }
      return GlossaryMatcher(configuration: configuration, automaton: automaton, trie: trie, compact: compact, forms: forms, entryIndex: entryIndex, qualities: qualities, entries: entries, keyLengths: lengths, fuzzy: fuzzy)
    }
  }

  public let configuration: Configuration
  /// With word boundaries, matches can only start at word starts, and a search walks a trie
  /// from each one; a walk is as long as the longest key. Keys longer than this many bytes
  /// (which no glossary has) use the automaton instead, so that a search stays linear.
  static let longestWalk = 256
  /// Without word boundaries (or with a key longer than ``longestWalk``): an Aho–Corasick automaton over every byte.
  let automaton: _Automaton?
  /// With word boundaries: a trie walked from each word start.
  let trie: _WordTrie?
  let fuzzy: _FuzzyIndex?
  /// Whether keys use the one-byte-per-scalar encoding.
  let compact: Bool
  let forms: [String]
  let entryIndex: [Int32]
  let qualities: [Match.Quality]
  let entries: [GlossaryEntry]
  /// Key length of each pattern, in bytes of the matcher's encoding.
  let keyLengths: [UInt32]

  /// A matcher over every Hindi form of a glossary.
  public init(glossary: Glossary, configuration: Configuration = .init()) throws(HinGlossError) {
    var b = Builder(configuration: configuration)
    b.add(glossary)
    self = try b.build()
  }

  init(configuration: Configuration, automaton: _Automaton?, trie: _WordTrie?, compact: Bool, forms: [String], entryIndex: [Int32], qualities: [Match.Quality], entries: [GlossaryEntry], keyLengths: [UInt32], fuzzy: _FuzzyIndex? = nil) {
    self.fuzzy = fuzzy
    self.configuration = configuration
    self.automaton = automaton
    self.trie = trie
    self.compact = compact
    self.forms = forms
    self.entryIndex = entryIndex
    self.qualities = qualities
    self.entries = entries
    self.keyLengths = keyLengths
  }

  /// Number of patterns.
  public var patternCount: Int { keyLengths.count }
  /// Approximate heap bytes of the search tables (trie or automaton, and the fuzzy index).
  public var memoryBytes: Int {
    (trie?.memoryBytes ?? 0) + (automaton?.memoryBytes ?? 0) + (fuzzy?.automaton.memoryBytes ?? 0) + keyLengths.count * 4
  }

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
      if let fuzzy, configuration.matchKind != .overlapping {
        let extra = fuzzyMatches(fuzzy, in: key, avoiding: candidates)
        if !extra.isEmpty {
          for e in extra { fuzzyHits.insert(e.start) }
          candidates = (candidates + extra).sorted { $0.start < $1.start }
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
      try body(Match(pattern: PatternID(rawValue: c.pattern), entry: e >= 0 ? entries[Int(e)] : nil, utf8Range: range, surface: surface, quality: quality))
    }
  }

  /// Fuzzy candidates that overlap no exact candidate, leftmost-longest among themselves.
  func fuzzyMatches(_ fuzzy: _FuzzyIndex, in bytes: UnsafeBufferPointer<UInt8>, avoiding exact: [(start: Int, end: Int, pattern: UInt32)]) -> [(start: Int, end: Int, pattern: UInt32)] {
    var found: [(start: Int, end: Int, pattern: UInt32)] = []
    let boundaries = configuration.requiresWordBoundaries
    fuzzy.automaton.scan(bytes) { variant, end in
      let start = end - fuzzy.lengths[Int(variant)]
      if boundaries && !(compact ? Self.isCompactBoundary(bytes, start: start, end: end) : Self.isBoundary(bytes, start: start, end: end)) { return }
      found.append((start, end, fuzzy.patterns[Int(variant)]))
    }
    if found.isEmpty { return [] }
    found.sort { $0.start != $1.start ? $0.start < $1.start : ($0.end != $1.end ? $0.end > $1.end : $0.pattern < $1.pattern) }
    var chosen: [(start: Int, end: Int, pattern: UInt32)] = []
    var position = 0
    for c in found where c.start >= position {
      if exact.contains(where: { $0.start < c.end && c.start < $0.end }) { continue }
      chosen.append(c)
      position = c.end
    }
    return chosen
  }

  /// The number of matches in `text`, without building `Match` values.
  public func count(in text: String) -> Int {
    var n = 0
    guard let trie, fuzzy == nil else {
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
  static func withKey(_ text: String, compact: Bool, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> Void) {
    let done: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
      // The one-pass fold never makes a key longer than the text.
      let n = utf8.count
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { key in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(n, 1)) { starts in
          withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(n, 1)) { ends in
            guard let length = _FastFold.fold(utf8, compact: compact, key: key.baseAddress!, starts: starts.baseAddress!, ends: ends.baseAddress!) else { return false }
            body(UnsafeBufferPointer(rebasing: key[..<length]), UnsafeBufferPointer(rebasing: starts[..<length]), UnsafeBufferPointer(rebasing: ends[..<length]))
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
        if boundaries && !(compact ? Self.isCompactBoundary(bytes, start: start, end: end) : Self.isBoundary(bytes, start: start, end: end)) { return }
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

  /// Whether a compact-encoded key range starts and ends at word boundaries.
  @inline(__always)
  static func isCompactBoundary(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
    if start > 0 && isCompactWordByte(bytes[start - 1]) { return false }
    if end < bytes.count && isCompactWordByte(bytes[end]) { return false }
    return true
  }

  @inline(__always)
  static func isCompactWordByte(_ b: UInt8) -> Bool {
    switch b {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x7F: true
    case 0xE4, 0xE5, 0xF0: false  // danda, double danda, abbreviation sign
    case 0x80...0xFF: true
    default: false
    }
  }

  /// Whether a key range starts and ends at word boundaries.
  static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
    if start > 0 {
      // Decode the scalar that ends at start.
      var i = start - 1
      while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
      if Devanagari.isWordScalar(decode(bytes, at: i)) { return false }
    }
    if end < bytes.count, Devanagari.isWordScalar(decode(bytes, at: end)) { return false }
    return true
  }

  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 { return b0 }
    if b0 < 0xE0, i + 1 < bytes.count { return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F) }
    if b0 < 0xF0, i + 2 < bytes.count { return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F) }
    if i + 3 < bytes.count { return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F) }
    return 0xFFFD
  }
}
