extension TSVReader {
  /// Checks one cell of a table that editors keep: canonical text, no zero-width
  /// characters, no Latin letters in a Hindi cell.
  ///
  /// - Parameters:
  ///   - value: the cell's text.
  ///   - column: the column's name, for the message.
  ///   - hindi: whether the cell holds a Hindi form (Latin letters are refused).
  ///   - location: where the cell starts; a problem is reported at its scalar.
  static func validateCell(
    _ value: String, column: String, hindi: Bool, at location: SourceLocation
  ) throws(HinGlossError) {
    // ASCII text is always NFC and never zero-width: only a Hindi cell has letters to refuse.
    let ascii = isASCII(value)
    if ascii && !hindi { return }
    var scalarColumn = location.column
    var byte = location.byteOffset ?? 0
    // The UTF-16 form for ICU's NFC check, made on the way.
    var units: [UInt16] = []
    if !ascii { units.reserveCapacity(value.utf8.count) }
    for s in value.unicodeScalars {
      if Devanagari.isDroppedInvisible(s.value) || Devanagari.isJoiner(s.value) {
        let here = SourceLocation(file: location.file, line: location.line, column: scalarColumn, byteOffset: byte)
        throw HinGlossError(
          .notNormalized,
          "stray zero-width character U+\(String(s.value, radix: 16, uppercase: true)) in '\(column)'; delete it (it is invisible in most editors)",
          at: here)
      }
      if hindi, s.isASCII || (0x00C0...0x024F).contains(s.value), s.properties.isAlphabetic {
        let here = SourceLocation(file: location.file, line: location.line, column: scalarColumn, byteOffset: byte)
        throw HinGlossError(
          .badCell,
          "Latin letter '\(Character(s))' in Hindi cell '\(column)'; write the Hindi form in Devanagari and put English forms in 'english' or 'aliases'",
          at: here)
      }
      scalarColumn += 1
      byte += UTF8.width(s)
      if !ascii { units.append(contentsOf: UTF16.encode(s)!) }
    }
    if !ascii && !ICU.Normalization.nfc.isNormalized(units) {
      let nfc = (try? ICU.Normalization.nfc.normalize(value)) ?? value
      // Point at the first scalar that differs.
      var col = location.column
      var b = location.byteOffset ?? 0
      for (a, c) in zip(value.unicodeScalars, nfc.unicodeScalars) {
        if a != c { break }
        col += 1
        b += UTF8.width(a)
      }
      throw HinGlossError(
        .notNormalized,
        "text in '\(column)' is not in Unicode NFC (e.g. a precomposed nukta letter); re-save it normalized: \(nfc.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.prefix(8).joined(separator: " "))",
        at: SourceLocation(file: location.file, line: location.line, column: col, byteOffset: b))
    }
  }

  /// Whether every byte of `value` is ASCII.
  static func isASCII(_ value: String) -> Bool {
    value.utf8.withContiguousStorageIfAvailable { buf in
      var any: UInt8 = 0
      for b in buf { any |= b }
      return any < 0x80
    } ?? value.utf8.allSatisfy { $0 < 0x80 }
  }
}
