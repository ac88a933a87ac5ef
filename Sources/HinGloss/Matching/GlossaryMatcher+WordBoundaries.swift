extension GlossaryMatcher {
  /// Whether a compact-encoded key range starts and ends at word boundaries.
  @inline(__always)
  static func isCompactBoundary(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
    if start > 0 && isCompactWordByte(bytes[start - 1]) { return false }
    if end < bytes.count && isCompactWordByte(bytes[end]) { return false }
    return true
  }

  @inline(__always)
  static func isCompactWordByte(_ b: UInt8) -> Bool {
    switch b {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x7F: true
    case 0xE4, 0xE5, 0xF0: false  // danda, double danda, abbreviation sign
    case 0x80...0xFF: true
    default: false
    }
  }

  /// Whether a key range starts and ends at word boundaries.
  static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
    if start > 0 {
      // Decode the scalar that ends at start.
      var i = start - 1
      while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
      if Devanagari.isWordScalar(decode(bytes, at: i)) { return false }
    }
    if end < bytes.count, Devanagari.isWordScalar(decode(bytes, at: end)) { return false }
    return true
  }

  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 { return b0 }
    if b0 < 0xE0, i + 1 < bytes.count { return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F) }
    if b0 < 0xF0, i + 2 < bytes.count {
      return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
    }
    if i + 3 < bytes.count {
      return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
        | UInt32(bytes[i + 3] & 0x3F)
    }
    return 0xFFFD
  }
}
