import Foundation
import Testing

@testable import HinGloss

@Suite struct TerminologyQATests {
  static let glossary = Glossary(entries: [
    GlossaryEntry(id: "company.coupang", kind: .company, english: "Coupang", hindi: "कूपांग", variants: ["कूपंग"], sources: ["t"]),
    GlossaryEntry(id: "place.south-korea", kind: .place, english: "South Korea", hindi: "दक्षिण कोरिया", variants: ["साउथ कोरिया"], deprecated: ["दक्षिणी कोरिया"], sources: ["t"]),
    GlossaryEntry(id: "place.korea", kind: .place, english: "Korea", hindi: "कोरिया", sources: ["t"]),
    GlossaryEntry(id: "org.yonhap", kind: .organization, english: "Yonhap News Agency", hindi: "योनहाप", variants: ["योनहाप समाचार एजेंसी"], aliases: ["Yonhap"], sources: ["t"]),
    GlossaryEntry(id: "person.kim-yong-beom", kind: .person, english: "Kim Yong-beom", hindi: "किम योंग-बीओम", hangul: "김용범", sources: ["t"]),
    GlossaryEntry(id: "term.data-breach", kind: .term, english: "data breach", hindi: "डेटा उल्लंघन", sources: ["t"]),
  ])
  static let qa: TerminologyQA = {
    do { return try TerminologyQA(glossary: glossary, korean: nil) } catch { fatalError("\(error)") }
  }()

  static func summary(_ findings: [TerminologyQA.Finding]) -> [String] {
    findings.map { "\($0.kind.rawValue) \($0.id ?? $0.english) \($0.found ?? "-")" }
  }

  @Test func houseStyleEverywhereHasNoFindings() {
    let f = Self.qa.check(english: "Coupang's data breach shook South Korea, Yonhap said.", hindi: "योनहाप ने कहा कि कूपांग के डेटा उल्लंघन से दक्षिण कोरिया हिल गया।")
    #expect(f.isEmpty)
  }

  @Test func severalEntitiesInOneSegment() {
    let f = Self.qa.check(
      english: "Kim Yong-beom said Coupang's data breach worried South Korea and Korea's regulators.",
      hindi: "किम योंग बीओम ने कहा कि कूपंग से साउथ कोरिया चिंतित है, दक्षिणी कोरिया के नियामक भी।", line: 7)
    #expect(Self.summary(f) == [
      "variant person.kim-yong-beom किम योंग बीओम", "variant company.coupang कूपंग", "missing term.data-breach -",
      "variant place.south-korea साउथ कोरिया", "deprecated place.south-korea दक्षिणी कोरिया",
    ])
    #expect(f.allSatisfy { $0.line == 7 })
    #expect(f.first?.expected == "किम योंग-बीओम")
    // कोरिया inside साउथ कोरिया counts for Korea: no finding for place.korea.
    #expect(!f.contains { $0.id == "place.korea" })
  }

  @Test func aFormInsideALongerFormOfTheSameEntryIsPartOfIt() {
    let f = Self.qa.check(english: "Yonhap News Agency reported.", hindi: "योनहाप समाचार एजेंसी ने बताया।")
    #expect(Self.summary(f) == ["variant org.yonhap योनहाप समाचार एजेंसी"])
  }

  @Test func repeatedEntityIsCheckedOnce() {
    let f = Self.qa.check(english: "Coupang, Coupang, Coupang.", hindi: "कंपनी।")
    #expect(Self.summary(f) == ["missing company.coupang -"])
  }

  @Test func unknownKoreanNameGetsTheModelsReading() throws {
    let qa = try TerminologyQA(glossary: Self.glossary, korean: KoreanNameRomanizer())
    // "Kim" is a surname of a glossary person with Hangul; Kim Jae-won is in no entry.
    let f = qa.check(english: "Kim Jae-won spoke.", hindi: "किम जे-वोन ने कहा।")
    let name = try #require(f.first { $0.kind == .koreanName })
    #expect(name.english == "Kim Jae-won")
    #expect(name.id == nil)
    if let found = name.found {
      #expect(found.hasPrefix("किम"))
      #expect((name.probability ?? 0) > 0)
    }
    // Not shaped like a name, or a known entry: nothing to report.
    #expect(qa.check(english: "Kim Yong-beom spoke.", hindi: "किम योंग-बीओम ने कहा।").isEmpty)
  }
}
