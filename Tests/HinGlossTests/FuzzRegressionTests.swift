import Foundation
import Testing

@testable import HinGloss

/// Inputs the fuzzers found (Fuzz/regressions), kept as tests.
@Suite struct FuzzRegressionTests {
  /// `Fuzz/regressions` in the repository.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fuzz/regressions").standardizedFileURL

  /// The saved crash inputs themselves (`TARGET-N.bin`), by name.
  static let inputs: [(String, [UInt8])] = {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
      $0.hasSuffix(".bin")
    }.sorted()
    return names.compactMap { name in
      FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map {
        (String(name.dropLast(4)), Array($0))
      }
    }
  }()

  /// The text-processing inputs (the romanizer's have their own test).
  static let textInputs = inputs.filter { $0.0.hasPrefix("matchkey-") || $0.0.hasPrefix("normalize-") }

  @Test func everySavedInputIsReplayed() throws {
    #expect(
      Self.textInputs.map(\.0) == [
        "matchkey-1", "matchkey-2", "matchkey-3", "normalize-1", "normalize-2", "normalize-3", "normalize-4",
      ])
    #expect(Self.inputs.contains { $0.0 == "romanize-1" })
    // normalize-3 is e + U+0340 (COMBINING GRAVE TONE MARK, which NFC maps to U+0300).
    #expect(try #require(Self.inputs.first { $0.0 == "normalize-3" }).1 == [0x65, 0xCD, 0x80])
  }

  @Test(arguments: textInputs.map(\.0))
  func keyIsItsOwnKeyAndNormalizationIsIdempotent(_ name: String) throws {
    let bytes = try #require(Self.inputs.first { $0.0 == name }).1
    let text = String(decoding: bytes, as: UTF8.self)
    let n = HindiNormalizer().normalize(text)
    #expect(HindiNormalizer().normalize(n.text).text == n.text)
    #expect(ICU.Normalization.nfc.isNormalized(Array(n.text.utf16)))
    let key = MatchKey.key(text)
    #expect(MatchKey.key(key) == key)
    // The one-pass fold agrees with MatchKey wherever it takes the text.
    var k: [UInt8] = []
    var s: [Int32] = []
    var e: [Int32] = []
    if bytes.withUnsafeBufferPointer({ _FastFold.fold($0, key: &k, starts: &s, ends: &e) }) {
      var folded = String(decoding: k, as: UTF8.self)
      if folded.hasSuffix(" ") { folded.removeLast() }
      #expect(folded == key)
    }
    // A pattern always finds itself, exactly once (the text's start is a word start, even
    // before a combining sign).
    var b = GlossaryMatcher.Builder()
    b.add(text)
    let m = try b.build()
    #expect(
      m.matches(in: text).count == (key.isEmpty ? 0 : 1),
      "\(name): key \(key.unicodeScalars.map { String($0.value, radix: 16) })")
  }

  /// romanize-1: two syllable spellings tie on ही (hee, hui); the best answer must not depend
  /// on the order a dictionary is walked in, which changes from one call to the next.
  @Test func koreanResultsDoNotDependOnDictionaryOrder() throws {
    let korean = try KoreanNameRomanizer()
    let bytes = try #require(Self.inputs.first { $0.0 == "romanize-1" }).1
    for text in [String(decoding: bytes, as: UTF8.self), "ली ही", "किम ही-जू", "पार्क जियुन-हाए"] {
      let first = korean.candidates(text, limit: 8)
      for _ in 0..<20 {
        #expect(korean.romanize(text).text == first.first?.text, "\(text)")
        #expect(korean.candidates(text, limit: 8).map(\.text) == first.map(\.text), "\(text)")
        #expect(
          korean.hangulCandidates(text, limit: 5).map(\.hangul) == korean.hangulCandidates(text, limit: 5).map(\.hangul)
        )
      }
    }
  }

  /// A joiner is kept only after a consonant's virama, where NFC cannot move the virama
  /// away; a long chain of joiners after reordered marks normalizes in one call.
  @Test func joinersAfterReorderedMarksAreStableInOneCall() {
    let n = HindiNormalizer()
    let chain = "\u{FFFD}\u{05A4}" + String(repeating: "\u{094D}\u{200C}", count: 50)
    for text in [chain, "क\u{05A4}\u{094D}\u{200C}", "क\u{094D}\u{200C}\u{05A4}\u{094D}\u{200C}"] {
      let once = n.normalize(text).text
      #expect(n.normalize(once).text == once, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    // Meaningful joiners stay: half form (ZWJ) and blocked conjunct (ZWNJ), also after a nukta.
    for kept in ["क्\u{200D}ष", "क्\u{200C}ष", "ज\u{093C}्\u{200C}ञ", "\u{0958}्\u{200D}"] {
      #expect(n.normalize(kept).text.unicodeScalars.contains { $0 == "\u{200C}" || $0 == "\u{200D}" }, "\(kept)")
    }
    // After a virama that follows a vowel sign, a joiner means nothing.
    #expect(n.normalize("कि्\u{200C}").text == "कि्")
  }

  @Test func aPatternFindsItselfAfterFolding() throws {
    for word in ["कान्ये", "ऩ्थ", "ङ\u{093C}्क", "न्\u{200D}क", "का\u{093C}ं"] {
      var b = GlossaryMatcher.Builder()
      b.add(word)
      #expect(try b.build().matches(in: "और \(word) और").count == 1, "\(word)")
    }
  }
}

@Suite struct NFCRegressionTests {
  @Test func asciiLetterComposesWithAFollowingMark() {
    #expect(HindiNormalizer().normalize("Jose\u{0301} e\u{0300}").text == "José è")
    let n = HindiNormalizer().normalize("e\u{0300}")
    #expect(n.originalUTF8Range(for: 0..<2) == 0..<3)
  }

  @Test func marksAroundADroppedCharacterAreOrdered() {
    #expect(HindiNormalizer().normalize("न\u{200B}\u{093C}").text == "\u{0929}")
    let once = HindiNormalizer().normalize("\u{094D}\u{200B}\u{093C}").text
    #expect(HindiNormalizer().normalize(once).text == once)
  }
}

@Suite struct KoreanFuzzRegressionTests {
  /// romanize-2 (अप): a duplicate text's summed probability reordered the candidates, and
  /// which duplicates were summed depended on the limit, so romanize(x) (limit 1) was not
  /// candidates(x).first (limit 5).
  @Test func fewerCandidatesAreAPrefixOfMore() throws {
    let korean = try KoreanNameRomanizer()
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions")
    let bytes = try Array(Data(contentsOf: folder.appendingPathComponent("romanize-2.bin")))
    for text in [String(decoding: bytes, as: UTF8.self), "किम योंग-बीओम", "पार्क ग्युन हे", "सुगा"] {
      let all = korean.candidates(text, limit: 12).map(\.text)
      for limit in 1...6 {
        #expect(korean.candidates(text, limit: limit).map(\.text) == Array(all.prefix(limit)), "\(text) \(limit)")
      }
      #expect(korean.romanize(text).text == all.first ?? text)
    }
  }
}
