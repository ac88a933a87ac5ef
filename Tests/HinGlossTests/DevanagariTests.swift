import Testing

@testable import HinGloss

/// The one description of Devanagari (``Devanagari``) and the places that must agree with it.
@Suite struct DevanagariTests {
  @Test func combiningSigns() {
    let combining: [UInt32] =
      Array(0x0900...0x0903) + Array(0x093A...0x094F) + Array(0x0951...0x0957) + [0x0962, 0x0963]
    for v in UInt32(0x0880)...0x0A00 {
      let s = Unicode.Scalar(v)!
      #expect(Devanagari.isCombining(s) == combining.contains(v), "U+\(String(v, radix: 16))")
    }
  }

  @Test func blockAndConsonants() {
    #expect(Devanagari.contains(Unicode.Scalar(0x0900)!) && Devanagari.contains(Unicode.Scalar(0x097F)!))
    #expect(!Devanagari.contains(Unicode.Scalar(0x08FF)!) && !Devanagari.contains(Unicode.Scalar(0x0980)!))
    #expect(Devanagari.containsAny("Kim किम") && !Devanagari.containsAny("Kim 김"))
    for v in UInt32(0x0900)...0x097F {
      let named = Unicode.Scalar(v)!.properties.name ?? ""
      let isLetter = named.hasPrefix("DEVANAGARI LETTER ")
      // The consonants are the letters that are not vowels.
      let isVowel =
        isLetter
        && (named.contains("LETTER A") || named.contains("LETTER I") || named.contains("LETTER U")
          || named.contains("LETTER E") || named.contains("LETTER O") || named.contains("VOCALIC")
          || named.contains("LETTER SHORT")
          || named.contains("LETTER CANDRA") || named.contains("LETTER AI") || named.contains("LETTER AU")
          || named.contains("LETTER AA")
          || named.contains("LETTER II") || named.contains("LETTER UU") || named.contains("LETTER OE")
          || named.contains("LETTER OOE")
          || named.contains("LETTER AW") || named.contains("LETTER UE") || named.contains("LETTER UUE")
          || named.contains("LETTER GLOTTAL")
          || named.contains("LETTER ZHA") || named.contains("LETTER JJYA") || named.contains("LETTER GGA")
          || named.contains("LETTER JJA")
          || named.contains("LETTER DDDA") || named.contains("LETTER BBA") || named.contains("LETTER HIGH SPACING DOT"))
      if (0x0915...0x0939).contains(v) || (0x0958...0x095F).contains(v) {
        #expect(Devanagari.isConsonant(v) && isLetter, "\(named)")
      } else {
        #expect(!Devanagari.isConsonant(v), "\(named)")
        if isLetter && v < 0x0970 { #expect(isVowel, "\(named) is a letter outside the consonant ranges") }
      }
    }
  }

  @Test func nasalConsonantsAreConsonants() {
    for v in Devanagari.nasalConsonants {
      #expect(Devanagari.isConsonant(v) && Devanagari.isNasalConsonant(v))
    }
    #expect((UInt32(0x0900)...0x097F).filter(Devanagari.isNasalConsonant) == Devanagari.nasalConsonants)
  }

  /// Every invisible character that canonical text drops is dropped by the normalizer and
  /// the one-pass fold, and refused by the glossary reader (U+180E too).
  @Test(arguments: Devanagari.droppedInvisibles)
  func droppedInvisiblesAgreeEverywhere(_ v: UInt32) throws {
    let invisible = String(Unicode.Scalar(v)!)
    let text = "कू\(invisible)पांग"
    #expect(HindiNormalizer().normalize(text).text == "कूपांग")
    #expect(!HindiNormalizer().isNormalized(text))
    #expect(_FastFold.key(text) == MatchKey.key("कूपांग"))
    #expect(MatchKey.key(text) == MatchKey.key("कूपांग"))
    let file = "id\tkind\tenglish\thindi\tsource\ncompany.coupang\tcompany\tCoupang\t\(text)\tx\n"
    do {
      _ = try Glossary.parseEntries(Array(file.utf8), file: "t.tsv")
      Issue.record("U+\(String(v, radix: 16, uppercase: true)) in a Hindi cell was accepted")
    } catch {
      #expect(error.code == .notNormalized, "\(error)")
      #expect(error.location?.line == 2 && error.location?.column == 35, "\(error)")
    }
  }

  @Test func dashAndSpaceVariants() {
    for v: UInt32 in [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D] {
      #expect(Devanagari.isDashVariant(v))
      #expect(HindiNormalizer().normalize("योंग\(Unicode.Scalar(v)!)बीओम").text == "योंग-बीओम")
    }
    for v: UInt32 in [0x00A0, 0x1680, 0x2000, 0x2005, 0x200A, 0x202F, 0x205F, 0x3000] {
      #expect(Devanagari.isSpaceVariant(v))
      #expect(HindiNormalizer().normalize("किम\(Unicode.Scalar(v)!)योंग").text == "किम योंग")
    }
    #expect(!Devanagari.isSpaceVariant(0x200B) && !Devanagari.isDashVariant(0x2D))
  }

  /// The one-pass fold's Devanagari tables come from ``MatchKey/table``: each row folds the
  /// same way on both paths, and every row the tables do not take is one the fold's own code
  /// handles.
  @Test func fastFoldFollowsTheFoldTable() {
    for row in MatchKey.table {
      let from = Array(row.from.unicodeScalars)
      let tabled = from.count == 1 && Devanagari.contains(from[0]) && !row.onlyBeforeConsonant
      #expect(tabled || _FastFold.isFoldedInline(row), "\(row)")
      for text in ["क\(row.from)क", "अ\(row.from)", "\(row.from)त"] {
        #expect(_FastFold.key(text) == nil || _FastFold.key(text) == MatchKey.key(text), "\(row): \(text)")
      }
      // The fast path takes every row (a joiner only after a virama, where text keeps it).
      let context = from.count == 1 && Devanagari.isJoiner(from[0].value) ? "क्\(row.from)क" : "क\(row.from)क"
      #expect(_FastFold.key(context) != nil, "\(row)")
      #expect(_FastFold.key(context) == MatchKey.key(context), "\(row)")
    }
  }

  @Test func wordScalars() {
    for v: UInt32 in [0x0964, 0x0965, 0x0970, 0x20, 0x2D, 0x2C] { #expect(!Devanagari.isWordScalar(v)) }
    for v: UInt32 in [0x0915, 0x093E, 0x094D, 0x0966, 0x200C, 0x200D, 0x41, 0x30, 0xAC00] {
      #expect(Devanagari.isWordScalar(v))
    }
    #expect(Devanagari.isNameWordScalar("-") && !Devanagari.isNameWordScalar("।") && Devanagari.isNameWordScalar("०"))
    #expect(Devanagari.isTransliterable(Unicode.Scalar(0xA8E0)!) && !Devanagari.isTransliterable("a"))
  }
}
