/// Reads the tab-separated files that editors keep: a header row, one record per line,
/// `#` comment lines, blank lines ignored, a UTF-8 BOM and CRLF line ends accepted.
///
/// Every problem is a ``HinGlossError`` naming `file:line:column` and the byte offset.
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

  /// Parses a whole file.
  ///
  /// - Throws: ``HinGlossError`` for invalid UTF-8, a missing header, and a line whose
  ///   number of cells differs from the header's.
  init(bytes: [UInt8], file: String) throws(HinGlossError) {
    self.file = file
    var start = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
    let text = try bytes.withUnsafeBufferPointer { (buf) throws(HinGlossError) -> String in
      if let bad = UTF8Validation.firstInvalidOffset(in: buf) {
        _ = try UTF8Validation.decode(UnsafeBufferPointer(rebasing: buf[0..<(bad + 1)]), file: file)
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buf[start...]), as: UTF8.self)
    }
    var header: [String]? = nil
    var headerLine = 0
    var records: [Record] = []
    var lineNumber = 0
    var offset = start
    for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      let lineOffset = offset
      offset += rawLine.count + 1
      var line = Substring(rawLine)
      if line.utf8.last == 0x0D { line = line.dropLast() }
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      var cells: [String] = []
      var cellOffsets: [Int] = []
      var cellColumns: [Int] = []
      var byte = 0
      var column = 1
      for cell in line.split(separator: "\t", omittingEmptySubsequences: false) {
        cells.append(String(cell))
        cellOffsets.append(byte)
        cellColumns.append(column)
        byte += cell.utf8.count + 1
        column += cell.unicodeScalars.count + 1
      }
      guard let h = header else {
        header = cells.map { $0.trimmingCharacters(in: " ") }
        headerLine = lineNumber
        continue
      }
      if cells.count != h.count {
        let where_ = SourceLocation(file: file, line: lineNumber, column: cells.count > h.count ? cellColumns[h.count] : column, byteOffset: lineOffset + (cells.count > h.count ? cellOffsets[h.count] : byte - 1))
        throw HinGlossError(
          .malformedLine,
          "line has \(cells.count) cells but the header has \(h.count) (\(h.joined(separator: ", "))); separate cells with one tab each and leave empty cells empty",
          at: where_)
      }
      records.append(Record(cells: cells, line: lineNumber, byteOffset: lineOffset, cellByteOffsets: cellOffsets, cellColumns: cellColumns))
    }
    guard let header else {
      throw HinGlossError(.badHeader, "the file has no header row; the first line that is not a comment must name the columns", at: SourceLocation(file: file, line: 1, column: 1, byteOffset: 0))
    }
    self.header = header
    self.headerLine = headerLine
    self.records = records
  }

  /// The location of a cell.
  func location(_ record: Record, cell: Int) -> SourceLocation {
    SourceLocation(file: file, line: record.line, column: record.cellColumns[cell], byteOffset: record.byteOffset + record.cellByteOffsets[cell])
  }

  /// The location of a header cell.
  func headerLocation(cell: Int) -> SourceLocation {
    SourceLocation(file: file, line: headerLine, column: 1 + header[..<cell].reduce(0) { $0 + $1.unicodeScalars.count + 1 })
  }
}
