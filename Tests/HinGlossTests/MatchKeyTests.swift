import Testing

@testable import HinGloss

@Suite struct MatchKeyTests {
  /// Spelling variants that must get one key.
  @Test(arguments: [
    ("कूपंग", "कूपांग"),
    ("क्यूंग", "क्यूङ्ग"),
    ("ज़ी", "जी"),
    ("ज़ी न्यूज़", "जी न्यूज"),
    ("योंग-बीओम", "योंग बीओम"),
    ("योंग-बीओम", "योंग  बीओम"),
    ("हँसी", "हंसी"),
    ("माँ", "मां"),
    ("हिंद", "हिन्द"),
    ("संबंध", "सम्बन्ध"),
    ("बीओम", "बिओम"),
    ("ह्यून", "ह्युन"),
    ("डॉक्टर", "डोक्टर"),
    ("फ़िल्म", "फिल्म"),
    ("\u{0958}ानून", "क़ानून"),
    ("क्‍ष", "क्ष"),
    ("ICT", "ict"),
  ])
  func variantsMeet(_ a: String, _ b: String) {
    #expect(MatchKey.key(a) == MatchKey.key(b))
  }

  /// Distinct common Hindi words that must keep distinct keys.
  @Test(arguments: [
    ("कम", "काम"), ("बल", "बाल"), ("पर", "पार"), ("मत", "मात"), ("दल", "दाल"),
    ("कल", "काल"), ("जल", "जाल"), ("मन", "मान"), ("पल", "पाल"), ("नम", "नाम"),
    ("मेल", "मैल"), ("बेल", "बैल"), ("ओर", "और"), ("कोन", "कौन"), ("सेर", "सैर"),
    ("कल", "खल"), ("गर", "घर"), ("दान", "धान"), ("पल", "फल"), ("बात", "भात"),
    ("कान", "खान"), ("चल", "छल"), ("डाल", "ढाल"), ("तीन", "दीन"), ("बाग", "भाग"),
    ("सब", "शब"), ("राज", "रोज"), ("दिन", "दान"), ("सुन", "सोन"), ("घर", "घेर"),
    ("बंद", "बद"), ("अंग", "अग"), ("मां", "म"), ("हम", "तुम"), ("पानी", "पनी"),
  ])
  func distinctWordsStayApart(_ a: String, _ b: String) {
    #expect(MatchKey.key(a) != MatchKey.key(b), "\(a) and \(b) must stay apart")
  }

  @Test func keyOffsetsPointIntoTheOriginal() {
    let text = "श्री किम योंग-बीओम"
    let key = MatchKey(text)
    let r = key.text.range(of: "बिओम")!
    let lower = key.text.utf8.distance(from: key.text.utf8.startIndex, to: r.lowerBound)
    let upper = key.text.utf8.distance(from: key.text.utf8.startIndex, to: r.upperBound)
    let mapped = key.offsetMap.sourceRange(for: lower..<upper)
    #expect(String(text.utf8[text.utf8Range(mapped)]) == "बीओम")
  }

  @Test func nasalViramaFoldsOnlyBeforeAConsonant() {
    #expect(MatchKey.key("न्") == "न्")
    #expect(MatchKey.key("हिन्दी") == MatchKey.key("हिंदी"))
  }

  @Test func spacesAreTrimmedAndCollapsed() {
    #expect(MatchKey.key("  किम   योंग ") == "किम योंग")
  }

  /// Every row of the table does what it says: between consonants, its `from` gets the
  /// key of its `to`; and no two rows fold the same text.
  @Test func tableRowsFoldAsWritten() {
    var seen = Set<String>()
    for row in MatchKey.table {
      #expect(!row.reason.isEmpty && !row.from.isEmpty && row.from != row.to, "\(row)")
      #expect(
        seen.insert(row.from).inserted, "two rows fold \(row.from.unicodeScalars.map { String($0.value, radix: 16) })")
      #expect(MatchKey.key("क\(row.from)क") == MatchKey.key("क\(row.to)क"), "\(row)")
      if row.onlyBeforeConsonant {
        #expect(MatchKey.key("क\(row.from)") != MatchKey.key("क\(row.to)"), "\(row) folds only before a consonant")
      }
    }
  }
}
