import Testing

@testable import HinGloss

/// Text that trusted text libraries are fed by fuzzers and attackers: each gives a correct
/// result or a clear error, and nothing crashes.
@Suite struct HostileInputTests {
  static let scripts: [(String, String)] = [
    ("Latin", "Hello, wörld"), ("Greek", "Καλημέρα κόσμε"), ("Cyrillic", "Привет мир"), ("Armenian", "Բարեւ աշխարհ"),
    ("Hebrew", "שלום עולם"), ("Arabic", "مرحبا بالعالم"), ("Bengali", "ওহে বিশ্ব"), ("Gurmukhi", "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ"),
    ("Gujarati", "નમસ્તે દુનિયા"), ("Tamil", "வணக்கம் உலகம்"), ("Telugu", "హలో ప్రపంచం"), ("Kannada", "ನಮಸ್ಕಾರ ಜಗತ್ತು"),
    ("Malayalam", "ഹലോ ലോകം"), ("Sinhala", "ආයුබෝවන් ලෝකය"), ("Thai", "สวัสดีชาวโลก"), ("Georgian", "გამარჯობა მსოფლიო"),
    ("Hangul", "안녕하세요 세계"), ("Japanese", "こんにちは世界"), ("Han", "你好世界"), ("Ethiopic", "ሰላም ልዑል"),
    ("Emoji", "👋🏽🌍 👨‍👩‍👧"), ("Hangul jamo", "\u{1100}\u{1161}\u{11A8}"),
  ]

  static let matcher: GlossaryMatcher? = try? GlossaryMatcher(glossary: .default)
  static let romanizer: Romanizer? = try? Romanizer(glossary: .default)

  @Test(arguments: scripts.map(\.0))
  func otherScriptsPassThroughUnharmed(_ name: String) throws {
    let text = try #require(Self.scripts.first { $0.0 == name }).1
    let mixed = "कूपांग \(text) किम योंग-बीओम"
    let n = HindiNormalizer().normalize(mixed)
    #expect(n.originalUTF8Range(for: 0..<n.text.utf8.count).upperBound <= mixed.utf8.count)
    let matches = try #require(Self.matcher).matches(in: mixed)
    #expect(matches.map { $0.entry?.english } == ["Coupang", "Kim Yong-beom"])
    #expect(
      HindiRomanizer().romanize(text) == (try ICU.Normalization.nfc.normalize(text))
        || HindiRomanizer().romanize(text) == text)
    _ = try #require(Self.romanizer).romanize(text)
    _ = MatchKey(text)
  }

  @Test func rightToLeftMarksAndIsolates() throws {
    let text = "\u{200F}कूपांग\u{200E} \u{2067}किम योंग-बीओम\u{2069}"
    let matches = try #require(Self.matcher).matches(in: text)
    #expect(matches.map { $0.entry?.english } == ["Coupang", "Kim Yong-beom"])
    for m in matches { #expect(String(text[m.range(in: text)]) == m.surface) }
  }

  @Test func deeplyRepeatedCombiningMarks() throws {
    let text = "क" + String(repeating: "\u{093C}\u{0901}\u{0902}\u{094D}", count: 10_000) + " कूपांग"
    let n = HindiNormalizer().normalize(text)
    #expect(!n.text.isEmpty)
    #expect(try #require(Self.matcher).matches(in: text).count == 1)
    _ = HindiRomanizer().romanize(String(text.prefix(200)))
    _ = try #require(Self.romanizer).romanize(String(text.prefix(300)))
  }

  @Test func nulBytesAndControlCharacters() throws {
    let text = "\u{0}कूपांग\u{0}\u{7}\u{1B}[31m कूपंग"
    #expect(try #require(Self.matcher).matches(in: text).count == 2)
    #expect(HindiNormalizer().normalize(text).text == text)
  }

  @Test func emptyAndWhitespaceOnly() throws {
    let expected = ["": "", " ": "", "\n\n": "\n\n", "\u{00A0}\u{2003}": "\u{00A0}\u{2003}", "-": "-", "।": "."]
    for text in ["", " ", "\n\n", "\u{00A0}\u{2003}", "-", "।"] {
      #expect(try #require(Self.matcher).matches(in: text).isEmpty)
      let r = try #require(Self.romanizer).romanize(text)
      #expect(r.text == expected[text] && r.origin == .hindi, "\(text.debugDescription) -> \(r.text.debugDescription)")
    }
  }

  @Test func glossaryFileWithAMillionRows() throws {
    var text = "id\tkind\tenglish\thindi\tsource\n"
    text.reserveCapacity(60_000_000)
    for i in 0..<1_000_000 { text += "term.t\(i)\tterm\tt\(i)\tक\tx\n" }
    let entries = try Glossary.parseEntries(Array(text.utf8), file: "big.tsv")
    #expect(entries.count == 1_000_000)
    #expect(entries.last?.location?.line == 1_000_001)
  }
}

/// Shared values hammered from 8 tasks give what a serial run gives.
@Suite struct ConcurrencyTests {
  @Test func sharedRomanizerGlossaryAndMatcher() async throws {
    let glossary = try Glossary.default
    let romanizer = try Romanizer(glossary: glossary)
    let matcher = try GlossaryMatcher(glossary: glossary)
    let inputs = glossary.entries.prefix(300).map(\.hindi) + ["किम मिन-जी", "नरेंद्र मोदी", "कूपांग ने कहा कि किम योंग-बीओम"]
    func work() -> [String] {
      inputs.map { input in
        let r = romanizer.romanize(input).text
        let m = matcher.matches(in: "खबर: \(input) ने कहा").map { "\($0.utf8Range)\($0.entry?.id ?? "")" }.joined(
          separator: ",")
        let l = glossary.lookup(hindi: input).map(\.id).joined(separator: ",")
        return "\(r)|\(m)|\(l)"
      }
    }
    let serial = work()
    let results = await withTaskGroup(of: [String].self) { group in
      for _ in 0..<8 { group.addTask { work() } }
      var all: [[String]] = []
      for await r in group { all.append(r) }
      return all
    }
    #expect(results.count == 8)
    for r in results { #expect(r == serial) }
  }
}
