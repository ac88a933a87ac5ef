import Testing

@testable import HinGloss

/// The decoder's packed forms agree with the string forms they stand for.
@Suite struct KoreanDecoderPartsTests {
  /// Every string of up to five letters over letters that make onsets, vowels and codas, and
  /// some that do not.
  static let words: [String] = {
    let letters = Array("aeiouywkngrhcl")
    var words = [""]
    var all: [String] = []
    for _ in 1...4 {
      words = words.flatMap { w in letters.map { w + String($0) } }
      all += words
    }
    return all
  }()

  @Test func packedSyllablesAreTheSpellingsOnes() {
    var disagreements: [String] = []
    for word in Self.words {
      guard let packed = LetterGroupIndex.pack(word) else {
        disagreements.append(word)
        continue
      }
      let count = word.utf8.count
      if LetterGroupIndex.isSyllable(packed, count: count) != (KoreanSpelling(syllable: word) != nil) {
        disagreements.append(word)
      }
      if LetterGroupIndex.text(packed, count: count) != word { disagreements.append(word) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
  }

  @Test func packingRefusesWhatItCannotHold() {
    #expect(LetterGroupIndex.pack("abcdefghijkl") != nil)
    #expect(LetterGroupIndex.pack("abcdefghijklm") == nil)
    #expect(LetterGroupIndex.pack("Kim") == nil)
    #expect(LetterGroupIndex.pack("~eo") == nil)
    #expect(LetterGroupIndex.pack("") == 0)
  }

  @Test func packedSpellingsSortAsTheirText() {
    let sample = ["a", "ab", "abc", "b", "ba", "yeon", "yeo", "kyung", "kyu", "z", "zz"]
    let width = UInt64(5 * LetterGroupIndex.maximumLetters)
    let packed = sample.map { w in (w, LetterGroupIndex.pack(w)! << (width - UInt64(5 * w.utf8.count))) }
    #expect(packed.sorted { $0.1 < $1.1 }.map(\.0) == sample.sorted())
  }

  @Test func piecesPackOnlyShortDevanagari() {
    #expect(LetterGroupIndex.key("".unicodeScalars) == 0)
    #expect(LetterGroupIndex.key("क्यो".unicodeScalars) != nil)
    #expect(LetterGroupIndex.key("क्यो".unicodeScalars) != LetterGroupIndex.key("क्यु".unicodeScalars))
    #expect(LetterGroupIndex.key("kyo".unicodeScalars) == nil)
    #expect(LetterGroupIndex.key(String(repeating: "क", count: 8).unicodeScalars) != nil)
    #expect(LetterGroupIndex.key(String(repeating: "क", count: 9).unicodeScalars) == nil)
  }

  @Test(arguments: [("Kim", "Yong-beom"), ("", "Jae-myung"), ("Cho", ""), ("", ""), ("Namgung", "Min-jiyeon"), ("a b", "c")])
  func textHashesJoinAsTheTextsDo(_ surname: String, _ given: String) {
    let joined = surname.isEmpty ? given : given.isEmpty ? surname : surname + " " + given
    #expect(KoreanNameRomanizer.TextHash(surname).joined(KoreanNameRomanizer.TextHash(given)).value == KoreanNameRomanizer.TextHash(joined).value)
    #expect(KoreanNameRomanizer.TextHash(surname).joined(KoreanNameRomanizer.TextHash(given)).count == joined.utf8.count)
  }

  @Test func decodingTwiceAtOnceGivesTheSameAnswers() async throws {
    let korean = try KoreanNameRomanizer()
    let names = ["किम योंग-बीओम", "ली जे म्युंग", "सोयोन", "चो ह्यून", "मून जे-इन", "पार्क जी-सुंग"]
    let once = names.map { korean.candidates($0, limit: 5) }
    // Many tasks share the romanizer and its pool of working lists.
    let results = await withTaskGroup(of: (Int, [KoreanNameRomanizer.Romanization]).self) { group in
      for round in 0..<8 {
        for (i, name) in names.enumerated() {
          _ = round
          group.addTask { (i, korean.candidates(name, limit: 5)) }
        }
      }
      var all: [(Int, [KoreanNameRomanizer.Romanization])] = []
      for await r in group { all.append(r) }
      return all
    }
    for (i, r) in results { #expect(r == once[i]) }
  }
}
