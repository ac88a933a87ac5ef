/// The key encodings the matcher searches: compact (one byte per Devanagari scalar) or UTF-8.
extension _FastFold {
  /// The compact key encoding: ASCII as itself, U+0900–U+097F as 0x80 + the low 7 bits,
  /// any other letter, digit or mark as 0x7F, anything else as 0x1E. Used when every pattern
  /// is ASCII and Devanagari: Devanagari then costs one byte (and one automaton state) per
  /// scalar instead of three.
  @inline(__always)
  static func compactByte(_ v: UInt32) -> UInt8 {
    if v < 0x80 { return UInt8(v) }
    if Devanagari.contains(v) { return UInt8(0x80 | (v & 0x7F)) }
    return Devanagari.isWordScalar(v) ? 0x7F : 0x1E
  }

  /// Whether every scalar of a key has its own compact byte.
  static func isCompactEncodable(_ key: String) -> Bool {
    key.unicodeScalars.allSatisfy {
      ($0.value < 0x80 && $0.value != 0x7F && $0.value != 0x1E) || Devanagari.contains($0.value)
    }
  }

  /// Encodes a key in the compact or UTF-8 encoding with each byte's source range, from the
  /// full `MatchKey` (for text the one-pass fold does not take).
  static func encode(
    _ key: MatchKey, compact: Bool, key bytes: inout [UInt8], starts: inout [Int32], ends: inout [Int32]
  ) {
    bytes.removeAll(keepingCapacity: true)
    starts.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    var offset = 0
    for scalar in key.text.unicodeScalars {
      let w = UTF8.width(scalar)
      let r = key.offsetMap.sourceRange(for: offset..<(offset + w))
      let s = Int32(truncatingIfNeeded: r.lowerBound)
      let e = Int32(truncatingIfNeeded: r.upperBound)
      if compact {
        bytes.append(compactByte(scalar.value))
        starts.append(s)
        ends.append(e)
      } else {
        for b in String(scalar).utf8 {
          bytes.append(b)
          starts.append(s)
          ends.append(e)
        }
      }
      offset += w
    }
  }
}
