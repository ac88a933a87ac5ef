import Foundation
import Testing

@testable import HinGloss

/// Linking in running text: sentences written for these tests, with spellings the glossary
/// does not list (found in real pages or composed by the house rules of Hindi writers).
@Suite struct EntityLinkerTests {
  static let linker: EntityLinker? = {
    var configuration = EntityLinker.Configuration()
    configuration.discover = true
    guard let glossary = try? Glossary.default, let korean = try? KoreanNameRomanizer() else { return nil }
    return try? EntityLinker(glossary: glossary, korean: korean, configuration: configuration)
  }()

  func mentions(_ lines: [String]) throws -> [[Mention]] {
    try #require(Self.linker).link(document: lines)
  }

  @Test func spellingTheGlossaryDoesNotListLinksThroughTheModel() throws {
    // बाए for Bae, as a real page writes बाए योन जु for Bae Yeon-ju.
    let line = "विज्ञान मंत्री बाए क्युंग-हुन ने बैठक में कहा।"
    let glossary = try Glossary.default
    #expect(glossary.lookup(hindi: "बाए क्युंग-हुन").isEmpty)
    let m = try #require(try mentions([line])[0].first { $0.surface == "बाए क्युंग-हुन" })
    #expect(m.entry?.id == "person.bae-kyung-hoon")
    #expect(m.quality == .romanized)
    #expect((m.probability ?? 0) > 0)
  }

  @Test func givenNameFirstLinksToo() throws {
    let m = try #require(try mentions(["आयोग की अध्यक्ष क्यूंग-ही सोंग ने कहा।"])[0].first { $0.kind == .person })
    #expect(m.entry?.id == "person.song-kyung-hee")
    #expect(m.surface == "क्यूंग-ही सोंग")
  }

  @Test func aSurnameAloneAfterTheFullNameIsCoreferent() throws {
    let lines = ["राष्ट्रपति ली जे म्युंग इस मुद्दे को गंभीरता से लेते हैं।", "ब्रीफिंग के दौरान ली ने कहा कि जांच होगी।"]
    let found = try mentions(lines)
    let lee = try #require(found[1].first { $0.surface == "ली" })
    #expect(lee.entry?.id == "person.lee-jae-myung")
    #expect(lee.quality == .coreferent)
  }

  @Test func theVerbLiIsNotAName() throws {
    let lines = ["राष्ट्रपति ली जे म्युंग ने बैठक बुलाई।", "उन्होंने जिम्मेदारी ले ली है।"]
    #expect(try mentions(lines)[1].isEmpty)
    // And no surname links before the full name was written.
    #expect(try mentions(["ली ने कहा।"])[0].isEmpty)
  }

  @Test func inflectedFormsOfNounsAndPlaces() throws {
    let found = try mentions(["दक्षिण कोरियाई कंपनियों के उपयोगकर्ताओं की संख्या बढ़ी।"])[0]
    let korea = try #require(found.first { $0.surface == "दक्षिण कोरियाई" })
    #expect(korea.entry?.id == "place.south-korea")
    #expect(korea.quality == .inflected)
    #expect(found.contains { $0.surface == "उपयोगकर्ताओं" && $0.quality == .inflected })
  }

  @Test func unknownKoreanNamesAreDiscovered() throws {
    let found = try mentions(["दक्षिण कोरिया के खिलाड़ी लिम डो-ह्यून ने गोल किया।"])[0]
    let m = try #require(found.first { $0.quality == .discovered })
    #expect(m.entry == nil)
    #expect(m.kind == .person)
    #expect(m.english == "Lim Do-hyun")
    #expect(!m.candidates.isEmpty && !m.hangul.isEmpty)
    #expect(m.candidates.reduce(0) { $0 + $1.probability } <= 1 + 1e-9)
  }

  @Test func discoveryIsOffByDefault() throws {
    let linker = try EntityLinker(glossary: try Glossary.default, korean: try KoreanNameRomanizer())
    #expect(!linker.link(line: "खिलाड़ी लिम डो-ह्यून ने गोल किया।").contains { $0.quality == .discovered })
    // A glossary person in a spelling the glossary lacks links instead (Kim Min-jae).
    #expect(linker.link(line: "खिलाड़ी किम मिन-जे ने गोल किया।").first?.entry?.english == "Kim Min-jae")
  }

  @Test func kindsFilter() throws {
    var configuration = EntityLinker.Configuration()
    configuration.kinds = [.person]
    let linker = try EntityLinker(glossary: try Glossary.default, korean: try KoreanNameRomanizer(), configuration: configuration)
    let found = linker.link(line: "दक्षिण कोरिया के राष्ट्रपति ली जे म्युंग ने कूपांग पर बैठक की।")
    #expect(found.map { $0.entry?.id } == ["person.lee-jae-myung"])
  }

  @Test func offsetsPointIntoTheLine() throws {
    let line = "विदेश मंत्री चो ह्यून और बाए क्युंग-हुन मिले।"
    for m in try mentions([line])[0] {
      #expect(String(line[m.range(in: line)]) == m.surface)
    }
  }
}

@Suite struct EntityLinkerWindowTests {
  @Test func aLongLineIsLinkedInWindowsWithTheSameMentions() throws {
    let glossary = try Glossary.default
    let linker = try EntityLinker(glossary: glossary, korean: try KoreanNameRomanizer())
    let sentence = "राष्ट्रपति ली जे म्युंग ने कहा कि बाए क्युंग-हुन और कूपांग के अधिकारी मिलेंगे। "
    let one = linker.link(line: sentence)
    let count = EntityLinker.window / sentence.utf8.count * 3
    let line = String(repeating: sentence, count: count)
    let found = linker.link(line: line)
    #expect(found.count == one.count * count)
    for m in found { #expect(String(line[m.range(in: line)]) == m.surface) }
  }
}

@Suite struct HashSet64Tests {
  /// Every value put in is found, none other is (zero and colliding probes included).
  @Test func membershipIsExact() {
    var generator = SystemRandomNumberGenerator()
    let inside = (0..<5_000).map { _ in UInt64.random(in: 1...UInt64.max, using: &generator) } + [0, 1, 2, 1 << 63]
    let set = HashSet64(inside)
    for v in inside { #expect(set.contains(v)) }
    let known = Set(inside)
    var outside = 0
    while outside < 5_000 {
      let v = UInt64.random(in: 3...UInt64.max, using: &generator)
      guard !known.contains(v) else { continue }
      #expect(!set.contains(v))
      outside += 1
    }
    #expect(!HashSet64([]).contains(0))
    #expect(!HashSet64([7]).contains(0))
  }
}

extension EntityLinkerTests {
  /// A word's key hash read from the line's key is the hash of the word's own match key, on
  /// every line of the shared corpus and on hyphens, joiners, nukta and dashes at word edges.
  @Test func wordKeysFromTheLineAreTheWordsOwn() throws {
    let linker = try EntityLinker(glossary: .default, korean: KoreanNameRomanizer())
    var lines = [
      "योंग- बीओम -किम", "-", "--", "ज़ी‍न", "क्यूङ्ग हिन्द", "किम—ली", "कूपां ग", "ली–जे  म्युंग ।", "a-b क-", "हँस  हंस",
    ]
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    let text = try #require(
      try? String(contentsOf: root.appendingPathComponent("hi-ntrex128-newstest2019.txt"), encoding: .utf8),
      "the shared corpus (../shared/corpus) is needed")
    lines += text.split(whereSeparator: \.isNewline).map(String.init)
    for line in lines {
      for word in linker.words(in: line) where word.usesRenderingLetters {
        #expect(word.key == EntityLinker.fnv(MatchKey.key(word.text)), "\(word.text) at \(word.range) in \(line.prefix(80))")
      }
    }
  }
}

extension EntityLinkerTests {
  /// The word-by-word key hash (for lines the one-pass fold does not take) agrees too.
  @Test(arguments: ["-से-", "योंग-", "-", "ज़ी‍न", "क्यूङ्ग", "कूपां"])
  func wordKeyHashIsTheMatchKeys(_ word: String) {
    var copy = word
    let hash = copy.withUTF8 { EntityLinker.keyHash($0) }
    #expect(hash == EntityLinker.fnv(MatchKey.key(word)))
  }
}

extension EntityLinkerTests {
  /// A person's glossary form one edit away links (a real spelling of the NTREX file, where
  /// the glossary has री योंग हो); an ordinary phrase of the same shape does not.
  @Test func aPersonOneEditAwayLinksAsFuzzy() throws {
    let linker = try EntityLinker(glossary: .default, korean: KoreanNameRomanizer())
    let found = linker.link(line: "उत्तर कोरिया के विदेशी मंत्री री यान्ग-हो ने कहा")
    let person = try #require(found.first { $0.entry?.kind == .person })
    #expect(person.entry?.id == "person.ri-yong-ho")
    #expect(person.quality == .fuzzy)
    #expect(person.surface == "री यान्ग-हो")
    var off = EntityLinker.Configuration()
    off.fuzzyPeople = false
    let strict = try EntityLinker(glossary: .default, korean: KoreanNameRomanizer(), configuration: off)
    #expect(!strict.link(line: "उत्तर कोरिया के विदेशी मंत्री री यान्ग-हो ने कहा").contains { $0.entry?.kind == .person })
  }
}
