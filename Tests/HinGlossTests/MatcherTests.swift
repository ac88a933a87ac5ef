import Testing

@testable import HinGloss

/// Builds a matcher from plain patterns, with the automatic engine or the one given.
func makeMatcher(
  _ patterns: [String], kind: MatchKind = .leftmostLongest, boundaries: Bool = true,
  engine: GlossaryMatcher._Engine? = nil
) throws -> GlossaryMatcher {
  var c = GlossaryMatcher.Configuration()
  c.matchKind = kind
  c.requiresWordBoundaries = boundaries
  var b = GlossaryMatcher.Builder(configuration: c)
  b.engine = engine
  for p in patterns { b.add(p) }
  let m = try b.build()
  switch engine {
  case .wordTrie?: #expect(m.trie != nil && m.automaton == nil)
  case .ahoCorasick?: #expect(m.trie == nil && m.automaton != nil)
  case nil: break
  }
  return m
}

/// Both engines: every table and the oracle run on each, as aho-corasick runs every test
/// collection against every engine.
let engines = GlossaryMatcher._Engine.allCases

/// (patterns, haystack, expected (pattern index, start, end) in UTF-8 bytes)
typealias MatchCase = (patterns: [String], haystack: String, expected: [(Int, Int, Int)])

@Suite struct MatcherTableTests {
  static let basics: [MatchCase] = [
    (["a"], "", []),
    (["a"], "a", [(0, 0, 1)]),
    (["a"], "b a b", [(0, 2, 3)]),
    (["किम"], "श्री किम ने", [(0, 13, 22)]),
    (["किम"], "किमची", []),  // inside a word
    (["कूपांग"], "कूपंग और कूपांग", [(0, 0, 15), (0, 23, 41)]),
    (["ज़ी न्यूज़"], "जी न्यूज ने कहा", [(0, 0, 22)]),
    (["योंग-बीओम"], "किम योंग बीओम", [(0, 10, 35)]),
    (["हिंदी"], "हिंदीभाषी हिंदी", [(0, 28, 43)]),
    (["हिंद"], "हिन्द महासागर", [(0, 0, 15)]),
  ]
  static let leftmostLongest: [MatchCase] = [
    (["किम", "किम जोंग", "किम जोंग उन"], "किम जोंग उन आए", [(2, 0, 29)]),
    (["जोंग उन", "किम जोंग"], "किम जोंग उन", [(1, 0, 22)]),
    (["a b", "b c"], "a b c", [(0, 0, 3)]),
  ]
  static let leftmostFirst: [MatchCase] = [
    (["किम", "किम जोंग"], "किम जोंग", [(0, 0, 9)]),
    (["किम जोंग", "किम"], "किम जोंग", [(0, 0, 22)]),
  ]
  static let overlapping: [MatchCase] = [
    (["किम", "किम जोंग", "जोंग"], "किम जोंग", [(0, 0, 9), (1, 0, 22), (2, 10, 22)]),
    (["a b", "b c"], "a b c", [(0, 0, 3), (1, 2, 5)]),
  ]

  func run(_ c: MatchCase, _ kind: MatchKind) throws {
    for engine in engines {
      let m = try makeMatcher(c.patterns, kind: kind, engine: engine)
      let got = m.matches(in: c.haystack).map {
        (Int($0.pattern.rawValue), $0.utf8Range.lowerBound, $0.utf8Range.upperBound)
      }
      #expect(got.map { "\($0)" } == c.expected.map { "\($0)" }, "\(engine): \(c.patterns) in \(c.haystack)")
      #expect(m.count(in: c.haystack) == c.expected.count, "\(engine): \(c.patterns) in \(c.haystack)")
    }
  }

  @Test(arguments: basics + leftmostLongest) func leftmostLongestCases(_ c: MatchCase) throws {
    try run(c, .leftmostLongest)
  }
  @Test(arguments: basics + leftmostFirst) func leftmostFirstCases(_ c: MatchCase) throws { try run(c, .leftmostFirst) }
  @Test(arguments: basics + overlapping) func overlappingCases(_ c: MatchCase) throws { try run(c, .overlapping) }

  /// Leftmost selection on the automaton: candidates arrive ordered by end, and the earliest
  /// start wins over a longer match that starts later, and a match that ends first.
  @Test(arguments: engines) func leftmostSelectionAmongOverlappingCandidates(_ engine: GlossaryMatcher._Engine) throws {
    let patterns = ["जोंग उन", "किम जोंग", "किम", "उन आए"]
    let text = "किम जोंग उन आए"
    let longest = try makeMatcher(patterns, kind: .leftmostLongest, engine: engine)
    #expect(longest.matches(in: text).map { "\($0.pattern.rawValue):\($0.utf8Range)" } == ["1:0..<22", "3:23..<36"])
    let first = try makeMatcher(patterns, kind: .leftmostFirst, engine: engine)
    #expect(first.matches(in: text).map { "\($0.pattern.rawValue):\($0.utf8Range)" } == ["1:0..<22", "3:23..<36"])
    let firstShort = try makeMatcher(["किम", "किम जोंग"], kind: .leftmostFirst, engine: engine)
    #expect(firstShort.matches(in: text).map { "\($0.pattern.rawValue):\($0.utf8Range)" } == ["0:0..<9"])
  }

  /// A key longer than a trie walk may be is searched with the automaton, with the same result.
  @Test func veryLongKeysUseTheAutomaton() throws {
    let long = Array(repeating: "किम", count: 100).joined(separator: " ")
    let m = try makeMatcher(["किम", long])
    #expect(m.trie == nil && m.automaton != nil)
    let text = "\(long) और किम"
    #expect(
      m.matches(in: text).map { "\($0.pattern.rawValue):\($0.utf8Range)" } == [
        "1:0..<\(long.utf8.count)", "0:\(long.utf8.count + 8)..<\(long.utf8.count + 17)",
      ])
    let short = try makeMatcher(["किम"])
    #expect(short.trie != nil && short.automaton == nil)
  }

  @Test func boundariesCanBeTurnedOff() throws {
    let m = try makeMatcher(["हिंदी"], boundaries: false)
    #expect(m.matches(in: "हिंदीभाषी").map(\.utf8Range) == [0..<15])
  }
}

@Suite struct MatcherOffsetTests {
  let glossary = Glossary(entries: [
    GlossaryEntry(
      id: "company.coupang", kind: .company, english: "Coupang", hindi: "कूपांग", variants: ["कूपंग"], deprecated: ["कुपांग"],
      sources: ["x"]),
    GlossaryEntry(id: "org.zee", kind: .company, english: "Zee News", hindi: "ज़ी न्यूज़", sources: ["x"]),
  ])

  @Test func offsetsPointIntoTheOriginalText() throws {
    let m = try GlossaryMatcher(glossary: glossary)
    let texts = [
      "\u{0958}ल \u{095B}ी न्यू\u{095B} पर कूपंग",  // precomposed nukta letters
      "Breaking: कू\u{200D}पांग\r\nज़ी\u{2013}न्यूज़ ABC",  // ZWJ, CRLF, en dash, Latin
      "한국의 कूपांग, ज़ी न्यूज़ и 日本",  // mixed scripts
    ]
    for text in texts {
      let matches = m.matches(in: text)
      #expect(!matches.isEmpty, "\(text)")
      for match in matches {
        let slice = String(text[match.range(in: text)])
        #expect(slice == match.surface)
        #expect(
          MatchKey.key(slice)
            == MatchKey.key(match.entry!.hindiForms.first { MatchKey.key($0.text) == MatchKey.key(slice) }?.text ?? "∅")
        )
      }
    }
  }

  @Test func qualityTellsHowTheTextMatched() throws {
    let m = try GlossaryMatcher(glossary: glossary)
    let q = m.matches(in: "कूपांग कूपंग कुपांग कुपंग").map(\.quality)
    #expect(q == [.houseStyle, .variant, .deprecated, .folded])
  }
}

/// The fast matcher agrees with a naive one on random Devanagari text.
@Suite struct MatcherOracleTests {
  /// Tries every pattern at every scalar boundary of the key text.
  func naive(_ patterns: [String], _ text: String, kind: MatchKind) -> [(Int, Range<Int>)] {
    let key = MatchKey(text)
    let k = Array(key.text.utf8)
    let keys = patterns.map { Array(MatchKey.key($0).utf8) }
    var all: [(start: Int, end: Int, p: Int)] = []
    for start in 0..<k.count where k[start] & 0xC0 != 0x80 {
      for (p, pk) in keys.enumerated()
      where !pk.isEmpty && start + pk.count <= k.count && Array(k[start..<(start + pk.count)]) == pk {
        if Self.startsWord(k, start) && Self.endsWord(k, start + pk.count) { all.append((start, start + pk.count, p)) }
      }
    }
    var chosen: [(start: Int, end: Int, p: Int)] = []
    if kind == .overlapping {
      chosen = all.sorted { ($0.start, $0.end, $0.p) < ($1.start, $1.end, $1.p) }
    } else {
      var pos = 0
      while true {
        let c = all.filter { $0.start >= pos }
        guard let s = c.map(\.start).min() else { break }
        let at = c.filter { $0.start == s }
        let pick = kind == .leftmostLongest ? at.max { ($0.end, -$0.p) < ($1.end, -$1.p) }! : at.min { $0.p < $1.p }!
        chosen.append(pick)
        pos = pick.end
      }
    }
    return chosen.map { c in
      let r = key.offsetMap.sourceRange(for: c.start..<c.end)
      return (c.p, r.lowerBound..<Self.endAfterDroppedMarks(text, r.upperBound))
    }
  }

  /// The oracle's own word test, from Unicode properties: letters, digits, marks and the
  /// joiners continue a word.
  static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
    if s == "\u{200C}" || s == "\u{200D}" { return true }
    let p = s.properties
    return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
      || p.generalCategory == .spacingMark
  }

  /// Whether a match may start at a UTF-8 offset of a key: no word character before it.
  static func startsWord(_ key: [UInt8], _ offset: Int) -> Bool {
    !(String(decoding: key[..<offset], as: UTF8.self).unicodeScalars.last.map(isWordCharacter) ?? false)
  }

  /// Whether a match may end at a UTF-8 offset of a key: no word character after it.
  static func endsWord(_ key: [UInt8], _ offset: Int) -> Bool {
    !(String(decoding: key[offset...], as: UTF8.self).unicodeScalars.first.map(isWordCharacter) ?? false)
  }

  /// A match ends after the nukta and joiners that follow it in the original text (the key
  /// dropped them; a match never ends inside a syllable).
  static func endAfterDroppedMarks(_ text: String, _ end: Int) -> Int {
    var end = end
    for s in String(decoding: Array(text.utf8)[end...], as: UTF8.self).unicodeScalars {
      guard s == "\u{093C}" || s == "\u{200C}" || s == "\u{200D}" else { break }
      end += UTF8.width(s)
    }
    return end
  }

  /// With a Hangul pattern among them, keys use UTF-8 instead of the compact encoding.
  @Test(arguments: [MatchKind.leftmostLongest, .leftmostFirst, .overlapping], [false, true])
  func agreesWithNaiveOnRandomText(_ kind: MatchKind, utf8: Bool) throws {
    for engine in engines { try agreesWithNaive(kind, utf8: utf8, engine: engine) }
  }

  func agreesWithNaive(_ kind: MatchKind, utf8: Bool, engine: GlossaryMatcher._Engine) throws {
    var rng = SplitMix64(seed: 2024)
    let syllables =
      [
        "क", "कि", "की", "म", "मं", "ग", "गां", "ज़", "जी", "न", "्", "ं", " ", " ", "-", "\u{0958}", "ो", "ॉ", "ह",
        "\u{200D}",
      ]
      + (utf8 ? ["한", "국", "é", "\u{3002}", "\u{00A0}"] : [])
    for round in 0..<300 {
      var patterns: [String] = []
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        var p = ""
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
          p += ["क", "कि", "म", "मं", "ग", "जी", "न", "ह", "को"].randomElement(using: &rng)!
        }
        patterns.append(p)
      }
      if utf8 { patterns.append(["한국", "किम 한", "é"].randomElement(using: &rng)!) }
      var text = ""
      for _ in 0..<Int.random(in: 0...40, using: &rng) { text += syllables.randomElement(using: &rng)! }
      let m = try makeMatcher(patterns, kind: kind, engine: engine)
      #expect(m.compact == !utf8)
      let fast = m.matches(in: text).map { "\($0.pattern.rawValue):\($0.utf8Range)" }
      let slow = naive(patterns, text, kind: kind).map { "\($0.0):\($0.1)" }
      #expect(fast == slow, "\(engine) round \(round): \(patterns) in \(text)")
      #expect(m.count(in: text) == slow.count, "\(engine) round \(round)")
    }
  }

  @Test func matchesAreOrderedNonOverlappingAndInsideTheText() throws {
    let m = try GlossaryMatcher(glossary: .default)
    let text = try Fixtures.text("seed-like.txt")
    var last = 0
    var count = 0
    for match in m.matches(in: text) {
      #expect(match.utf8Range.lowerBound >= last)
      #expect(match.utf8Range.upperBound <= text.utf8.count)
      last = match.utf8Range.upperBound
      count += 1
    }
    #expect(count >= 10)
  }
}

@Suite struct FastFoldTests {
  /// The one-pass fold gives MatchKey's key whenever it takes the text.
  @Test func fastFoldEqualsMatchKey() throws {
    var rng = SplitMix64(seed: 7)
    let pieces = [
      "क", "ी", "ा", "ं", "ँ", "न", "्", "म", "ङ", "़", "\u{0958}", "\u{0929}", "ऑ", "ॉ", " ", "  ", "-", "\u{2013}",
      "\u{00A0}", "\u{200B}", "\u{200D}", "A", "z", "é", "e\u{0301}", "한", "\r\n", "\t", "ई", "।",
    ]
    var taken = 0
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...25, using: &rng) { text += pieces.randomElement(using: &rng)! }
      var key: [UInt8] = []
      var starts: [Int32] = []
      var ends: [Int32] = []
      let fast = Array(text.utf8).withUnsafeBufferPointer {
        _FastFold.fold($0, key: &key, starts: &starts, ends: &ends)
      }
      guard fast else { continue }
      taken += 1
      var folded = String(decoding: key, as: UTF8.self)
      if folded.hasSuffix(" ") { folded.removeLast() }
      #expect(folded == MatchKey(text).text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      #expect(_FastFold.key(text) == folded)
      #expect(starts.count == key.count && ends.count == key.count)
      for (s, e) in zip(starts, ends) { #expect(s >= 0 && s < e && Int(e) <= text.utf8.count) }
    }
    #expect(taken > 500)
  }
}

@Suite struct WindowedSearchTests {
  /// A long line searched in small windows gives exactly the matches of one whole search,
  /// in every match kind.
  @Test func windowsFindWhatOneSearchFinds() throws {
    let base = try Fixtures.text("seed-like.txt").split(separator: "\n").joined(separator: " ")
    let glossary = try Glossary.default
    var rng = SplitMix64(seed: 21)
    // Spaces, tabs and danda runs where windows may be cut, and words glued to matches.
    let pieces = base.split(separator: " ").map(String.init)
    var long = ""
    for _ in 0..<3000 {
      long += pieces.randomElement(using: &rng)!
      long += ["  ", " ", "\t", "। ", "-", " \u{200B}", "", "  "].randomElement(using: &rng)!
    }
    for kind in [MatchKind.leftmostLongest, .leftmostFirst, .overlapping] {
      var configuration = GlossaryMatcher.Configuration()
      configuration.matchKind = kind
      var whole = try GlossaryMatcher(glossary: glossary, configuration: configuration)
      whole.windowBytes = 1 << 30
      let expected = whole.matches(in: long)
      #expect(expected.count > 100)
      for window in [1, 40, 333, 4096] {
        var windowed = whole
        windowed.windowBytes = window
        let got = windowed.matches(in: long)
        #expect(got == expected, "\(kind) window \(window): \(got.count) vs \(expected.count)")
        #expect(windowed.count(in: long) == expected.count)
      }
    }
  }
}

extension FastFoldTests {
  /// The fast path (one table read per Devanagari scalar) folds exactly as the general path:
  /// the same key bytes and source ranges, in both encodings, on random text and real lines.
  @Test func fastPathEqualsGeneralPath() throws {
    var rng = SplitMix64(seed: 13)
    let pieces = [
      "क", "ी", "ा", "ं", "ँ", "न", "्", "म", "ङ", "ण", "़", "\u{0958}", "\u{0929}", "ऑ", "ॉ", " ", "  ", "-",
      "\u{2013}", "\u{00A0}", "\u{200B}", "\u{200C}", "\u{200D}", "A", "z", "é", "한", "\t", "ई", "।", "ः", "ॐ",
      "\u{0951}", "र", "ग", "ाा", "ां", "न्", "ऩ्",
    ]
    var texts: [String] = (try? Fixtures.text("seed-like.txt").split(separator: "\n").map(String.init)) ?? []
    for _ in 0..<5000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...30, using: &rng) { text += pieces.randomElement(using: &rng)! }
      texts.append(text)
    }
    var compared = 0
    for text in texts {
      for compact in [true, false] {
        var (k1, s1, e1): ([UInt8], [Int32], [Int32]) = ([], [], [])
        var (k2, s2, e2): ([UInt8], [Int32], [Int32]) = ([], [], [])
        let bytes = Array(text.utf8)
        let a: Bool = bytes.withUnsafeBufferPointer {
          _FastFold.fold($0, compact: compact, key: &k1, starts: &s1, ends: &e1, fastPaths: true)
        }
        let b: Bool = bytes.withUnsafeBufferPointer {
          _FastFold.fold($0, compact: compact, key: &k2, starts: &s2, ends: &e2, fastPaths: false)
        }
        #expect(a == b, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        guard a && b else { continue }
        compared += 1
        #expect(k1 == k2 && s1 == s2 && e1 == e2, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
    #expect(compared > 2000)
  }
}

@Suite struct AutomatonTests {
  /// The sparse NFA (large pattern sets) reports exactly what the DFA reports.
  @Test func sparseNFAAgreesWithDFA() throws {
    var rng = SplitMix64(seed: 99)
    let alphabet: [UInt8] = Array("कमगन ".utf8)
    for _ in 0..<200 {
      var patterns: [[UInt8]] = []
      for _ in 0..<Int.random(in: 1...30, using: &rng) {
        patterns.append((0..<Int.random(in: 1...9, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
      }
      let text = (0..<Int.random(in: 0...200, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
      let dfa = try _ByteDFA(patterns: patterns)
      let nfa = _SparseNFA(patterns: patterns)
      var a: [String] = []
      var b: [String] = []
      text.withUnsafeBufferPointer { t in
        dfa.scan(t) { a.append("\($0)@\($1)") }
        nfa.scan(t) { b.append("\($0)@\($1)") }
      }
      #expect(a.sorted() == b.sorted())
    }
  }

  @Test func largePatternSetsUseTheCompactAutomaton() throws {
    var rng = SplitMix64(seed: 5)
    var b = GlossaryMatcher.Builder()
    let kam = b.add("कम")
    let kaman = b.add("कमन")
    for _ in 0..<60_000 {
      var p = ""
      for _ in 0..<8 { p.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0x0915...0x0939, using: &rng))!) }
      b.add(p)
    }
    let m = try b.build()
    #expect(m.trie != nil && m.automaton == nil, "word boundaries search with the trie")
    #expect(m.memoryBytes < 10_000_000)
    #expect(m.matches(in: "कम और कमन").map(\.pattern) == [kam, kaman])
    b.configuration.requiresWordBoundaries = false
    let anywhere = try b.build()
    #expect(anywhere.automaton?.isSparse == true, "expected the sparse automaton")
    #expect(anywhere.memoryBytes < 20_000_000)
    #expect(anywhere.matches(in: "कम और कमन").map(\.pattern) == [kam, kaman])
  }
}

@Suite struct FuzzyMatchTests {
  let glossary = Glossary(entries: [
    GlossaryEntry(
      id: "person.kim-yong-beom", kind: .person, english: "Kim Yong-beom", hindi: "किम योंग-बीओम", sources: ["x"]),
    GlossaryEntry(id: "company.coupang", kind: .company, english: "Coupang", hindi: "कूपांग", sources: ["x"]),
    GlossaryEntry(id: "place.seoul", kind: .place, english: "Seoul", hindi: "सोल", sources: ["x"]),
    GlossaryEntry(id: "person.moon-jae-in", kind: .person, english: "Moon Jae-in", hindi: "मून जे-इन", sources: ["x"]),
    GlossaryEntry(id: "company.nexon", kind: .company, english: "Nexon", hindi: "नेक्सन", sources: ["x"]),
    GlossaryEntry(id: "place.kaesong", kind: .place, english: "Kaesong", hindi: "केसोंग", sources: ["x"]),
    GlossaryEntry(id: "term.process", kind: .term, english: "process", hindi: "प्रक्रिया", sources: ["x"]),
  ])

  func matcher(fuzzy: Bool) throws -> GlossaryMatcher {
    var c = GlossaryMatcher.Configuration()
    c.fuzzy = fuzzy
    return try GlossaryMatcher(glossary: glossary, configuration: c)
  }

  @Test(arguments: [
    "किम योग-बीओम",  // missing anusvara
    "किम योंग-बओम",  // missing vowel sign
    "किम योंगे-बीओम",  // extra vowel sign
    "किम योंग-बीअोम",  // swapped matra? (independent vowel: not an edit of a sign)
    "कूपैंग",  // AI inserted before the nasal
    "किम योंगबीओम",  // two words joined
    "किम योंग-बीयोम",  // a vowel letter written as glide and sign
    "मून जै-इन",  // E and AI swapped
    "मून जे-इनो",  // a vowel sign at the end
  ])
  func oneEditAway(_ text: String) throws {
    let exact = try matcher(fuzzy: false).matches(in: "श्री \(text) ने")
    let fuzzy = try matcher(fuzzy: true).matches(in: "श्री \(text) ने")
    if text == "किम योंग-बीअोम" {
      #expect(fuzzy.isEmpty)
    } else {
      #expect(exact.isEmpty)
      #expect(fuzzy.count == 1)
      #expect(fuzzy.first?.quality == .fuzzy)
      #expect(fuzzy.first?.surface == text)
    }
  }

  /// What real text showed to be other words and names: a vowel swapped for another than its
  /// pair (Nixon for Nexon), a word split off as a postposition (के सोंग, "of Song"), and any
  /// neighbour of an ordinary word (terms get no variants).
  @Test(arguments: ["निक्सन", "के सोंग", "प्रक्रियाा", "प्रक्रियो"])
  func otherWordsAreNotFuzzy(_ text: String) throws {
    #expect(try matcher(fuzzy: true).matches(in: "श्री \(text) ने").isEmpty)
  }

  @Test func shortKeysAndExactMatchesAreNotFuzzy() throws {
    let m = try matcher(fuzzy: true)
    #expect(m.matches(in: "सोला और सूल").isEmpty)  // सोल has 3 scalars
    let exact = m.matches(in: "किम योंग-बीओम और कूपांग")
    #expect(exact.map(\.quality) == [.houseStyle, .houseStyle])
  }
}

extension FuzzyMatchTests {
  /// `count(in:)` is `matches(in:).count`, fuzzy on or off, in every match kind; and a fuzzy
  /// hit is found in overlapping mode too, never overlapping an exact match.
  @Test(arguments: [MatchKind.leftmostLongest, .leftmostFirst, .overlapping])
  func countAgreesWithMatchesAndOverlappingIsFuzzyToo(_ kind: MatchKind) throws {
    var c = GlossaryMatcher.Configuration()
    c.fuzzy = true
    c.matchKind = kind
    c.fuzzyStopWords = StopWords(words: ["कूपैंग"])
    let m = try GlossaryMatcher(glossary: glossary, configuration: c)
    let texts = ["श्री किम योग-बीओम ने कूपांग से", "कूपैंग और कूपांग", "किम योंग-बीओम", "", "सोल"]
    for text in texts {
      #expect(m.count(in: text) == m.matches(in: text).count, "\(kind): \(text)")
    }
    let found = m.matches(in: "श्री किम योग-बीओम ने कूपांग से")
    #expect(found.map(\.quality) == [.fuzzy, .houseStyle], "\(kind)")
    // A stop-word phrase is dropped by count as by matches.
    #expect(m.count(in: "कूपैंग और कूपांग") == 1)
  }
}
