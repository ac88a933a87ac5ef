import Testing

@testable import HinGloss

/// The UTF-8 check agrees with the standard library's decoder.
@Suite struct UTF8ValidationTests {
  /// Bytes that make and break sequences: ASCII, continuation bytes at the edges of their
  /// ranges, every kind of lead byte, and bytes that never occur.
  static let interesting: [UInt8] = [
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
    0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xA4, 0x95,
  ]

  @Test func agreesWithTheStandardLibrary() {
    var generator = SystemRandomNumberGenerator()
    var disagreements: [[UInt8]] = []
    for _ in 0..<50_000 {
      let bytes = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.interesting.randomElement(using: &generator)! }
      let offset = UTF8Validation.firstInvalidOffset(in: bytes)
      let valid = String(validating: bytes, as: UTF8.self) != nil
      if (offset == nil) != valid { disagreements.append(bytes) }
      // Everything before the offset is valid, and the sequence at it is not.
      if let offset {
        if String(validating: bytes[..<offset], as: UTF8.self) == nil { disagreements.append(bytes) }
        var longer = offset + 1
        while longer <= bytes.count && String(validating: bytes[offset..<longer], as: UTF8.self) == nil { longer += 1 }
        if longer <= bytes.count, String(validating: bytes[..<longer], as: UTF8.self) != nil { disagreements.append(bytes) }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }

  @Test(arguments: [
    ([UInt8]("देवनागरी".utf8), nil), ([0xE0, 0x80, 0x80], 0), ([0x41, 0xED, 0xA0, 0x80], 1), ([0xF4, 0x90, 0x80, 0x80], 0),
    ([0x41, 0x42, 0xE0, 0xA4], 2), ([0xC1, 0xBF], 0), ([0xF0, 0x9F, 0x98, 0x80], nil),
  ] as [([UInt8], Int?)])
  func findsTheFirstBadSequence(_ bytes: [UInt8], _ offset: Int?) {
    #expect(UTF8Validation.firstInvalidOffset(in: bytes) == offset)
  }
}
