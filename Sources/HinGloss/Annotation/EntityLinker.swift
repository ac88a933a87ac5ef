/// Finds every entity of a glossary in running Hindi text, including spellings the glossary
/// does not list, and reports the Korean names it does not know.
///
/// Literal matching comes first (the ``GlossaryMatcher``, fast, over match keys); then, on the
/// text no literal match covers:
/// - English forms written in Latin script (Yonhap, Seoul; quality `latin`);
/// - inflected forms of non-person entries (`मंत्रालयों`, `कोरियाई`, `Inflection`);
/// - spans of one surname and up to three given-name words (either order) that the
///   ``KoreanNameRomanizer`` reads as a glossary person's English form or alias, with at
///   least ``Configuration/linkProbability`` (quality `romanized`);
/// - such a span that no reading links but that is one edit away from a person's glossary
///   form (री यान्ग-हो for री योंग हो; quality `fuzzy`, ``Configuration/fuzzyPeople``);
/// - a surname or the first two words alone, after the person was named in full in the same
///   document (quality `coreferent`);
/// - with ``Configuration/discover``, Korean-like names that link to nothing (no entry).
///
///     let linker = try EntityLinker(glossary: .default, korean: KoreanNameRomanizer())
///     let mentions = linker.link(document: ["बे क्युंग-हुन ने कहा।", "बे ने जोड़ा ..."])
///
/// The linker is immutable; build it once and share it.
public struct EntityLinker: Sendable {
  /// Thresholds and switches.
  public struct Configuration: Sendable, Hashable {
    /// The least probability of the model's reading for a romanized link.
    public var linkProbability = 0.05
    /// The least probability with which a name's first (or last) word renders a surname.
    public var surnameRenderingProbability = 0.005
    /// Report Korean-like names that link to nothing.
    public var discover = false
    /// The least Korean likeness of a discovered name.
    public var discoveryLikeness = 0.8
    /// The least probability of a discovered name's best reading.
    public var discoveryProbability = 0.3
    /// Link surnames and partial names to a person named earlier in the document.
    public var coreference = true
    /// Find inflected forms of non-person entries.
    public var inflection = true
    /// Link a name-like span that no reading links to a person whose glossary form is one
    /// edit away (quality `fuzzy`; see ``GlossaryMatcher/Configuration/fuzzy``).
    public var fuzzyPeople = true
    /// Report only these kinds (nil: all).
    public var kinds: Set<GlossaryEntry.Kind>? = nil

    /// The defaults.
    public init() {}
  }

  public let glossary: Glossary
  public let matcher: GlossaryMatcher
  public let korean: KoreanNameRomanizer
  public let stopWords: StopWords
  public let configuration: Configuration
  /// The matcher with the inflected forms (`Inflection`) added to the glossary's: one pass
  /// finds both (an inflected form is told by its entry, which differs from the glossary's).
  let combined: GlossaryMatcher
  /// The glossary's people with fuzzy variants (``GlossaryMatcher/Configuration/fuzzy``),
  /// tried on a name-like span that no reading links: nil when fuzzy linking is off.
  let fuzzyPeople: GlossaryMatcher?
  /// English forms written in Latin script inside Hindi text (Yonhap, Seoul).
  let english: EnglishMatcher
  let entriesByID: [String: GlossaryEntry]
  /// 64-bit FNV-1a hashes of the match keys of surname renderings at least
  /// ``Configuration/surnameRenderingProbability`` likely, and of the stop words: hashing a
  /// String normalizes it, which cost more than the rest of the test (a false hit, about one
  /// in 10^19, only tries one more reading).
  let surnameKeys: HashSet64
  /// The same for the surnames of the glossary's people (the first or last word of an English
  /// form or alias): only a span with one of them can link to a person, so the linking pass
  /// reads no other span.
  let linkSurnameKeys: HashSet64
  let stopKeys: HashSet64
  /// ``Word/usesRenderingLetters`` per Devanagari scalar.
  let renderingLetters: [Bool]

  /// Builds a linker over a glossary.
  ///
  /// - Throws: ``HinGlossError`` when the glossary's forms cannot be compiled.
  public init(
    glossary: Glossary, korean: KoreanNameRomanizer, stopWords: StopWords = .shipped,
    configuration: Configuration = .init(), matcher: GlossaryMatcher? = nil
  ) throws(HinGlossError) {
    self.glossary = glossary
    if let matcher {
      self.matcher = matcher
    } else {
      self.matcher = try GlossaryMatcher(glossary: glossary)
    }
    self.korean = korean
    self.stopWords = stopWords
    self.configuration = configuration
    english = EnglishMatcher(glossary: glossary)
    surnameKeys = HashSet64(korean.surnameRenderingKeys(minimumProbability: configuration.surnameRenderingProbability).map(Self.fnv))
    var surnames = Set<String>()
    for entry in glossary.entries where entry.kind == .person {
      for form in [entry.english] + entry.aliases {
        let words = form.split(separator: " ")
        for word in [words.first, words.last].compactMap({ $0 }) { surnames.insert(String(word)) }
      }
    }
    linkSurnameKeys = HashSet64(
      korean.surnameRenderingKeys(minimumProbability: configuration.surnameRenderingProbability, spellings: surnames).map(Self.fnv))
    stopKeys = HashSet64(stopWords.keys.map(Self.fnv))
    renderingLetters = Self.renderingLetters(of: korean)
    entriesByID = Dictionary(glossary.entries.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    let forms = configuration.inflection ? Inflection.entries(of: glossary, stopWords: stopWords) : []
    if configuration.fuzzyPeople {
      var fuzzy = GlossaryMatcher.Configuration()
      fuzzy.fuzzy = true
      fuzzy.fuzzyStopWords = stopWords
      fuzzyPeople = try GlossaryMatcher(
        glossary: Glossary(entries: glossary.entries.filter { $0.kind == .person }), configuration: fuzzy)
    } else {
      fuzzyPeople = nil
    }
    if forms.isEmpty {
      combined = self.matcher
    } else {
      var builder = GlossaryMatcher.Builder(configuration: self.matcher.configuration)
      builder.add(glossary)
      builder.add(Glossary(entries: forms))
      combined = try builder.build()
    }
  }

  static func fnv(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0100_0000_01b3 }
    return h
  }

  /// The mentions of one document given as lines, per line, in text order.
  public func link(document lines: [String]) -> [[Mention]] {
    var state = DocumentState()
    return lines.map { link(line: $0, state: &state) }
  }

  /// The mentions of a one-line document.
  public func link(line: String) -> [Mention] {
    var state = DocumentState()
    return link(line: line, state: &state)
  }

  /// People named in full so far in a document, for coreference.
  struct DocumentState {
    /// Where a person was named: line index and UTF-8 offset in it.
    struct Place: Comparable {
      var line: Int
      var offset: Int
      static func < (a: Place, b: Place) -> Bool { (a.line, a.offset) < (b.line, b.offset) }
    }
    /// Match key of a surname word, or of the first two words → entry ids named with it, and where.
    var partialNames: [String: [(id: String, place: Place)]] = [:]
    /// The key hash (``Word/key``) of the first word of each of those keys: a word whose
    /// hash is not here starts no coreferent mention.
    var partialFirstWords = Set<UInt64>()
    var entries: [String: GlossaryEntry] = [:]
    /// The line being linked.
    var line = 0
  }

  /// Lines longer than this are linked in windows cut at a sentence end (।, ., ?, ! before a
  /// space) or else a space, so that memory does not grow with a line.
  static let window = 1 << 16

  func link(line: String, state: inout DocumentState) -> [Mention] {
    guard line.utf8.count > Self.window else { return linkWindow(line, state: &state) }
    let utf8 = Array(line.utf8)
    var mentions: [Mention] = []
    var start = 0
    while start < utf8.count {
      var end = min(start + Self.window, utf8.count)
      if end < utf8.count {
        var cut: Int? = nil
        var space: Int? = nil
        var i = end
        while i > start + Self.window / 2 {
          if utf8[i] == 0x20 {
            if space == nil { space = i }
            let before = utf8[..<i].suffix(3)
            if before.last == 0x2E || before.last == 0x3F || before.last == 0x21 || Array(before) == [0xE0, 0xA5, 0xA4] {
              cut = i
              break
            }
          }
          i -= 1
        }
        end = (cut ?? space).map { $0 + 1 } ?? end
        while end < utf8.count && (utf8[end] & 0xC0) == 0x80 { end += 1 }
      }
      let piece = String(decoding: utf8[start..<end], as: UTF8.self)
      let offset = start
      // Ranges are in the piece; state places too (a window's offsets restart at 0, so the
      // document position of later windows is kept by counting them as later lines).
      mentions += linkWindow(piece, state: &state).map { m in
        var m = m
        m.utf8Range = (m.utf8Range.lowerBound + offset)..<(m.utf8Range.upperBound + offset)
        return m
      }
      start = end
    }
    return mentions
  }

  func linkWindow(_ line: String, state: inout DocumentState) -> [Mention] {
    var mentions: [Mention] = []
    for m in combined.matches(in: line) {
      if let found = m.entry, let entry = entriesByID[found.id], entry != found {
        mentions.append(Mention(utf8Range: m.utf8Range, surface: m.surface, entry: entry, quality: .inflected, english: entry.english))
      } else {
        mentions.append(Mention(
          utf8Range: m.utf8Range, surface: m.surface, entry: m.entry, quality: Mention.Quality(m.quality),
          english: m.entry?.english ?? ""))
      }
    }
    let covered = Coverage(mentions.map(\.utf8Range))
    // Latin text inside Hindi: names of three letters or more (a lone V or II is rarely a name).
    // Only the runs without Devanagari that hold a Latin letter are searched (a Hindi line has few).
    for run in Self.latinRuns(in: line) {
      let piece = String(line.utf8[line.utf8Range(run)]) ?? ""
      for m in english.matches(in: piece) where m.utf8Range.count >= 3 {
        let range = (m.utf8Range.lowerBound + run.lowerBound)..<(m.utf8Range.upperBound + run.lowerBound)
        guard let entry = m.entry, !covered.overlaps(range) else { continue }
        mentions.append(Mention(utf8Range: range, surface: m.surface, entry: entry, quality: .latin, english: entry.english))
      }
    }
    let words = words(in: line)
    for m in mentions where m.entry?.kind == .person { remember(m, words: words, state: &state) }
    mentions += names(in: line, words: words, covered: Coverage(mentions.map(\.utf8Range)), state: &state)
    mentions.sort { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    state.line += 1
    if let kinds = configuration.kinds { mentions = mentions.filter { kinds.contains($0.kind) } }
    return mentions
  }
}

extension EntityLinker {
  /// The maximal runs of a line without Devanagari that hold an ASCII letter, as UTF-8
  /// ranges: where an English form can be (English text has no Devanagari, and a run ends
  /// where a Devanagari character starts, which is a word boundary).
  static func latinRuns(in line: String) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = -1
    var letter = false
    var copy = line
    copy.withUTF8 { b in
      var i = 0
      while i < b.count {
        if b[i] == 0xE0, i + 1 < b.count, b[i + 1] == 0xA4 || b[i + 1] == 0xA5 {
          if start >= 0 && letter { runs.append(start..<i) }
          start = -1
          i += 3
          continue
        }
        if start < 0 {
          start = i
          letter = false
        }
        if (b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A { letter = true }
        i += 1
      }
      if start >= 0 && letter { runs.append(start..<b.count) }
    }
    return runs
  }
}

/// Ranges of a line already taken, sorted, asked in O(log n) whether they overlap a range.
struct Coverage {
  private var ranges: [Range<Int>]

  init(_ ranges: [Range<Int>]) {
    self.ranges = ranges.sorted { $0.lowerBound < $1.lowerBound }
  }

  func overlaps(_ r: Range<Int>) -> Bool {
    // The first range that starts at or after r's end cannot overlap; look at the ones before
    // it whose end passes r's start (ranges are few and mostly disjoint: check back a little).
    var lo = 0
    var hi = ranges.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if ranges[mid].lowerBound < r.upperBound { lo = mid + 1 } else { hi = mid }
    }
    var i = lo - 1
    var checked = 0
    while i >= 0, checked < 8 {
      if ranges[i].overlaps(r) { return true }
      i -= 1
      checked += 1
    }
    return false
  }
}
