internal import CHinGlossICU

extension ICU {
  /// Owns one ICU transliterator handle, closed exactly once in `deinit`.
  ///
  /// `Sendable` notes: after init only the const `utrans_transUChars` is called, and ICU 72
  /// serializes rule-based transliteration with one process-wide mutex (rbt.cpp), so one
  /// instance is shared by every thread; clones do not run in parallel either.
  final class Transliterator: @unchecked Sendable {
    private let handle: OpaquePointer

    /// The failure to compile rule text, with the UTF-16 offset ICU reported.
    struct RuleError: Error, Sendable {
      var status: ICUError
      var utf16Offset: Int
      var preContext: String
      var postContext: String
    }

    /// Opens a transliterator that ICU knows by ID, such as `Devanagari-Latin`.
    init(id: String) throws(ICUError) {
      let id16 = Array(id.utf16)
      var status: Int32 = 0
      let opened = id16.withUnsafeBufferPointer { idp in
        CHG_translit_open_id(idp.baseAddress!, Int32(idp.count), 0, &status)
      }
      try ICUError.check(status)
      guard let opened else { throw ICUError(code: 1) }
      handle = opened
    }

    /// Compiles rule text under the given ID.
    init(id: String, rules: String) throws(RuleError) {
      let id16 = Array(id.utf16)
      let rules16 = Array(rules.utf16)
      var status: Int32 = 0
      var parseError = CHGParseError()
      let opened = id16.withUnsafeBufferPointer { idp in
        rules16.withUnsafeBufferPointer { rp in
          CHG_translit_open_rules(
            idp.baseAddress!, Int32(idp.count), rp.baseAddress ?? idp.baseAddress!,
            Int32(rp.count), 0, &parseError, &status)
        }
      }
      guard status <= 0, let opened else {
        throw RuleError(
          status: ICUError(code: status > 0 ? status : 1),
          utf16Offset: Int(max(parseError.offset, 0)),
          preContext: Self.string(parseError.preContext),
          postContext: Self.string(parseError.postContext))
      }
      handle = opened
    }

    private init(handle: OpaquePointer) { self.handle = handle }

    deinit { CHG_translit_close(handle) }

    /// A copy with its own handle.
    func clone() throws(ICUError) -> Transliterator {
      var status: Int32 = 0
      let copy = CHG_translit_clone(handle, &status)
      try ICUError.check(status)
      guard let copy else { throw ICUError(code: 1) }
      return Transliterator(handle: copy)
    }

    /// Transliterates a short string. Rule-based transliteration is quadratic in the length
    /// of one string: callers pass a word or a name, never a whole text.
    func transliterate(_ text: String) throws(ICUError) -> String {
      let units = Array(text.utf16)
      if units.isEmpty { return "" }
      var capacity = units.count * 4 + 16
      for _ in 0..<4 {
        var status: Int32 = 0
        var length = Int32(units.count)
        var buffer = units
        buffer.append(contentsOf: repeatElement(0, count: capacity - units.count))
        buffer.withUnsafeMutableBufferPointer { b in
          CHG_translit_transliterate(handle, b.baseAddress!, &length, Int32(capacity), &status)
        }
        if status == ICUError.bufferOverflow {
          capacity = max(Int(length) + 16, capacity * 2)
          continue
        }
        try ICUError.check(status)
        return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
      }
      throw ICUError(code: ICUError.bufferOverflow)
    }

    private static func string(
      _ tuple: (
        UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16,
        UInt16, UInt16
      )
    ) -> String {
      withUnsafeBytes(of: tuple) { raw in
        let units = raw.bindMemory(to: UInt16.self)
        let end = units.firstIndex(of: 0) ?? units.count
        return String(decoding: units[0..<end], as: UTF16.self)
      }
    }
  }

  /// Transliterator handles opened and closed so far (a leak check for tests).
  static var transliteratorBalance: (opened: Int64, closed: Int64) {
    (CHG_debug_translit_opened(), CHG_debug_translit_closed())
  }
}
