import Foundation
import Testing

@testable import HinGloss

/// The Korean-name model's parts: spelling cuts, the channel and its training, the prior
/// tables, and the decoder's rules (segmentation, no schwa reading, probabilities).
@Suite struct KoreanNameRuleTests {
  static let tables: KoreanNameTables? = try? KoreanNameTables.default
  static let korean: KoreanNameRomanizer? = try? KoreanNameRomanizer()

  static var romanizationFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("glossaries/romanization")
  }

  @Test(arguments: [
    ("kyung", "ky", "u", "ng"), ("eun", "", "eu", "n"), ("choi", "ch", "oi", ""), ("hwan", "hw", "a", "n"),
    ("yeo", "y", "eo", ""), ("park", "p", "a", "rk"), ("eui", "", "eui", ""), ("wook", "w", "oo", "k"),
  ])
  func spellingsCutIntoOnsetVowelAndCoda(_ s: String, _ onset: String, _ vowel: String, _ coda: String) throws {
    let cut = try #require(KoreanSpelling(syllable: s))
    #expect(cut.onset == onset)
    #expect(cut.vowel == vowel)
    #expect(cut.coda == coda)
  }

  @Test func wordsCutIntoSyllables() throws {
    #expect(KoreanSpelling.syllables("jongmin")?.map(\.text) == ["jong", "min"])
    #expect(KoreanSpelling.syllables("namgung")?.map(\.text) == ["nam", "gung"])
    #expect(KoreanSpelling.syllables("hyunwoo")?.map(\.text) == ["hyun", "woo"])
    #expect(KoreanSpelling.syllables("syngman") == nil)
    #expect(KoreanSpelling(syllable: "strength") == nil)
    #expect(KoreanSpelling(syllable: "Kim") == nil)
  }

  @Test func englishNamesParseSurnameFirst() throws {
    let name = try #require(KoreanEnglishName("Lee Jae-myung"))
    #expect(name.surname.map(\.text) == ["lee"])
    #expect(name.given.map(\.text) == ["jae", "myung"])
    #expect(name.key == "lee jae-myung")
    #expect(KoreanEnglishName("Kim Jong Un")?.key == "kim jong-un")
    #expect(KoreanEnglishName("Suzy") == nil)
  }

  @Test func alignmentFollowsTheLetterGroups() throws {
    let tables = try #require(Self.tables)
    let channel = KoreanChannel(counts: tables.channelCounts, orthography: tables.orthography)
    let text = KoreanNameText("क्यूंग-हून", normalizer: HindiNormalizer())
    let syllables = try #require(KoreanSpelling.syllables("kyunghoon"))
    let alignment = try #require(channel.align(text, syllables))
    #expect(alignment.map(\.1) == ["क्य", "ू", "ंग", "ह", "ू", "न"])
    // A hyphen is a syllable boundary: "ली-जे" cannot be one syllable.
    #expect(channel.align(KoreanNameText("ली-जे", normalizer: HindiNormalizer()), KoreanSpelling.syllables("lee")!) == nil)
  }

  @Test func trainingLearnsRenderingsTheBaseLacks() throws {
    let tables = try #require(Self.tables)
    // ण for a final n is not in the orthographic base; five pairs teach it.
    let given = [("जिण", "Jin"), ("मिण", "Min"), ("सुण", "Sun"), ("हाण", "Han"), ("योण", "Yon")]
    let pairs = given.map { KoreanNamePair(hindi: "किम " + $0.0, english: "Kim " + $0.1) }
    let (channel, skipped) = KoreanChannel.train(pairs: pairs, orthography: tables.orthography)
    #expect(skipped.isEmpty)
    #expect(!tables.orthography.renderings(KoreanChannel.Unit(.coda, "n")).contains("ण"))
    let n = channel.renderings(KoreanChannel.Unit(.coda, "n"))
    #expect(n.first?.hindi == "ण")
    #expect(n.first?.count == 5)
    // Probabilities of one unit sum to 1.
    let total = n.reduce(0) { $0 + exp($1.logProbability) }
    #expect(abs(total - 1) < 1e-9)
  }

  @Test func pairsOfAnotherShapeAreLeftOut() throws {
    let tables = try #require(Self.tables)
    let pairs = [KoreanNamePair(hindi: "सुगा", english: "Min Yoon-gi"), KoreanNamePair(hindi: "जे वाई ली", english: "Lee Jae-yong")]
    let (_, skipped) = KoreanChannel.train(pairs: pairs, orthography: tables.orthography)
    #expect(skipped.count == 2)
  }

  /// The shipped channel is what training on the shipped pairs gives: edit the pairs, then
  /// run `hingloss train` (README.md says how) instead of editing channel.tsv.
  @Test func shippedChannelIsTheTrainedOne() throws {
    let tables = try #require(Self.tables)
    let folder = Self.romanizationFolder
    var pairs = try KoreanNameTraining.pairs(contentsOf: folder.appendingPathComponent("observed-names.tsv"))
    pairs += try KoreanNameTraining.pairs(contentsOf: Fixtures.directory.appendingPathComponent("dev-names.tsv"))
    pairs += KoreanNameTraining.pairs(from: try Glossary.default)
    let (channel, skipped) = KoreanChannel.train(pairs: pairs, orthography: tables.orthography)
    let trained = KoreanNameTraining.channelTable(channel, pairs: pairs.count - skipped.count, sources: [])
    let shipped = try String(contentsOf: folder.appendingPathComponent("channel.tsv"), encoding: .utf8)
    func rows(_ s: String) -> [Substring] { s.split(separator: "\n").filter { !$0.hasPrefix("#") } }
    #expect(rows(trained) == rows(shipped))
  }

  @Test func priorTablesAreConsistent() throws {
    let tables = try #require(Self.tables)
    #expect(tables.given.count > 300)
    for row in tables.given {
      #expect(KoreanSpelling(syllable: row.spelling) != nil, "\(row.spelling)")
      #expect(row.hangul.count == row.hangulCounts.count)
    }
    #expect(tables.givenLengths.count == 3)
    #expect(tables.givenLengths[1] > tables.givenLengths[0] + tables.givenLengths[2])
    let kim = tables.surnames.filter { $0.hangul == "김" }
    #expect(kim.first?.spelling == "kim")
    #expect(Set(kim.map(\.population)).count == 1)
    #expect(tables.names["lee jae-myung"] != nil)
  }

  @Test(arguments: [("सोयोन", "So-yeon"), ("मिनजुन", "Min-jun"), ("किम सोयोन", "Kim So-yeon"), ("लिम होजिन", "Lim Ho-jin")])
  func hyphenlessGivenNamesAreSegmented(_ hindi: String, _ english: String) throws {
    let korean = try #require(Self.korean)
    #expect(korean.romanize(hindi).text == english)
  }

  /// A bare consonant at a syllable's end is a coda: no candidate of a name ending in one
  /// ends in a vowel (Park, never Parka), and व is w.
  @Test func neverReadsTheInherentVowel() throws {
    let korean = try #require(Self.korean)
    var rng = SplitMix64(seed: 7)
    let surnames = ["किम", "पार्क", "ली", "चोई", "सोन", "हान"]
    let given = ["जिन", "मिन", "सोक", "चुल", "सांग", "वोन", "बोम", "हुन", "योल", "तेक", "सुप"]
    for _ in 0..<200 {
      let name = surnames.randomElement(using: &rng)! + " " + given.randomElement(using: &rng)! + "-" + given.randomElement(using: &rng)!
      for c in korean.candidates(name, limit: 5) {
        let last = try #require(c.text.last)
        #expect(!"aeiou".contains(last), "\(name) → \(c.text)")
        #expect(!c.text.lowercased().contains("von"), "\(name) → \(c.text)")
      }
    }
    #expect(korean.romanize("पार्क").text == "Park")
    #expect(korean.romanize("ली वोन-सुप").text.hasSuffix("Won-sup") || korean.romanize("ली वोन-सुप").text.hasSuffix("Won-seop"))
  }

  @Test func probabilitiesAreOrderedAndBounded() throws {
    let korean = try #require(Self.korean)
    for name in ["किम योंग-बीओम", "पार्क ग्युन हे", "मिनजुन", "की बो बेय", "नरेंद्र मोदी", "क"] {
      let c = korean.candidates(name, limit: 10)
      #expect(!c.isEmpty, "\(name)")
      var sum = 0.0
      for (a, b) in zip(c, c.dropFirst()) { #expect(a.probability >= b.probability, "\(name)") }
      for x in c {
        #expect(x.probability >= 0 && x.probability <= 1)
        sum += x.probability
      }
      #expect(sum <= 1 + 1e-9, "\(name): \(sum)")
      // Fewer candidates never change the ones returned.
      #expect(korean.candidates(name, limit: 3).map(\.text) == Array(c.prefix(3)).map(\.text))
    }
  }

  @Test func hangulCandidatesComeFromTheSameModel() throws {
    let korean = try #require(Self.korean)
    let h = korean.hangulCandidates("ली जे म्युंग", limit: 3)
    #expect(h.first?.hangul == "이재명")
    #expect(h.reduce(0) { $0 + $1.probability } <= 1 + 1e-9)
    #expect(korean.hangulCandidates("पार्क जी-सुंग", limit: 5).map(\.hangul).contains("박지성"))
    #expect(korean.hangulCandidates("", limit: 3).isEmpty)
  }

  @Test func badInputNeverTraps() throws {
    let korean = try #require(Self.korean)
    #expect(korean.candidates("", limit: 3).isEmpty)
    #expect(korean.romanize("Lee Jae-myung").text == "Lee Jae-myung")
    #expect(korean.romanize("Lee Jae-myung").koreanLikeness == 0)
    #expect(korean.romanize("किम Jae").text.hasPrefix("Kim"))
    #expect(korean.romanize("किम 재명").text.hasPrefix("Kim"))
    let long = String(repeating: "कि", count: 5_000)
    #expect(korean.romanize(long).koreanLikeness == 0)
    for text in ["\u{094D}", "ं", "-", "- -", "ॐ", "१२३", "किम\u{200D}", "्किम"] { _ = korean.candidates(text, limit: 3) }
  }

  @Test func resultsAreDeterministic() throws {
    let tables = try #require(Self.tables)
    let a = KoreanNameRomanizer(tables: tables)
    let b = KoreanNameRomanizer(tables: tables)
    for name in ["किम योंग-बीओम", "हॉन्ग जू जियोन", "सुयोग चा", "पार्क जियुन-हाए"] {
      let x = a.candidates(name, limit: 8)
      #expect(x.map(\.text) == b.candidates(name, limit: 8).map(\.text))
      #expect(x.map(\.probability) == a.candidates(name, limit: 8).map(\.probability))
      #expect(a.hangulCandidates(name, limit: 5).map(\.hangul) == b.hangulCandidates(name, limit: 5).map(\.hangul))
    }
  }

  @Test func crossValidationHoldsOutWholePeople() throws {
    let tables = try #require(Self.tables)
    let pairs = try KoreanNameTraining.pairs(contentsOf: Fixtures.directory.appendingPathComponent("dev-names.tsv"))
    let report = KoreanNameTraining.crossValidate(pairs: pairs, tables: tables, folds: 4, unseenPeople: true)
    #expect(report.count == pairs.count)
    #expect(report.topK >= report.top1)
    #expect(report.bins.reduce(0) { $0 + $1.count } == report.count)
    #expect(report.logLoss.count == KoreanNameTraining.temperatures.count)
  }
}
