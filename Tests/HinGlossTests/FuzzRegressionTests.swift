import Foundation
import Testing

@testable import HinGloss

/// Inputs the fuzzers found (Fuzz/regressions), kept as tests.
@Suite struct FuzzRegressionTests {
  static let inputs: [(String, [UInt8])] = [
    ("matchkey-1", [0xE0, 0xA4, 0x95, 0xE0, 0xA4, 0xBE, 0xE0, 0xA4, 0xA8, 0xE0, 0xA5, 0x8D, 0xE0, 0xA4, 0xAF, 0xE0, 0xA5, 0x87]),
    ("matchkey-2", [0xE0, 0xA4, 0xA9, 0xE0, 0xA5, 0x8D, 0xE0, 0xA4, 0xA5]),
    ("matchkey-3", [0xE0, 0xA3, 0x8D, 0xEF, 0xBB, 0xBF, 0xE0, 0xA5, 0x8D]),
    ("normalize-1", [0xE0, 0xA5, 0x8D, 0xE2, 0x80, 0x8B, 0xE0, 0xA4, 0xBC]),
    ("normalize-2", [0xE0, 0xA3, 0x95, 0xE0, 0xA5, 0x8D, 0xE2, 0x80, 0x8D]),
    ("normalize-3", [0x65, 0xCC, 0x80]),
    // Joiners after viramas that follow a Hebrew accent: NFC moved each virama away from
    // its joiner once the joiner before was removed, one per pass.
    ("normalize-4", [0xA0, 0xD6, 0xA4, 0xE0, 0xA5, 0x8D, 0xE2, 0x80, 0x8C, 0xE0, 0xA0, 0xD6, 0xA4, 0xE0, 0xA5, 0x8D, 0xE2, 0x80, 0x8C, 0xE0, 0xA5, 0x8D, 0xE2, 0x80, 0x8C, 0xE0, 0xA5, 0x8D, 0xE2, 0x80, 0x8C, 0xE0, 0x8C]),
  ]

  @Test(arguments: inputs.map(\.0))
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
    // A pattern always finds itself.
    var b = GlossaryMatcher.Builder()
    b.add(text)
    let m = try b.build()
    if !key.isEmpty, key.unicodeScalars.first.map({ !Devanagari.isCombining($0) }) ?? false {
      #expect(m.matches(in: text).count <= 1)
    }
  }

  /// romanize-1: two syllable spellings tie on ही (hee, hui); the best answer must not depend
  /// on the order a dictionary is walked in, which changes from one call to the next.
  @Test func koreanResultsDoNotDependOnDictionaryOrder() throws {
    let korean = try KoreanNameRomanizer()
    let bytes: [UInt8] = [0xE0, 0xA4, 0x9F, 0xE0, 0xA5, 0x8B, 0xE0, 0xA4, 0xB9, 0xE0, 0xA5, 0x80, 0x20, 0xE0, 0xA4, 0x89, 0xE0, 0xA4, 0xAA, 0xE0, 0xA4, 0x97, 0xE0, 0xA5, 0x8D, 0xE0, 0xA4, 0xB0, 0xE0, 0xA4, 0xB9]
    for text in [String(decoding: bytes, as: UTF8.self), "ली ही", "किम ही-जू", "पार्क जियुन-हाए"] {
      let first = korean.candidates(text, limit: 8)
      for _ in 0..<20 {
        #expect(korean.romanize(text).text == first.first?.text, "\(text)")
        #expect(korean.candidates(text, limit: 8).map(\.text) == first.map(\.text), "\(text)")
        #expect(korean.hangulCandidates(text, limit: 5).map(\.hangul) == korean.hangulCandidates(text, limit: 5).map(\.hangul))
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
