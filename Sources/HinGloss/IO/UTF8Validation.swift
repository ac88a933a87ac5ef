/// Checks of raw bytes that claim to be UTF-8.
public enum UTF8Validation {
  /// The offset of the first byte that does not start a well-formed UTF-8 sequence
  /// (truncated, overlong, surrogate, above U+10FFFF, or a stray continuation byte), or nil
  /// when all of `bytes` is valid.
  ///
  /// - Complexity: O(*n*).
  public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 {
        i &+= 1
        continue
      }
      // The lead byte decides the length and the range of the second byte (plain
      // comparisons: range patterns in a switch are not specialized for UInt8).
      let need: Int
      var lo: UInt8 = 0x80
      var hi: UInt8 = 0xBF
      if b0 < 0xC2 {
        return i
      } else if b0 <= 0xDF {
        need = 1
      } else if b0 <= 0xEF {
        need = 2
        if b0 == 0xE0 { lo = 0xA0 } else if b0 == 0xED { hi = 0x9F }
      } else if b0 <= 0xF4 {
        need = 3
        if b0 == 0xF0 { lo = 0x90 } else if b0 == 0xF4 { hi = 0x8F }
      } else {
        return i
      }
      if i + need >= n { return i }
      let b1 = bytes[i + 1]
      if b1 < lo || b1 > hi { return i }
      var k = 2
      while k <= need {
        let b = bytes[i + k]
        if b < 0x80 || b > 0xBF { return i }
        k += 1
      }
      i += need + 1
    }
    return nil
  }

  /// The same check over an array.
  public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
  }

  /// Decodes bytes as a string, or throws an error that names the line, the column and the
  /// byte offset of the first invalid byte.
  ///
  /// - Parameters:
  ///   - bytes: the input.
  ///   - file: a name for messages.
  ///   - line: the 1-based line the bytes start on.
  ///   - baseOffset: the byte offset of `bytes[0]` in the whole input.
  public static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int = 1, baseOffset: Int = 0
  ) throws(HinGlossError) -> String {
    if let bad = firstInvalidOffset(in: bytes) {
      var lineNumber = line
      var lineStart = 0
      for j in 0..<bad where bytes[j] == 0x0A {
        lineNumber += 1
        lineStart = j + 1
      }
      let column =
        String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<bad]), as: UTF8.self).unicodeScalars.count + 1
      let hex = String(bytes[bad], radix: 16, uppercase: true)
      throw HinGlossError(
        .invalidUTF8,
        "invalid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) does not start a valid sequence; save the input as UTF-8",
        at: SourceLocation(file: file, line: lineNumber, column: column, byteOffset: baseOffset + bad))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
