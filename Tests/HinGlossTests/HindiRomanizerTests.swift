import Testing

@testable import HinGloss

@Suite struct HindiRomanizerTests {
  static let golden: [(line: Int, cells: [String])] = (try? Fixtures.rows("hindi-romanization.tsv")) ?? []

  @Test func goldenListIsLargeAndCoversEveryFeature() {
    #expect(Self.golden.count >= 150)
    let features = Set(Self.golden.map { $0.cells[2] })
    for feature in [
      "final-schwa", "medial-schwa", "conjunct", "nasal", "nukta", "visarga", "digits", "name", "cluster-final",
    ] {
      #expect(features.contains(feature), "no golden row for \(feature)")
    }
  }

  @Test(arguments: golden.map { $0.line })
  func goldenRow(_ line: Int) throws {
    let row = try #require(Self.golden.first { $0.line == line })
    let got = HindiRomanizer().romanize(row.cells[0])
    #expect(got == row.cells[1], "hindi-romanization.tsv:\(line): \(row.cells[0]) expected \(row.cells[1]), got \(got)")
  }

  @Test func doneMeansExample() {
    #expect(HindiRomanizer().romanize("अटल बिहारी वाजपेयी", titleCase: true) == "Atal Bihari Vajpeyi")
    #expect(HindiRomanizer().romanize("नरेंद्र मोदी", titleCase: true) == "Narendra Modi")
  }

  @Test func schwaDeletion() {
    let r = HindiRomanizer()
    #expect(r.romanize("कमला") == "kamla")
    #expect(r.romanize("समझना") == "samajhna")
    #expect(r.romanize("न") == "na")
  }

  @Test func nonDevanagariPassesThrough() {
    #expect(HindiRomanizer().romanize("ICT मंत्रालय, 2025!") == "ICT mantralay, 2025!")
    #expect(HindiRomanizer().romanize("") == "")
    #expect(HindiRomanizer().romanize("한국 и 日本") == "한국 и 日本")
  }

  @Test func iso15919IsICUsDevanagariLatin() throws {
    #expect((try HindiRomanizer(scheme: .iso15919)).romanize("किम") == "kima")
    #expect((try HindiRomanizer(scheme: .iso15919)).romanize("क़ानून").hasPrefix("qānūna"))
  }

  @Test func titleCaseKeepsLettersAfterHyphen() {
    #expect(HindiRomanizer.titleCased("kim yong-beom") == "Kim Yong-beom")
  }

  @Test func hostileInputDoesNotCrash() {
    let r = HindiRomanizer()
    _ = r.romanize(String(repeating: "\u{093C}", count: 5000))
    _ = r.romanize("\u{0}क\u{0}")
    _ = r.romanize(String(repeating: "क्", count: 2000))
    #expect(r.romanize("\u{200F}किम\u{200E}") == "\u{200F}kim\u{200E}")
  }

  /// 8 concurrent tasks × 1,000 romanizations give what a serial run gives.
  @Test func concurrentRomanizationMatchesSerial() async {
    let words = Self.golden.map { $0.cells[0] }
    let inputs = (0..<1000).map { words[$0 % words.count] + (($0 / words.count) % 2 == 0 ? "" : " भारत") }
    let serial = inputs.map { HindiRomanizer().romanize($0) }
    let results = await withTaskGroup(of: [String].self) { group in
      for _ in 0..<8 {
        group.addTask { inputs.map { HindiRomanizer().romanize($0) } }
      }
      var all: [[String]] = []
      for await r in group { all.append(r) }
      return all
    }
    #expect(results.count == 8)
    for r in results { #expect(r == serial) }
  }

  @Test func ruleSyntaxErrorNamesTheLine() {
    let rules = "a > b;\nc > d;\n$x = [;\ne > f;\n"
    do {
      _ = try TransformRules(rules, name: "broken.rules")
      Issue.record("broken rules compiled")
    } catch {
      #expect(error.code == .ruleSyntax)
      #expect(error.location?.file == "broken.rules")
      #expect(error.location?.line == 3)
      #expect(error.description.hasPrefix("broken.rules:3:"))
    }
  }

  /// A transform ICU does not have is an error to handle, not a trap.
  @Test func aMissingICUTransformThrows() {
    #expect(throws: HinGlossError.self) { try TransformRules(icuID: "Devanagari-Nowhere") }
  }

  @Test func transliteratorHandlesBalance() throws {
    // The shared rule sets are opened once per process and kept: open them first.
    _ = (try HindiRomanizer(scheme: .hindi)).romanize("क")
    _ = (try HindiRomanizer(scheme: .iso15919)).romanize("क")
    let before = ICU.transliteratorBalance
    do {
      let t = try ICU.Transliterator(id: "x", rules: "a > b;")
      let c = try t.clone()
      #expect(try c.transliterate("aa") == "bb")
    }
    let after = ICU.transliteratorBalance
    #expect(after.opened - before.opened == after.closed - before.closed)
  }
}
