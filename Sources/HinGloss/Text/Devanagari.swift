/// What HinGloss knows about Devanagari and the invisible, dash and space characters around
/// it: the one place where these code point ranges are spelled out.
///
/// The normalizer, the match key, the one-pass fold, the matcher's word boundaries, the
/// romanizers, the lint and the glossary reader all ask here, so that they agree on what a
/// consonant, a combining mark, a word character or an invisible character is.
enum Devanagari {
  // MARK: The block

  /// The Devanagari block, U+0900–U+097F.
  static let block: ClosedRange<UInt32> = 0x0900...0x097F

  /// Whether a scalar value is in the Devanagari block (U+0900–U+097F).
  @inline(__always)
  static func contains(_ v: UInt32) -> Bool { v >= 0x0900 && v <= 0x097F }

  /// Whether a scalar is in the Devanagari block (U+0900–U+097F).
  @inline(__always)
  static func contains(_ s: Unicode.Scalar) -> Bool { contains(s.value) }

  /// Whether any scalar of `text` is in the Devanagari block.
  static func containsAny(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { contains($0.value) }
  }

  /// Whether a scalar value is in Devanagari Extended (U+A8E0–U+A8FF: cantillation marks,
  /// signs used in Vedic and Sanskrit text).
  @inline(__always)
  static func isExtended(_ v: UInt32) -> Bool { v >= 0xA8E0 && v <= 0xA8FF }

  // MARK: Letters and signs

  /// Nukta (◌़), U+093C.
  static let nukta: UInt32 = 0x093C
  /// Virama (◌्), U+094D.
  static let virama: UInt32 = 0x094D
  /// Anusvara (◌ं), U+0902.
  static let anusvara: UInt32 = 0x0902
  /// Chandrabindu (◌ँ), U+0901.
  static let chandrabindu: UInt32 = 0x0901
  /// Vowel sign AA (◌ा), U+093E.
  static let vowelSignAA: UInt32 = 0x093E
  /// Danda (।), U+0964, double danda (॥), U+0965, abbreviation sign (॰), U+0970: the
  /// punctuation of the block.
  static let punctuation: [UInt32] = [0x0964, 0x0965, 0x0970]
  /// Devanagari digits, U+0966–U+096F.
  static let digits: ClosedRange<UInt32> = 0x0966...0x096F

  /// Whether a scalar value is a Devanagari consonant, including the nukta letters
  /// (U+0915–U+0939, U+0958–U+095F).
  @inline(__always)
  static func isConsonant(_ v: UInt32) -> Bool {
    (v >= 0x0915 && v <= 0x0939) || (v >= 0x0958 && v <= 0x095F)
  }

  /// Whether a scalar is a Devanagari consonant, including the nukta letters.
  @inline(__always)
  static func isConsonant(_ s: Unicode.Scalar) -> Bool { isConsonant(s.value) }

  /// The nasal consonants whose virama form is written with anusvara as often (ङ ञ ण न ऩ म):
  /// ङ्ग / ंग, न्द / ंद.
  static let nasalConsonants: [UInt32] = [0x0919, 0x091E, 0x0923, 0x0928, 0x0929, 0x092E]

  /// Whether a scalar value is one of ``nasalConsonants``.
  @inline(__always)
  static func isNasalConsonant(_ v: UInt32) -> Bool {
    switch v {
    case 0x0919, 0x091E, 0x0923, 0x0928, 0x0929, 0x092E: true
    default: false
    }
  }

  /// Whether a scalar is a Devanagari combining sign: a sign that belongs to the letter
  /// before it and never starts a syllable (candrabindu, anusvara, visarga, vowel signs,
  /// nukta, virama, stress marks, vocalic vowel signs): U+0900–U+0903, U+093A–U+094F,
  /// U+0951–U+0957, U+0962, U+0963.
  @inline(__always)
  static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0900...0x0903, 0x093A...0x094F, 0x0951...0x0957, 0x0962, 0x0963: true
    default: false
    }
  }

  // MARK: Invisible characters

  /// ZERO WIDTH NON-JOINER, U+200C.
  static let zwnj: UInt32 = 0x200C
  /// ZERO WIDTH JOINER, U+200D.
  static let zwj: UInt32 = 0x200D

  /// Whether a scalar value is ZWNJ or ZWJ, which select a half form or block a conjunct
  /// after a virama, and mean nothing elsewhere.
  @inline(__always)
  static func isJoiner(_ v: UInt32) -> Bool { v == 0x200C || v == 0x200D }

  /// The invisible characters that never carry meaning in Hindi text and that canonical
  /// text drops: ZERO WIDTH SPACE, WORD JOINER, BYTE ORDER MARK (ZWNBSP), SOFT HYPHEN,
  /// MONGOLIAN VOWEL SEPARATOR.
  static let droppedInvisibles: [UInt32] = [0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E]

  /// Whether a scalar value is one of ``droppedInvisibles``.
  @inline(__always)
  static func isDroppedInvisible(_ v: UInt32) -> Bool {
    switch v {
    case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E: true
    default: false
    }
  }

  // MARK: Dash and space variants

  /// Whether a scalar value is a hyphen or dash variant that canonical text writes as `-`:
  /// U+2010–U+2015, U+2212, U+FE58, U+FE63, U+FF0D.
  @inline(__always)
  static func isDashVariant(_ v: UInt32) -> Bool {
    switch v {
    case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: true
    default: false
    }
  }

  /// Whether a scalar value is a space variant that canonical text writes as a space:
  /// U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000.
  @inline(__always)
  static func isSpaceVariant(_ v: UInt32) -> Bool {
    switch v {
    case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// Whether a scalar value is a line or paragraph separator that is Unicode White_Space
  /// but not a space variant (NEL U+0085, U+2028, U+2029): canonical text keeps it, and the
  /// match key folds it to a space.
  @inline(__always)
  static func isLineSeparator(_ v: UInt32) -> Bool { v == 0x0085 || v == 0x2028 || v == 0x2029 }

  // MARK: Words

  /// Whether a scalar value continues a word for the matcher's word boundaries: ASCII
  /// letters and digits, Devanagari letters and signs (not danda, double danda or the
  /// abbreviation sign), the joiners, and any other letter, digit or mark.
  static func isWordScalar(_ v: UInt32) -> Bool {
    switch v {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    case 0x0964, 0x0965, 0x0970: return false
    case 0x0900...0x097F, 0x200C, 0x200D: return true
    case 0..<0x80: return false
    default:
      guard let s = Unicode.Scalar(v) else { return false }
      return s.properties.isAlphabetic || s.properties.numericType != nil
        || s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .spacingMark
    }
  }

  /// Whether a scalar belongs to a word that Devanagari transliteration takes: the
  /// Devanagari block, Devanagari Extended and the joiners.
  @inline(__always)
  static func isTransliterable(_ s: Unicode.Scalar) -> Bool {
    contains(s.value) || isExtended(s.value) || isJoiner(s.value)
  }

  /// Whether a scalar belongs to a Hindi name word as the lint reads names: Devanagari
  /// letters and signs (not danda or double danda), the hyphen and the joiners.
  @inline(__always)
  static func isNameWordScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (contains(v) && v != 0x0964 && v != 0x0965) || v == 0x2D || isJoiner(v)
  }
}
