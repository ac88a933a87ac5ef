import Testing

@testable import HinGloss

@Suite struct NormalizerTests {
  let normalizer = HindiNormalizer()

  @Test func canonicalTextIsReturnedWithoutChanges() {
    let text = "किम योंग-बीओम ने कहा"
    let n = normalizer.normalize(text)
    #expect(n.text == text)
    #expect(n.offsetMap.isIdentity)
    #expect(normalizer.isNormalized(text))
  }

  @Test func precomposedNuktaLettersDecompose() {
    let n = normalizer.normalize("\u{0958}ानून")  // क़ precomposed
    #expect(Array(n.text.unicodeScalars) == ["\u{0915}", "\u{093C}", "\u{093E}", "\u{0928}", "\u{0942}", "\u{0928}"])
    // क़ (3 bytes) became क + ◌़ (6 bytes): both map back to the one source letter.
    #expect(n.originalUTF8Range(for: 0..<3) == 0..<3)
    #expect(n.originalUTF8Range(for: 0..<6) == 0..<3)
    #expect(n.originalUTF8Range(for: 6..<9) == 3..<6)
  }

  @Test func nuktaOnNaComposes() {
    // ऩ is not a composition exclusion: NFC composes न + ◌़.
    #expect(normalizer.normalize("\u{0928}\u{093C}").text == "\u{0929}")
  }

  @Test func zeroWidthCharactersWithoutMeaningAreRemoved() {
    let n = normalizer.normalize("कू\u{200B}पंग\u{FEFF}")
    #expect(n.text == "कूपंग")
    #expect(n.originalUTF8Range(for: 0..<n.text.utf8.count) == 0..<n.original.utf8.count - 3)
  }

  @Test func joinerAfterViramaIsKept() {
    let text = "क्\u{200D}ष"
    #expect(normalizer.normalize(text).text == text)
    #expect(normalizer.normalize("क\u{200D}ष").text == "कष")
  }

  @Test func dashesAndSpacesAreUnified() {
    let n = normalizer.normalize("योंग\u{2013}बीओम\u{00A0}किम")
    #expect(n.text == "योंग-बीओम किम")
    let hyphen = n.text.utf8.firstIndex(of: UInt8(ascii: "-"))!
    let at = n.text.utf8.distance(from: n.text.utf8.startIndex, to: hyphen)
    #expect(n.originalUTF8Range(for: at..<(at + 1)) == at..<(at + 3))
  }

  @Test func originalRangeAsStringIndices() {
    let text = "श्री \u{0958}ानून मंत्री"
    let n = normalizer.normalize(text)
    let r = n.text.range(of: "क\u{093C}ानून")!
    #expect(text[n.originalRange(for: r)] == "\u{0958}ानून")
  }

  @Test func onlyCombiningMarks() {
    let text = String(repeating: "\u{093C}\u{094D}\u{0902}", count: 1000)
    let n = normalizer.normalize(text)
    #expect(n.text.unicodeScalars.count == 3000)
    #expect(n.originalUTF8Range(for: 0..<n.text.utf8.count) == 0..<text.utf8.count)
  }

  @Test func emptyAndNUL() {
    #expect(normalizer.normalize("").text == "")
    #expect(normalizer.normalize("क\u{0}ख").text == "क\u{0}ख")
  }

  @Test func tenMegabyteLine() {
    let line = String(repeating: "कूपांग ने \u{0958}हा। ", count: 400_000)
    let n = normalizer.normalize(line)
    #expect(n.text.utf8.count > line.utf8.count)
    #expect(n.originalUTF8Range(for: 0..<n.text.utf8.count) == 0..<line.utf8.count)
  }

  /// Every mapped range lies inside the input, ranges grow with their input, and mapping a
  /// scalar's range back gives source text that normalizes to that scalar's text.
  @Test func offsetMapInvariantsOnRandomText() {
    var rng = SplitMix64(seed: 42)
    let alphabet: [Unicode.Scalar] = [
      "क", "ख", "\u{0958}", "\u{095B}", "न", "\u{093C}", "ा", "ी", "ं", "ँ", "्", "\u{200B}", "\u{200D}", "\u{2013}",
      "\u{00A0}", " ", "a", "é", "e", "\u{0301}", "ग",
    ]
    for _ in 0..<500 {
      var s = ""
      for _ in 0..<Int.random(in: 0...30, using: &rng) { s.unicodeScalars.append(alphabet.randomElement(using: &rng)!) }
      let n = normalizer.normalize(s)
      let total = n.text.utf8.count
      #expect(n.originalUTF8Range(for: 0..<total).upperBound <= s.utf8.count)
      var offset = 0
      for scalar in n.text.unicodeScalars {
        let w = UTF8.width(scalar)
        let r = n.originalUTF8Range(for: offset..<(offset + w))
        #expect(r.lowerBound >= 0 && r.upperBound <= s.utf8.count && !r.isEmpty)
        offset += w
      }
    }
  }
}

@Suite struct QuickCanonicalCheckTests {
  /// The quick check (one space-separated run at a time) agrees with the full path.
  @Test func quickCheckAgreesWithTheFullPath() {
    var rng = SplitMix64(seed: 41)
    let pieces = [
      "क", "ि", "ा", "ं", "़", "\u{0958}", "्", "\u{200C}", "\u{200D}", " ", " ", "e", "\u{0301}", "\u{05A4}", "é", "한",
      "\u{1100}", "\u{1161}", "A", "\u{00A0}", "-", "\u{2013}", "\u{200B}", "\u{0951}",
    ]
    var canonicalSeen = 0
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...16, using: &rng) { text += pieces.randomElement(using: &rng)! }
      let full = HindiNormalizer().normalize(text).text
      let quick = HindiNormalizer.isCanonicalQuick(text)
      if quick {
        canonicalSeen += 1
        #expect(
          Array(full.unicodeScalars) == Array(text.unicodeScalars),
          "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      }
      // (Scalars, not String ==, which compares canonical equivalence.)
      if Array(full.unicodeScalars) == Array(text.unicodeScalars) { #expect(HindiNormalizer().isNormalized(text)) }
    }
    #expect(canonicalSeen > 300)
  }
}

extension QuickCanonicalCheckTests {
  /// Plain text (printable ASCII and Devanagari without nukta or stress marks) is canonical,
  /// checked against the full path with any scalar of the Devanagari block in any order.
  @Test func plainTextIsCanonical() {
    var rng = SplitMix64(seed: 7)
    let block = (0x0900...0x097F).compactMap(Unicode.Scalar.init).map(String.init)
    let pieces = block + ["a", " ", "-", "Z", "9", "."]
    var plain = 0
    for _ in 0..<20_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...10, using: &rng) { text += pieces.randomElement(using: &rng)! }
      guard HindiNormalizer.isPlain(text) else { continue }
      plain += 1
      // Against ICU itself (normalize(_:) would take the plain path too).
      #expect(
        ICU.Normalization.nfc.isNormalized(Array(text.utf16)),
        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    #expect(plain > 5_000)
  }
}
