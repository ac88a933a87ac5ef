internal import CHinGlossICU

extension ICU {
  /// ICU's Unicode normalization. The underlying `UNormalizer2` instances are process-wide
  /// singletons ("Do not delete it"): thread-safe, owned by ICU, never closed.
  enum Normalization: Sendable {
    case nfc, nfd, nfkc, nfkd

    var form: CHGNormalizationForm {
      switch self {
      case .nfc: CHGNormalizationFormNFC
      case .nfd: CHGNormalizationFormNFD
      case .nfkc: CHGNormalizationFormNFKC
      case .nfkd: CHGNormalizationFormNFKD
      }
    }

    /// Normalizes UTF-16 code units.
    func normalize(_ units: [UInt16]) throws(ICUError) -> [UInt16] {
      if units.isEmpty { return [] }
      return try units.withUnsafeBufferPointer { (src) throws(ICUError) -> [UInt16] in
        try ICU.withGrowingBuffer(initialCapacity: src.count + src.count / 2 + 8) { dest, cap, status in
          CHG_normalize(form, src.baseAddress!, Int32(src.count), dest, cap, &status)
        }
      }
    }

    /// Normalizes a string.
    func normalize(_ text: String) throws(ICUError) -> String {
      String(decoding: try normalize(Array(text.utf16)), as: UTF16.self)
    }

    /// Whether the text is already in this form: ICU's quick check, and a full
    /// normalization when the quick check answers "maybe" (as it does for ◌़).
    func isNormalized(_ units: [UInt16]) -> Bool {
      if units.isEmpty { return true }
      let answer = units.withUnsafeBufferPointer { src in
        var status: Int32 = 0
        let answer = CHG_normalize_quick_check(form, src.baseAddress!, Int32(src.count), &status)
        return status <= 0 ? answer : CHGQuickCheckNo
      }
      if answer == CHGQuickCheckYes { return true }
      if answer == CHGQuickCheckNo { return false }
      return (try? normalize(units)) == units
    }

    /// Whether the scalar never changes under this form and never interacts with neighbours.
    func isInert(_ scalar: Unicode.Scalar) -> Bool {
      CHG_normalize_is_inert(form, scalar.value) != 0
    }

    /// Whether a normalization segment may start at this scalar.
    func hasBoundaryBefore(_ scalar: Unicode.Scalar) -> Bool {
      CHG_normalize_has_boundary_before(form, scalar.value) != 0
    }
  }
}
