import Testing

@testable import HinGloss

@Suite struct EnglishMatcherTests {
  static let glossary = Glossary(entries: [
    GlossaryEntry(id: "place.korea", kind: .place, english: "Korea", hindi: "कोरिया", sources: ["t"]),
    GlossaryEntry(id: "place.south-korea", kind: .place, english: "South Korea", hindi: "दक्षिण कोरिया", aliases: ["Republic of Korea", "ROK"], sources: ["t"]),
    GlossaryEntry(id: "person.kim-yong-beom", kind: .person, english: "Kim Yong-beom", hindi: "किम योंग-बीओम", sources: ["t"]),
    GlossaryEntry(id: "term.task-force", kind: .term, english: "task force", hindi: "टास्क फोर्स", aliases: ["TF"], sources: ["t"]),
    GlossaryEntry(id: "company.samsung-ct", kind: .company, english: "Samsung C&T", hindi: "सैमसंग सी एंड टी", sources: ["t"]),
  ])
  static let matcher = EnglishMatcher(glossary: glossary)

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var expected: [(id: String, utf8: Range<Int>, quality: Match.Quality)]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    .init(name: "exact", text: "Kim Yong-beom said", expected: [("person.kim-yong-beom", 0..<13, .houseStyle)]),
    .init(name: "caseAndSpacing", text: "KIM  yong beom said", expected: [("person.kim-yong-beom", 0..<14, .folded)]),
    .init(name: "enDash", text: "Kim Yong–beom", expected: [("person.kim-yong-beom", 0..<15, .folded)]),
    .init(name: "longestWins", text: "in South Korea today", expected: [("place.south-korea", 3..<14, .houseStyle)]),
    .init(name: "alias", text: "the Republic of Korea.", expected: [("place.south-korea", 4..<21, .variant)]),
    .init(name: "notInsideAWord", text: "Korean food, Koreas", expected: []),
    .init(name: "possessive", text: "Korea's economy", expected: [("place.korea", 0..<5, .houseStyle)]),
    .init(name: "curlyPossessive", text: "Korea’s economy", expected: [("place.korea", 0..<5, .houseStyle)]),
    .init(name: "acronymOnlyInCapitals", text: "the TF met; tf rok ROK", expected: [("term.task-force", 4..<6, .variant), ("place.south-korea", 19..<22, .variant)]),
    .init(name: "contractionIsNoMatch", text: "we Korea't; Korea’t Korea'ts", expected: [("place.korea", 22..<27, .houseStyle)]),
    .init(name: "punctuationInPattern", text: "Samsung C&T shares", expected: [("company.samsung-ct", 0..<11, .houseStyle)]),
    .init(name: "offsetsAfterNonASCII", text: "Über: Korea", expected: [("place.korea", 7..<12, .houseStyle)]),
    .init(name: "several", text: "Korea, South Korea and a task force", expected: [("place.korea", 0..<5, .houseStyle), ("place.south-korea", 7..<18, .houseStyle), ("term.task-force", 25..<35, .houseStyle)]),
  ]

  @Test(arguments: cases) func matches(_ c: Case) {
    let found = Self.matcher.matches(in: c.text)
    #expect(found.map { $0.entry?.id ?? "" } == c.expected.map(\.id))
    #expect(found.map(\.utf8Range) == c.expected.map(\.utf8))
    #expect(found.map(\.quality) == c.expected.map(\.quality))
    for m in found { #expect(String(c.text.utf8[c.text.utf8Range(m.utf8Range)]) == m.surface) }
  }

  @Test func shippedGlossaryFindsEntitiesInNews() throws {
    let matcher = EnglishMatcher(glossary: try Glossary.default)
    let text = "North Korea's Kim Jong Un met South Korean President Moon Jae-in at Panmunjom."
    let ids = matcher.matches(in: text).compactMap { $0.entry?.id }
    #expect(ids.contains("place.north-korea"))
    #expect(!ids.contains("place.korea"))
  }
}
