internal import CHinGlossICU

/// Namespace for the thin owners of ICU objects. Nothing here is public: ICU is an
/// implementation detail reached only through `CHinGlossICU`.
enum ICU {}

/// An ICU status code that signalled failure, with ICU's name for it.
struct ICUError: Error, Hashable, Sendable, CustomStringConvertible {
  var code: Int32
  var name: String { String(cString: CHG_error_name(code)) }
  var description: String { "ICU error \(name) (\(code))" }

  /// Warnings are negative and pass, as `U_SUCCESS` does.
  static func check(_ status: Int32) throws(ICUError) {
    if status > 0 { throw ICUError(code: status) }
  }

  static var bufferOverflow: Int32 { CHG_status_buffer_overflow() }
}

extension ICU {
  /// Runs `body` over a temporary UTF-16 buffer that can grow: ICU reports the size it
  /// needs on overflow, and the call is retried with that size (twice at most, since a
  /// transliteration's size is only known after running it).
  static func withGrowingBuffer(
    initialCapacity: Int,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
  ) throws(ICUError) -> [UInt16] {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<3 {
      var status: Int32 = 0
      var produced: Int32 = 0
      let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
        produced = body(buffer.baseAddress!, Int32(capacity), &status)
        count = status > 0 ? 0 : Int(produced)
      }
      if status == ICUError.bufferOverflow {
        capacity = max(Int(produced) + 1, capacity * 2)
        continue
      }
      try ICUError.check(status)
      return result
    }
    throw ICUError(code: ICUError.bufferOverflow)
  }
}
