import Foundation
import Testing

@testable import HinGloss

@Suite struct GlossaryReaderTests {
  static let header = "id\tkind\tenglish\thindi\tvariants\tdeprecated\taliases\thangul\tflags\tnote\tsource\n"
  static let good =
    "company.coupang\tcompany\tCoupang\tकूपांग\tकूपंग\t\t\t쿠팡\t\tnote\thttps://en.wikipedia.org/wiki/Coupang\n"

  func parse(_ text: String) throws(HinGlossError) -> [GlossaryEntry] {
    try Glossary.parseEntries(Array(text.utf8), file: "test.tsv")
  }

  func expectError(
    _ text: String, _ code: HinGlossError.Code, line: Int, column: Int? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    do {
      _ = try parse(text)
      Issue.record("no error", sourceLocation: sourceLocation)
    } catch {
      #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
      #expect(error.location?.file == "test.tsv", sourceLocation: sourceLocation)
      #expect(error.location?.line == line, "\(error)", sourceLocation: sourceLocation)
      if let column { #expect(error.location?.column == column, "\(error)", sourceLocation: sourceLocation) }
      #expect(error.description.hasPrefix("test.tsv:\(line):"), sourceLocation: sourceLocation)
    }
  }

  @Test func readsAGoodFile() throws {
    let entries = try parse(Self.header + Self.good)
    #expect(entries.count == 1)
    #expect(entries[0].variants == ["कूपंग"])
    #expect(entries[0].hangul == "쿠팡")
    #expect(entries[0].location?.line == 2)
  }

  @Test func acceptsBOMAndCRLFAndCommentsAndNoFinalNewline() throws {
    let text =
      "\u{FEFF}# comment\r\n" + (Self.header + Self.good).replacingOccurrences(of: "\n", with: "\r\n").dropLast(1)
    let entries = try parse(String(text))
    #expect(entries.count == 1)
    #expect(entries[0].sources == ["https://en.wikipedia.org/wiki/Coupang"])
  }

  @Test func unknownColumn() {
    expectError(
      Self.header.replacingOccurrences(of: "note", with: "notes") + Self.good, .badHeader, line: 1, column: 64)
  }

  @Test func missingRequiredColumn() {
    expectError("id\tkind\tenglish\tsource\nx\tterm\tX\thttp://x\n", .badHeader, line: 1)
  }

  @Test func wrongNumberOfCells() {
    expectError(Self.header + "company.x\tcompany\tX\tएक्स\n", .malformedLine, line: 2)
    expectError(Self.header + Self.good.dropLast() + "\textra\n", .malformedLine, line: 2)
  }

  @Test func emptyCanonicalForm() {
    expectError(
      Self.header + Self.good.replacingOccurrences(of: "\tCoupang\t", with: "\t\t"), .badCell, line: 2, column: 25)
  }

  @Test func latinLettersInAHindiCell() {
    expectError(Self.header + Self.good.replacingOccurrences(of: "कूपंग", with: "कूपंग Coupang"), .badCell, line: 2)
  }

  @Test func invalidUTF8() {
    var bytes = Array((Self.header + Self.good).utf8)
    let at = Self.header.utf8.count + 20
    bytes[at] = 0xFF
    do {
      _ = try Glossary.parseEntries(bytes, file: "test.tsv")
      Issue.record("no error")
    } catch {
      #expect(error.code == .invalidUTF8)
      #expect(error.location?.line == 2)
      #expect(error.location?.byteOffset == at)
    }
  }

  @Test func nonNFCText() {
    expectError(Self.header + Self.good.replacingOccurrences(of: "कूपंग", with: "\u{0958}ूपंग"), .notNormalized, line: 2)
  }

  @Test func strayZeroWidthCharacter() {
    expectError(
      Self.header + Self.good.replacingOccurrences(of: "Coupang", with: "Cou\u{200B}pang"), .notNormalized, line: 2,
      column: 28)
  }

  @Test func unknownKindAndFlag() {
    expectError(Self.header + Self.good.replacingOccurrences(of: "\tcompany\t", with: "\tfirm\t"), .badCell, line: 2)
    expectError(Self.header + Self.good.replacingOccurrences(of: "쿠팡\t\t", with: "쿠팡\tfamous\t"), .badCell, line: 2)
  }

  @Test func wrongNumberOfCellsPointsAtTheLineEnd() {
    let line = "company.x\tcompany\tX\tएक्स\n"
    do {
      _ = try parse("\u{FEFF}" + Self.header + Self.good + line)
      Issue.record("no error")
    } catch {
      #expect(error.code == .malformedLine)
      #expect(error.location?.line == 3)
      // After "company.x", "company", "X" and the four scalars of एक्स, each with its tab.
      #expect(error.location?.column == 26)
      #expect(error.location?.byteOffset == 3 + Self.header.utf8.count + Self.good.utf8.count + 32)
    }
  }

  @Test func aHashWithACombiningMarkIsNotAComment() {
    #expect((try? parse(Self.header + "#comment\t\n" + Self.good))?.count == 1)
    expectError(Self.header + "#\u{301} not a comment\n" + Self.good, .malformedLine, line: 2)
  }

  @Test func listsSplitAtEveryBar() throws {
    let text =
      Self.header
      + Self.good
      .replacingOccurrences(of: "\tकूपंग\t\t\t", with: "\tकूपंग|कूपांग.\t\tx|y\t")
    let entry = try #require(try parse(text).first)
    #expect(entry.variants == ["कूपंग", "कूपांग."])
    #expect(entry.aliases == ["x", "y"])
    expectError(
      Self.header + Self.good.replacingOccurrences(of: "\tकूपंग\t", with: "\tकूपंग| \t"), .badCell, line: 2, column: 40)
    // A | inside a syllable leaves an item that starts with a mark: an error at the cell.
    expectError(
      Self.header + Self.good.replacingOccurrences(of: "\tकूपंग\t", with: "\tकूपंग|क|ा\t"), .badCell, line: 2, column: 40)
    expectError(
      Self.header + Self.good.replacingOccurrences(of: "\tकूपंग\t\t\t", with: "\tकूपंग\t\tx|\u{301}z\t"), .badCell, line: 2,
      column: 47)
  }

  @Test func millionRowFileAndMegabyteCell() throws {
    var text = Self.header
    let bigNote = String(repeating: "n", count: 1 << 20)
    text += "term.big\tterm\tbig\tबड़ा\t\t\t\t\t\t\(bigNote)\thttp://x\n"
    let entries = try parse(text)
    #expect(entries[0].note.utf8.count == 1 << 20)
  }
}

@Suite struct GlossaryLookupTests {
  let glossary = Glossary(entries: [
    GlossaryEntry(
      id: "company.coupang", kind: .company, english: "Coupang", hindi: "कूपांग", variants: ["कूपंग"], hangul: "쿠팡",
      sources: ["x"]),
    GlossaryEntry(
      id: "person.kim-yong-beom", kind: .person, english: "Kim Yong-beom", hindi: "किम योंग-बीओम",
      aliases: ["Kim Yong-bum"], hangul: "김용범", sources: ["x"]),
  ])

  @Test func byHindiThroughTheMatchKey() {
    #expect(glossary.lookup(hindi: "कूपंग").map(\.id) == ["company.coupang"])
    #expect(glossary.lookup(hindi: "कूपांग").map(\.id) == ["company.coupang"])
    #expect(glossary.lookup(hindi: "किम योंग बीओम").map(\.id) == ["person.kim-yong-beom"])
    #expect(glossary.lookup(hindi: "किम").isEmpty)
  }

  @Test func byEnglishIgnoringCaseAndWithAliases() {
    #expect(glossary.lookup(english: "coupang").map(\.id) == ["company.coupang"])
    #expect(glossary.lookup(english: "KIM YONG BUM").map(\.id) == ["person.kim-yong-beom"])
  }

  @Test func byHangulAndByScript() {
    #expect(glossary.lookup(hangul: "김용범").map(\.id) == ["person.kim-yong-beom"])
    #expect(glossary.lookup("쿠팡").map(\.id) == ["company.coupang"])
  }

  @Test func nearestByKeyDistance() {
    let near = glossary.nearest("कूपान", limit: 5)
    #expect(near.first?.entry.id == "company.coupang")
  }

  @Test func aRepeatedIDKeepsTheFirstPosition() {
    let b = GlossaryEntry(id: "term.b", kind: .term, english: "B", hindi: "बी", sources: ["x"])
    let g = Glossary(
      entries: glossary.entries + [
        b, GlossaryEntry(id: "company.coupang", kind: .company, english: "Coupang Corp.", hindi: "कूपांग", sources: ["y"]),
      ])
    #expect(g.entries.map(\.id) == ["company.coupang", "person.kim-yong-beom", "term.b"])
    #expect(g.lookup(english: "coupang corp").map(\.id) == ["company.coupang"])
    #expect(g.lookup(english: "coupang").isEmpty)
    #expect(g.lookup(hindi: "बी").map(\.id) == ["term.b"])
  }

  @Test func lookupKeysAreTheFullMatchKeys() throws {
    // The glossary indexes `MatchKey.key`, which skips the offset maps; it must be the
    // same text as the full key, for canonical and non-canonical spellings alike.
    var forms = try Glossary.default.entries.flatMap { $0.hindiForms.map(\.text) }
    forms += ["\u{0958}ूपंग", "क्\u{200D}ष", "किम\u{00A0}योंग\u{2010}बीओम", "कान्ये", "हँस", " ज़ी  न्यूज़ ", "ICT", "e\u{301}", ""]
    for form in forms {
      #expect(MatchKey.key(form) == MatchKey(form).text, "\(form)")
      #expect(HindiNormalizer().canonical(form) == HindiNormalizer().normalize(form).text, "\(form)")
    }
  }

  @Test func laterEntryWithSameIDReplacesEarlier() {
    let g = Glossary(
      entries: glossary.entries + [
        GlossaryEntry(id: "company.coupang", kind: .company, english: "Coupang Inc.", hindi: "कूपांग", sources: ["y"])
      ])
    #expect(g.entries.count == 2)
    #expect(g.lookup(hindi: "कूपांग").first?.english == "Coupang Inc.")
  }
}

@Suite struct ShippedGlossaryTests {
  @Test func loadsWithAtLeast600EntriesAndTheSeedArticleEntities() throws {
    let g = try Glossary.default
    #expect(g.entries.count >= 600)
    for (hindi, english) in [
      ("कूपांग", "Coupang"), ("कूपंग", "Coupang"), ("योनहाप", "Yonhap News Agency"), ("किम योंग-बीओम", "Kim Yong-beom"),
      ("बे क्यूंग-हून", "Bae Kyung-hoon"), ("सोंग क्यूंग-ही", "Song Kyung-hee"), ("किम जोंग-चिओल", "Kim Jong-cheol"),
      ("जू बिउंग-घी", "Ju Biung-ghi"), ("चो ह्यून", "Cho Hyun"), ("ली जे म्युंग", "Lee Jae-myung"),
    ] {
      #expect(g.lookup(hindi: hindi).first?.english == english, "\(hindi)")
    }
    for hindi in [
      "राष्ट्रपति कार्यालय", "व्यक्तिगत सूचना संरक्षण आयोग", "कोरिया मीडिया संचार आयोग", "निष्पक्ष व्यापार आयोग", "राष्ट्रीय पुलिस एजेंसी", "विज्ञान और आईसीटी मंत्रालय",
      "राष्ट्रीय सुरक्षा कार्यालय", "ज़ी न्यूज़", "डेटा उल्लंघन", "टास्क फोर्स", "चीफ ऑफ स्टाफ",
    ] {
      #expect(!g.lookup(hindi: hindi).isEmpty, "\(hindi)")
    }
  }

  @Test func shippedDataHasNoErrors() throws {
    let g = try Glossary.default
    let problems = GlossaryCheck().check(g.entries).filter { $0.severity == .error }
    #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
  }

  @Test func everyEntryIsSourced() throws {
    for e in try Glossary.default.entries {
      #expect(
        e.sources.contains { $0.hasPrefix("http") || $0 == "seed-article" || $0.hasPrefix("corpus:") },
        "\(e.id) has no source")
    }
  }

  @Test func checkFindsConflictsDuplicatesAndHouseStyle() {
    let entries = [
      GlossaryEntry(id: "a", kind: .person, english: "Kim Jong Un", hindi: "किम जोंग उन", hangul: "김정은", sources: ["x"]),
      GlossaryEntry(id: "a", kind: .company, english: "B", hindi: "बी", sources: ["x"]),
      GlossaryEntry(id: "c", kind: .company, english: "C", hindi: "किम जोंग-उन", sources: ["x"]),
      GlossaryEntry(id: "d", kind: .company, english: "Kia", hindi: "किया", sources: ["x"]),
    ]
    let outside = GlossaryEntry(
      id: "e", kind: .company, english: "E", hindi: "ईबे", variants: ["इबे", "ईबे़"], sources: ["x"])
    let problems = GlossaryCheck(commonWords: ["किया", "के"]).check(entries + [outside]).map(\.message)
    #expect(!problems.contains { $0.contains("e: house-style form") })
    let odd = GlossaryEntry(id: "f", kind: .company, english: "F", hindi: "फेबा", variants: ["फेबो", "फ़ेबो"], sources: ["x"])
    #expect(
      GlossaryCheck(commonWords: []).check([odd]).contains {
        $0.message.contains("not in the key class of its variants")
      })
    #expect(problems.contains { $0.contains("duplicate id 'a'") })
    #expect(problems.contains { $0.contains("same match key") })
    #expect(problems.contains { $0.contains("house style for Korean names") })
    #expect(problems.contains { $0.contains("common Hindi word") })
  }

  @Test(arguments: [
    ("Kim Yong-beom", true), ("Cho Hyun", true), ("Lee Jae-myung", true), ("Kim Jong Un", false),
    ("Kim Jong-Un", false), ("kim Yong-beom", false),
  ])
  func houseStyleOfKoreanNames(_ name: String, _ ok: Bool) {
    #expect(GlossaryCheck.isHouseStyleKoreanName(name) == ok)
  }
}

/// The editors' cases in glossaries/tests, each its own test.
@Suite struct EditorsCaseTests {
  /// Every shipped case; a case file that cannot be read is a failure of its own
  /// (``caseFilesAreReadable()``), never silently dropped.
  static let cases: [GlossaryCase] = GlossaryCase.shippedFiles.flatMap { (try? GlossaryCase.read($0)) ?? [] }

  @Test func caseFilesAreReadable() throws {
    let files = GlossaryCase.shippedFiles
    #expect(!files.isEmpty)
    for file in files { _ = try GlossaryCase.read(file) }
  }

  /// The report `hingloss check` prints, over the shipped data: no errors, every case passes.
  @Test func shippedDataReportIsClean() throws {
    let report = GlossaryCheck.Report(glossaryFiles: Glossary.files(adding: []), caseFiles: GlossaryCase.shippedFiles)
    #expect(report.readErrors.isEmpty, "\(report.readErrors)")
    #expect(report.caseErrors.isEmpty, "\(report.caseErrors)")
    #expect(report.glossaryErrors == 0, "\(report.problems.filter { $0.severity == .error })")
    #expect(report.failures.isEmpty, "\(report.failures)")
    #expect(report.passed == Self.cases.count)
    #expect(report.entries.count == (try Glossary.default).entries.count)
  }
  static let romanizer: Romanizer? = try? Romanizer(glossary: .default)
  static let matcher: GlossaryMatcher? = try? GlossaryMatcher(glossary: .default)

  @Test func thereAreCasesOfBothKinds() {
    #expect(Self.cases.count >= 20)
    #expect(Self.cases.contains { $0.kind == .entities && $0.expected.isEmpty })
    #expect(Self.cases.contains { $0.kind == .entities && !$0.expected.isEmpty })
    #expect(Self.cases.contains { $0.kind == .romanization })
  }

  /// Every Hindi form of every entry looks up its own entry, and romanizes to the entry's
  /// English when no other entry claims the form (what the 953 copied rows of
  /// glossaries/tests used to check, without a second copy of the glossary).
  @Test func everyHindiFormFindsItsOwnEntry() throws {
    let glossary = try Glossary.default
    let romanizer = try #require(Self.romanizer)
    var forms = 0
    for entry in glossary.entries {
      for form in entry.hindiForms {
        forms += 1
        let found = glossary.lookup(hindi: form.text)
        #expect(
          found.contains { $0.id == entry.id },
          "\(entry.location.map { "\($0)" } ?? entry.id): '\(form.text)' does not find \(entry.id)")
        if found.count == 1 {
          #expect(romanizer.romanize(form.text).text == entry.english, "\(entry.id): '\(form.text)'")
        }
      }
    }
    #expect(forms >= 950)
  }

  @Test(arguments: cases.map { "\($0.location.file):\($0.location.line)" })
  func editorsCase(_ place: String) throws {
    let c = try #require(Self.cases.first { "\($0.location.file):\($0.location.line)" == place })
    let (ok, got) = c.run(romanizer: try #require(Self.romanizer), matcher: try #require(Self.matcher))
    #expect(ok, "\(place): \(c.input): expected \(c.expected), got \(got)")
  }
}
