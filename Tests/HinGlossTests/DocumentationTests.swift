import Foundation
import HinGloss
import Testing

/// The values that the DocC articles (`Sources/HinGloss/HinGloss.docc`) promise in their
/// snippets' comments, checked against the library as it is.
@Suite struct DocumentationTests {
  @Test func normalizeAndKeyHindiText() {
    let normalizer = HindiNormalizer()
    let n = normalizer.normalize("\u{0958}ानून")
    #expect(n.text.unicodeScalars.count == 6)
    #expect(n.originalUTF8Range(for: 0..<6) == 0..<3)
    #expect(normalizer.canonical("कूपांग\u{200B} में") == "कूपांग में")
    #expect(normalizer.isNormalized("कूपांग में"))

    #expect(MatchKey.key("कूपांग") == MatchKey.key("कूपंग"))
    #expect(MatchKey.key("किम योंग-बीओम") == "किम योंग बिओम")
    #expect(MatchKey.key("हिन्दी") == "हिंदि")
    let key = MatchKey("कूपांग में")
    #expect(key.text == "कुपंग में")
    #expect(key.offsetMap.sourceRange(for: 0..<15) == 0..<18)
  }

  @Test func romanizeAName() throws {
    let romanizer = try Romanizer(glossary: .default)
    #expect(romanizer.romanize("कूपंग").text == "Coupang")
    #expect(romanizer.romanize("ली जे म्युंग").text == "Lee Jae-myung")
    #expect(romanizer.romanize("अटल बिहारी वाजपेयी").text == "Atal Bihari Vajpeyi")
    #expect(romanizer.romanize("किम मिन-जून").text == "Kim Min-joon")
    #expect(romanizer.romanize("अटल बिहारी").text == "Atal Bihari")
    guard case .glossary(let entry) = romanizer.romanize("किम योंग-बीओम").origin else {
      Issue.record("no glossary answer")
      return
    }
    #expect(entry.id == "person.kim-yong-beom")
    #expect(try Romanizer(glossary: nil).romanize("कूपंग").text == "Koo-pong")

    let korean = try KoreanNameRomanizer()
    #expect(korean.romanize("ली जे म्युंग").text == "Lee Jae-myung")
    #expect(korean.candidates("किम योंग-बीओम", limit: 3).first?.text == "Kim Yong-beom")
    #expect(korean.hangulCandidates("किम योंग-बीओम", limit: 3).first?.hangul == "김용범")
    #expect(!korean.isKoreanLike("अटल बिहारी वाजपेयी"))

    #expect(HindiRomanizer().romanize("नरेंद्र मोदी", titleCase: true) == "Narendra Modi")
    #expect(try HindiRomanizer(scheme: .iso15919).romanize("किम") == "kima")
    #expect(HindiRomanizer().romanize("समझना") == "samajhna")
  }

  @Test func keepAGlossary() throws {
    let glossary = try Glossary.default
    #expect(glossary.lookup(hindi: "किम योंग बीओम").first?.english == "Kim Yong-beom")
    #expect(glossary.lookup(english: "coupang").first?.hindi == "कूपांग")
    #expect(glossary.lookup(hangul: "쿠팡").first?.id == "company.coupang")
    #expect(glossary.lookup("कूपंग").first?.english == "Coupang")
    #expect(glossary.nearest("किम मिन-जून", limit: 3).count == 3)
  }

  @Test func findEntitiesInText() throws {
    let glossary = try Glossary.default
    let matcher = try GlossaryMatcher(glossary: glossary)
    let text = "कूपंग ने कहा कि किम योंग-बीओम बैठक करेंगे"
    let found = matcher.matches(in: text)
    #expect(found.map(\.utf8Range) == [0..<15, 40..<75])
    #expect(found.map { $0.entry?.id } == ["company.coupang", "person.kim-yong-beom"])
    #expect(found.map(\.quality) == [.variant, .houseStyle])
    #expect("\(found[1].quality)" == "houseStyle")

    var builder = GlossaryMatcher.Builder()
    let seoul = builder.add("सियोल")
    let cities = try builder.build()
    #expect(cities.matches(in: "सीयोल में बैठक").first?.pattern == seoul)

    let english = EnglishMatcher(glossary: glossary)
    let surfaces = english.matches(in: "Coupang said KIM Yong Beom would chair it.").map(\.surface)
    #expect(surfaces == ["Coupang", "KIM Yong Beom", "chair"])

    #expect(
      AnnotationRenderer.inline(text, matches: found)
        == "कूपंग [Coupang] ने कहा कि किम योंग-बीओम [Kim Yong-beom] बैठक करेंगे")

    let lint = try Lint(matcher: matcher, korean: KoreanNameRomanizer())
    let findings = lint.lint(lines: ["कूपंग ने कहा। बाद में कूपांग ने माफ़ी मांगी।"])
    #expect(findings.map(\.kind) == [.inconsistentSpelling])

    let qa = try TerminologyQA(glossary: glossary, korean: KoreanNameRomanizer())
    let qaFindings = qa.check(
      english: "Coupang said Kim Yong-beom would chair it.",
      hindi: "कूपंग ने कहा कि किम योंग-बीओम बैठक की अध्यक्षता करेंगे")
    #expect(qaFindings.map(\.kind) == [.variant, .missing])
    #expect(qaFindings.map(\.id) == ["company.coupang", "title.chair"])
  }
}
