import Foundation
import Testing

@testable import HinGloss

@Suite struct InterchangeTests {
  static let importer = GlossaryImporter()
  static let writer = GlossaryWriter()

  static func tbx(_ body: String, prolog: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") -> [UInt8] {
    Array((prolog + "<martif type=\"TBX-Basic\" xml:lang=\"en\"><text><body>\n" + body + "\n</body></text></martif>\n").utf8)
  }

  static func entryXML(id: String = "person.test", kind: String = "person", hindi: String = "किम", extra: String = "") -> String {
    """
    <termEntry id="\(id)"><descrip type="subjectField">\(kind)</descrip><admin type="source">fixture</admin>\(extra)
    <langSet xml:lang="en"><tig><term>Kim</term></tig></langSet>
    <langSet xml:lang="hi"><tig><term>\(hindi)</term></tig></langSet></termEntry>
    """
  }

  @Test func shippedGlossaryRoundTripsThroughTBXByteForByte() throws {
    let glossary = try Glossary.default
    let tsv = try Self.writer.tsv(glossary.entries)
    let tbx = try Self.writer.tbx(glossary.entries)
    let back = try Self.importer.entries(from: Array(tbx.utf8), format: .tbx, file: "g.tbx")
    #expect(try Self.writer.tsv(back) == tsv)
    #expect(back.map(\.id) == glossary.entries.map(\.id))
    // And through TSV and CSV.
    #expect(try Self.writer.tsv(Self.importer.entries(from: Array(tsv.utf8), format: .tsv, file: "g.tsv")) == tsv)
    let csv = try Self.writer.csv(glossary.entries)
    #expect(try Self.writer.tsv(Self.importer.entries(from: Array(csv.utf8), format: .csv, file: "g.csv")) == tsv)
  }

  @Test func shippedFilesAreWrittenAsTheyAreStored() throws {
    let folder = try #require(Glossary.bundledFolder)
    for url in Glossary.glossaryFiles(in: folder) {
      let stored = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("#") }.joined(separator: "\n")
      let entries = try Glossary.readEntries(at: url)
      let viaTBX = try Self.importer.entries(from: Array(Self.writer.tbx(entries).utf8), format: .tbx, file: "x.tbx")
      #expect(try Self.writer.tsv(viaTBX) == stored, "\(url.lastPathComponent)")
    }
  }

  @Test func markupCharactersAndFlagsSurvive() throws {
    let entry = GlossaryEntry(
      id: "org.test", kind: .organization, english: "A&B <Co> \"Q\"", hindi: "ए एंड बी", variants: ["ए & बी"], deprecated: ["एबी"],
      aliases: ["A & B", "AB"], hangul: "에이비", flags: [.established, .ambiguous], note: "x < y & z > w, \"quoted\"; 'single'",
      sources: ["https://example.org/?a=1&b=2", "composed"])
    let tbx = try Self.writer.tbx([entry])
    #expect(tbx.contains("A&amp;B &lt;Co&gt;"))
    #expect(tbx.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
    let back = try Self.importer.entries(from: Array(tbx.utf8), format: .tbx, file: "t.tbx")
    #expect(back.count == 1)
    var expected = entry
    expected.location = back.first?.location
    #expect(back.first == expected)
    let csv = try Self.writer.csv([entry])
    #expect(try Self.importer.entries(from: Array(csv.utf8), format: .csv, file: "t.csv").first?.note == entry.note)
  }

  @Test func valuesNoCellCanHoldAreRefusedOnExport() {
    let entry = GlossaryEntry(id: "x", kind: .term, english: "a\tb", hindi: "क", sources: ["s"])
    #expect(throws: HinGlossError.self) { try Self.writer.tsv([entry]) }
    let control = GlossaryEntry(id: "x", kind: .term, english: "a\u{1}b", hindi: "क", sources: ["s"])
    #expect(throws: HinGlossError.self) { try Self.writer.tbx([control]) }
  }

  // MARK: Hostile TBX

  static func refusal(_ bytes: [UInt8]) -> HinGlossError? {
    #expect(throws: HinGlossError.self) { try importer.entries(from: bytes, format: .tbx, file: "h.tbx") }
  }

  @Test func billionLaughsIsRefusedBeforeParsing() {
    var doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n  <!ENTITY lol \"lol\">\n"
    for i in 1...9 { doc += "  <!ENTITY lol\(i) \"\(String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10))\">\n" }
    doc += "]>\n<martif><text><body><termEntry id=\"a\"><note>&lol9;</note></termEntry></body></text></martif>\n"
    let error = Self.refusal(Array(doc.utf8))
    #expect(error?.code == .unsafeXML)
    #expect(error?.location?.line == 2)
    #expect(error?.location?.column == 1)
    #expect(error?.description.contains("document type declaration") == true)
  }

  @Test func externalEntitiesAreRefused() {
    let doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"file:///etc/passwd\">\n<martif/>\n"
    #expect(Self.refusal(Array(doc.utf8))?.code == .unsafeXML)
    let parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY % x SYSTEM \"http://example.invalid/x.dtd\"> %x;]><martif/>"
    #expect(Self.refusal(Array(parameter.utf8))?.code == .unsafeXML)
    // A DTD reference alone (what many tools write) is refused too: HinGloss reads no DTD.
    let publicDTD = "<?xml version=\"1.0\"?><!DOCTYPE martif PUBLIC \"ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN\" \"TBXcdv04.dtd\"><martif/>"
    #expect(Self.refusal(Array(publicDTD.utf8))?.location?.byteOffset == 21)
  }

  @Test func declarationsInCommentsAndCDATAAreOnlyText() throws {
    let body = "<!-- <!DOCTYPE x> <!ENTITY y \"z\"> -->\n" + Self.entryXML(extra: "<note><![CDATA[<!ENTITY in cdata>]]></note>")
    let entries = try Self.importer.entries(from: Self.tbx(body), format: .tbx, file: "c.tbx")
    #expect(entries.first?.note == "<!ENTITY in cdata>")
  }

  @Test func undeclaredEntityIsALocatedError() {
    let error = Self.refusal(Self.tbx(Self.entryXML(extra: "<note>&lol;</note>")))
    #expect(error?.code == .malformedXML)
    #expect(error?.location?.line == 3)
    #expect(error?.message.contains("entity reference") == true)
  }

  @Test func invalidUTF8IsLocatedByByte() {
    var bytes = Self.tbx(Self.entryXML())
    let at = bytes.firstIndex(of: UInt8(ascii: "K"))!
    bytes[at] = 0xC3
    let error = Self.refusal(bytes)
    #expect(error?.code == .invalidUTF8)
    #expect(error?.location?.byteOffset == at)
    #expect(error?.location?.line == 4)
  }

  @Test func otherEncodingsAreRefused() {
    #expect(Self.refusal(Self.tbx(Self.entryXML(), prolog: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"))?.code == .unsafeXML)
    let utf16 = Self.refusal([0xFF, 0xFE, 0x3C, 0x00])
    #expect(utf16?.code == .invalidUTF8)
    #expect(utf16?.message.contains("UTF-16") == true)
  }

  @Test func hundredMegabyteFileIsRefusedUnread() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-big-\(UUID().uuidString).tbx")
    #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
    defer { try? FileManager.default.removeItem(at: url) }
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: 100 << 20)  // sparse: no 100 MB written or read
    try handle.close()
    let error = #expect(throws: HinGlossError.self) { try Self.importer.entries(contentsOf: url, format: .tbx) }
    #expect(error?.code == .inputTooLarge)
    #expect(error?.message.contains("104857600") == true)
  }

  @Test func deepNestingDoesNotCrash() {
    // Unknown elements are skipped; whether libxml2 accepts the depth or stops with an
    // error, the import ends without a crash and without entries.
    let deep = String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000)
    let entries = try? Self.importer.entries(from: Self.tbx(deep), format: .tbx, file: "d.tbx")
    #expect(entries?.isEmpty ?? true)
  }

  // MARK: Structure and content errors point into the TBX

  @Test func missingPartsAreNamedAtTheirEntry() {
    let noKind = "<termEntry id=\"a\"><admin type=\"source\">s</admin><langSet xml:lang=\"en\"><tig><term>A</term></tig></langSet></termEntry>"
    let error = Self.refusal(Self.tbx("\n" + noKind))
    #expect(error?.location?.line == 4)
    #expect(error?.message.contains("subjectField") == true)
    let noID = Self.refusal(Self.tbx(Self.entryXML().replacingOccurrences(of: " id=\"person.test\"", with: "")))
    #expect(noID?.message.contains("without an id") == true)
    #expect(Self.refusal(Self.tbx(Self.entryXML(kind: "planet")))?.message.contains("unknown kind") == true)
  }

  @Test func glossaryChecksApplyAtTheTermsElement() {
    // Latin letters in a Hindi term: the glossary reader's error, moved to the TBX line.
    let error = Self.refusal(Self.tbx(Self.entryXML(hindi: "Kim")))
    #expect(error?.code == .badCell)
    #expect(error?.location?.file == "h.tbx")
    #expect(error?.location?.line == 5)
    // Text that is not NFC (क + nukta precomposed).
    #expect(Self.refusal(Self.tbx(Self.entryXML(hindi: "\u{0958}")))?.code == .notNormalized)
  }

  // MARK: CSV

  @Test func csvQuotingAndErrors() throws {
    let header = Glossary.columns.joined(separator: ",")
    let ok = header + "\nterm.x,term,\"a, b\",क,,,,,,\"say \"\"hi\"\"\",s\r\n\n"
    let entries = try Self.importer.entries(from: Array(ok.utf8), format: .csv, file: "x.csv")
    #expect(entries.map(\.english) == ["a, b"])
    #expect(entries.first?.note == "say \"hi\"")
    #expect(entries.first?.location?.line == 2)
    let stray = header + "\nterm.x,term,a\"b,क,,,,,,,s\n"
    let e1 = #expect(throws: HinGlossError.self) { try Self.importer.entries(from: Array(stray.utf8), format: .csv, file: "x.csv") }
    #expect(e1?.location?.line == 2)
    #expect(e1?.location?.column == 14)
    let latin = header + "\nterm.x,term,a,kx,,,,,,,s\n"
    let e2 = #expect(throws: HinGlossError.self) { try Self.importer.entries(from: Array(latin.utf8), format: .csv, file: "x.csv") }
    #expect(e2?.location?.column == 15)
    let unclosed = header + "\nterm.x,\"term\n"
    #expect(throws: HinGlossError.self) { try Self.importer.entries(from: Array(unclosed.utf8), format: .csv, file: "x.csv") }
  }
}
