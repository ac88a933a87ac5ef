import Testing

@testable import HinGloss

@Suite struct RendererTests {
  static let withGlossary: Renderer? = try? Renderer(glossary: .default)
  static let composedOnly: Renderer? = try? Renderer(glossary: nil)

  @Test func theGlossaryComesFirstCaseInsensitiveAndByAlias() throws {
    let renderer = try #require(Self.withGlossary)
    #expect(renderer.render("Coupang").text == "कूपांग")
    #expect(renderer.render("coupang").text == "कूपांग")
    #expect(renderer.render("KIM YONG BEOM").text == "किम योंग-बीओम")
    if case .glossary(let entry) = renderer.render("Kim Jong-chul").origin {
      #expect(entry.id == "person.kim-jong-cheol")  // an alias
    } else {
      Issue.record("Kim Jong-chul is an alias of person.kim-jong-cheol")
    }
  }

  @Test(arguments: [("Cho Hyun", "चो ह्यून"), ("Bae Kyung-hoon", "बे क्यूंग-हून"), ("Lee Jae-myung", "ली जे म्युंग"), ("Song Kyung-hee", "सोंग क्यूंग-ही")])
  func koreanNamesAreComposedAsHindiPublicationsWriteThem(_ english: String, _ printed: String) throws {
    let renderer = try #require(Self.composedOnly)
    let r = renderer.render(english)
    #expect(r.origin == .composed)
    // The same spelling as print, up to what match keys fold (hyphen and space, vowel length).
    #expect(MatchKey.key(r.text) == MatchKey.key(printed), "\(english) → \(r.text)")
  }

  @Test func theGivenNameIsHyphenated() throws {
    let renderer = try #require(Self.composedOnly)
    let text = try #require(renderer.compose("Park Ji-min"))
    #expect(text.split(separator: " ").count == 2)
    #expect(text.contains("-"))
    #expect(renderer.compose("Park Jimin") == text)
  }

  @Test func otherNamesAreLeftAlone() throws {
    let renderer = try #require(Self.composedOnly)
    for name in ["Barack Obama", "Narendra Modi", "Samsung", "", "Kim"] {
      let r = renderer.render(name)
      #expect(r.origin == .unchanged, "\(name) → \(r.text)")
      #expect(r.text == name)
    }
  }

  @Test func composedFormsThatDifferAreReported() throws {
    let renderer = try #require(Self.composedOnly)
    let glossary = try Glossary.default
    let differences = renderer.composedDifferences(in: glossary)
    for d in differences {
      #expect(d.entry.isComposed)
      #expect(d.composed != d.entry.hindi)
      #expect(renderer.compose(d.entry.english) == d.composed)
    }
    let made = Glossary(entries: [GlossaryEntry(id: "person.x", kind: .person, english: "Cho Hyun", hindi: "चो हयून", sources: ["composed"])])
    #expect(renderer.composedDifferences(in: made).map(\.composed) == [renderer.compose("Cho Hyun")!])
  }
}
