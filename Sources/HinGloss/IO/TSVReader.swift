/// Reads the tab-separated files that editors keep: a header row, one record per line,
/// `#` comment lines, blank lines ignored, a UTF-8 BOM and CRLF line ends accepted.
///
/// Every problem is a ``HinGlossError`` naming `file:line:column` and the byte offset.
///
/// The reader works on the file's UTF-8 bytes: a tab is always a character of its own (a
/// control character never joins its neighbours), so cutting lines at LF and cells at tab
/// bytes gives the same cells as cutting the text by characters.
struct TSVReader {
  /// One data line.
  struct Record {
    var cells: [String]
    /// 1-based line number.
    var line: Int
    /// Byte offset of the line in the file.
    var byteOffset: Int
    /// Byte offset of each cell's start within the line, and its 1-based column in scalars.
    var cellByteOffsets: [Int]
    var cellColumns: [Int]
  }

  let file: String
  let header: [String]
  let headerLine: Int
  let records: [Record]
  /// With `skippingMalformedLines`, the lines whose number of cells differs from the
  /// header's (left out of ``records``).
  let malformedLines: [HinGlossError]

  /// Parses a whole file.
  ///
  /// - Parameter skippingMalformedLines: report a line whose number of cells differs from
  ///   the header's in ``malformedLines`` and go on, instead of throwing.
  /// - Throws: ``HinGlossError`` for invalid UTF-8, a missing header, and a line whose
  ///   number of cells differs from the header's.
  init(bytes: [UInt8], file: String, skippingMalformedLines: Bool = false) throws(HinGlossError) {
    self.file = file
    var header: [String]? = nil
    var headerLine = 0
    var records: [Record] = []
    var malformed: [HinGlossError] = []
    try bytes.withUnsafeBufferPointer { (buf) throws(HinGlossError) in
      if let bad = UTF8Validation.firstInvalidOffset(in: buf) {
        _ = try UTF8Validation.decode(UnsafeBufferPointer(rebasing: buf[0..<(bad + 1)]), file: file)
      }
      var start = 0
      if buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { start = 3 }
      var lineNumber = 0
      var lineStart = start
      // The text after the last LF is a line too (empty when the file ends with LF).
      while lineStart <= buf.count {
        lineNumber += 1
        var lineEnd = lineStart
        while lineEnd < buf.count && buf[lineEnd] != 0x0A { lineEnd += 1 }
        let lineOffset = lineStart
        defer { lineStart = lineEnd + 1 }
        var end = lineEnd
        if end > lineOffset && buf[end - 1] == 0x0D { end -= 1 }
        let line = UnsafeBufferPointer(rebasing: buf[lineOffset..<end])
        if Self.isSkipped(line) { continue }

        let expected = (header?.count ?? 8) + 1
        var cells: [String] = []
        var cellOffsets: [Int] = []
        var cellColumns: [Int] = []
        cells.reserveCapacity(expected)
        cellOffsets.reserveCapacity(expected)
        cellColumns.reserveCapacity(expected)
        var byte = 0
        var column = 1
        var cellStart = 0
        var scalars = 0
        var i = 0
        while true {
          if i == line.count || line[i] == 0x09 {
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: line[cellStart..<i]), as: UTF8.self))
            cellOffsets.append(byte)
            cellColumns.append(column)
            byte += i - cellStart + 1
            column += scalars + 1
            if i == line.count { break }
            i += 1
            cellStart = i
            scalars = 0
            continue
          }
          // Every byte but a continuation byte starts a scalar.
          if line[i] & 0xC0 != 0x80 { scalars += 1 }
          i += 1
        }

        guard let h = header else {
          header = cells.map { $0.trimmingCharacters(in: " ") }
          headerLine = lineNumber
          continue
        }
        if cells.count != h.count {
          let where_ = SourceLocation(
            file: file, line: lineNumber, column: cells.count > h.count ? cellColumns[h.count] : column,
            byteOffset: lineOffset + (cells.count > h.count ? cellOffsets[h.count] : byte - 1))
          let error = HinGlossError(
            .malformedLine,
            "line has \(cells.count) cells but the header has \(h.count) (\(h.joined(separator: ", "))); separate cells with one tab each and leave empty cells empty",
            at: where_)
          if !skippingMalformedLines { throw error }
          malformed.append(error)
          continue
        }
        records.append(
          Record(
            cells: cells, line: lineNumber, byteOffset: lineOffset, cellByteOffsets: cellOffsets,
            cellColumns: cellColumns))
      }
    }
    guard let header else {
      throw HinGlossError(
        .badHeader, "the file has no header row; the first line that is not a comment must name the columns",
        at: SourceLocation(file: file, line: 1, column: 1, byteOffset: 0))
    }
    self.header = header
    self.headerLine = headerLine
    self.records = records
    self.malformedLines = malformed
  }

  /// Whether a line (without its line end) is empty, a comment or only spaces and tabs.
  ///
  /// A comment starts with the character `#`: a `#` followed by a combining mark is another
  /// character and does not start a comment.
  private static func isSkipped(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = line.first else { return true }
    if first == UInt8(ascii: "#") {
      // ASCII never joins a preceding `#`; anything else is asked of the character view.
      if line.count == 1 || line[1] < 0x80 { return true }
      if String(decoding: line, as: UTF8.self).hasPrefix("#") { return true }
    }
    // A space or a tab character is exactly that one byte.
    return line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  /// The location of a cell.
  func location(_ record: Record, cell: Int) -> SourceLocation {
    SourceLocation(
      file: file, line: record.line, column: record.cellColumns[cell],
      byteOffset: record.byteOffset + record.cellByteOffsets[cell])
  }

  /// The location of a header cell.
  func headerLocation(cell: Int) -> SourceLocation {
    SourceLocation(
      file: file, line: headerLine, column: 1 + header[..<cell].reduce(0) { $0 + $1.unicodeScalars.count + 1 })
  }
}
