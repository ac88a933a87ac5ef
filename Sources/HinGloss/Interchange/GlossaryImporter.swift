import Foundation

/// Reads glossary entries from TSV, CSV or TBX.
///
/// Every format goes through the same checks as a glossary file (required columns, ids,
/// kinds, NFC, Latin letters in Hindi cells, …), and every error names the place in the
/// *input*: `file:line:column` of the CSV cell or of the TBX element the value came from.
///
///     let entries = try GlossaryImporter().entries(contentsOf: url, format: .tbx)
///     let tsv = try GlossaryWriter().tsv(entries)
///
/// TBX input is read with Foundation's `XMLParser` (libxml2) after a check that refuses
/// a document type declaration: files with a DTD, entity declarations or external entities
/// are rejected with ``HinGlossError/Code/unsafeXML`` before parsing, so no entity is ever
/// expanded and nothing outside the file is ever read. ``GlossaryWriter`` documents the TBX
/// mapping; TBX v3 element names (`conceptEntry`, `langSec`, `termSec`) are read as well.
public struct GlossaryImporter: Sendable {
  /// The largest input accepted, in bytes (default 64 MiB; the shipped glossary as TBX is
  /// well under 1 MiB). Larger files are refused before they are read.
  public var maximumBytes = 64 << 20

  /// Creates an importer.
  public init() {}

  /// Reads a file.
  ///
  /// - Throws: ``HinGlossError``: ``HinGlossError/Code/missingFile`` when there is no such
  ///   file, ``HinGlossError/Code/unreadableFile`` when it cannot be read,
  ///   ``HinGlossError/Code/inputTooLarge`` past ``maximumBytes``, and the errors of
  ///   ``entries(from:format:file:)``.
  public func entries(contentsOf url: URL, format: InterchangeFormat) throws(HinGlossError) -> [GlossaryEntry] {
    let path = url.path
    guard FileManager.default.fileExists(atPath: path) else {
      throw HinGlossError(.missingFile, "no such file: \(path)")
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    if size > maximumBytes {
      throw HinGlossError(.inputTooLarge, "the file is \(size) bytes; the limit for a glossary is \(maximumBytes) bytes", at: SourceLocation(file: path, line: 1, column: 1, byteOffset: 0))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw HinGlossError(.unreadableFile, "cannot read \(path)")
    }
    return try entries(from: Array(data), format: format, file: path)
  }

  /// Parses the bytes of a file in `format`.
  ///
  /// - Parameters:
  ///   - bytes: the input, UTF-8 (a byte-order mark is accepted).
  ///   - format: the input's format.
  ///   - file: the name used in error messages.
  /// - Returns: the entries in input order, each located at its line (CSV, TSV) or its
  ///   `termEntry` element (TBX).
  /// - Throws: ``HinGlossError`` with the location of the first problem: invalid UTF-8, a
  ///   DTD or entity declaration (``HinGlossError/Code/unsafeXML``), XML that is not
  ///   well-formed, a TBX entry without id, kind, English or Hindi term, a CSV quote out of
  ///   place, or any error a glossary file can have.
  public func entries(from bytes: [UInt8], format: InterchangeFormat, file: String) throws(HinGlossError) -> [GlossaryEntry] {
    if bytes.count > maximumBytes {
      throw HinGlossError(.inputTooLarge, "the input is \(bytes.count) bytes; the limit for a glossary is \(maximumBytes) bytes", at: SourceLocation(file: file, line: 1, column: 1, byteOffset: 0))
    }
    if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
      throw HinGlossError(.invalidUTF8, "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", at: SourceLocation(file: file, line: 1, column: 1, byteOffset: 0))
    }
    try bytes.withUnsafeBufferPointer { (buf) throws(HinGlossError) in
      if let bad = UTF8Validation.firstInvalidOffset(in: buf) {
        _ = try UTF8Validation.decode(UnsafeBufferPointer(rebasing: buf[0..<(bad + 1)]), file: file)
      }
    }
    switch format {
    case .tsv:
      return try Glossary.parseEntries(bytes, file: file)
    case .csv:
      return try ImportedTable.fromCSV(bytes, file: file).entries(file: file)
    case .tbx:
      return try ImportedTable.fromTBX(bytes, file: file).entries(file: file)
    }
  }
}

/// Rows read from another format, with where each cell came from. They are checked by
/// writing them as a glossary file and reading it with the glossary reader, whose errors
/// are mapped back to the cells' own locations.
struct ImportedTable {
  /// The header (row 0) and data rows.
  var rows: [[String]] = []
  /// The location of each cell, row by row.
  var locations: [[SourceLocation]] = []
  /// The location of each row, for the entries made from it.
  var rowLocations: [SourceLocation] = []

  mutating func append(_ cells: [String], at locations: [SourceLocation], row: SourceLocation) {
    rows.append(cells)
    self.locations.append(locations)
    rowLocations.append(row)
  }

  /// Checks the rows as a glossary file and returns the entries.
  func entries(file: String) throws(HinGlossError) -> [GlossaryEntry] {
    var tsv: [UInt8] = []
    for (r, row) in rows.enumerated() {
      for (c, cell) in row.enumerated() {
        if cell.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
          throw HinGlossError(.badCell, "a tab or a line break in '\(rows[0].indices.contains(c) ? rows[0][c] : "cell \(c + 1)")', which a glossary cell cannot hold", at: locations[r][c])
        }
        if c > 0 { tsv.append(0x09) }
        tsv.append(contentsOf: cell.utf8)
      }
      if r > 0, let first = row.first, first.hasPrefix("#") {
        throw HinGlossError(.badCell, "an id cannot start with '#' (a glossary file reads such a line as a comment)", at: locations[r][0])
      }
      tsv.append(0x0A)
    }
    var entries: [GlossaryEntry]
    do {
      entries = try Glossary.parseEntries(tsv, file: file)
    } catch {
      throw mapped(error)
    }
    // Blank rows are skipped by the glossary reader: entries follow the non-blank rows.
    let dataRows = rows.indices.dropFirst().filter { r in !rows[r].allSatisfy { $0.utf8.allSatisfy { $0 == 0x20 } } }
    for (i, r) in dataRows.enumerated() where i < entries.count { entries[i].location = rowLocations[r] }
    return entries
  }

  /// An error of the glossary reader at line L, column C of the written TSV, moved to the
  /// cell it points into.
  func mapped(_ error: HinGlossError) -> HinGlossError {
    guard let at = error.location, at.line >= 1, at.line <= rows.count else { return error }
    let r = at.line - 1
    var column = 1
    var cell = 0
    for (c, value) in rows[r].enumerated() {
      let width = value.unicodeScalars.count + 1
      if at.column < column + width {
        cell = c
        break
      }
      column += width
      cell = c
    }
    guard locations[r].indices.contains(cell) else { return error }
    var location = locations[r][cell]
    // Inside a cell read verbatim (a CSV field without quotes), point at the character.
    if location.line == rowLocations[r].line, at.column >= column, !rows[r][cell].isEmpty, r < locations.count, isVerbatim(r, cell) {
      location.column += at.column - column
    }
    return HinGlossError(error.code, error.message, at: location)
  }

  /// Verbatim cells: those whose location column advances with their text (CSV fields
  /// without quotes); the set is kept small by checking the raw flag.
  var verbatim: Set<Int> = []
  func isVerbatim(_ r: Int, _ c: Int) -> Bool { verbatim.contains(r << 8 | c) }
}

extension ImportedTable {
  /// Reads RFC 4180 CSV: fields separated by commas, records by LF or CRLF, fields with
  /// commas, quotes or line breaks in double quotes (a quote inside doubled). A BOM is
  /// skipped; blank lines are ignored.
  static func fromCSV(_ bytes: [UInt8], file: String) throws(HinGlossError) -> ImportedTable {
    var table = ImportedTable()
    try bytes.withUnsafeBufferPointer { (buf) throws(HinGlossError) in
      var i = 0
      if buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { i = 3 }
      var line = 1
      var lineStart = i
      func location(_ offset: Int) -> SourceLocation {
        var column = 1
        var k = lineStart
        while k < offset {
          if buf[k] & 0xC0 != 0x80 { column += 1 }
          k += 1
        }
        return SourceLocation(file: file, line: line, column: column, byteOffset: offset)
      }
      let n = buf.count
      while i < n {
        // One record.
        let recordLocation = location(i)
        var cells: [String] = []
        var locations: [SourceLocation] = []
        var rawCells: [Int] = []
        var endOfRecord = false
        while !endOfRecord {
          let fieldLocation = location(i)
          var field: [UInt8] = []
          if i < n && buf[i] == UInt8(ascii: "\"") {
            i += 1
            while true {
              guard i < n else {
                throw HinGlossError(.malformedLine, "a quoted field has no closing quote", at: fieldLocation)
              }
              let b = buf[i]
              if b == UInt8(ascii: "\"") {
                if i + 1 < n && buf[i + 1] == UInt8(ascii: "\"") {
                  field.append(b)
                  i += 2
                  continue
                }
                i += 1
                break
              }
              if b == 0x0A {
                line += 1
                lineStart = i + 1
              }
              field.append(b)
              i += 1
            }
            if i < n && buf[i] != UInt8(ascii: ",") && buf[i] != 0x0A && !(buf[i] == 0x0D && i + 1 < n && buf[i + 1] == 0x0A) && buf[i] != 0x0D {
              throw HinGlossError(.malformedLine, "text after a closing quote; a quoted field ends at the quote (write a quote inside as \"\")", at: location(i))
            }
          } else {
            rawCells.append(cells.count)
            while i < n && buf[i] != UInt8(ascii: ",") && buf[i] != 0x0A && buf[i] != 0x0D {
              if buf[i] == UInt8(ascii: "\"") {
                throw HinGlossError(.malformedLine, "a quote inside a field without quotes; put the whole field in quotes and double the quote", at: location(i))
              }
              field.append(buf[i])
              i += 1
            }
          }
          cells.append(String(decoding: field, as: UTF8.self))
          locations.append(fieldLocation)
          if i < n && buf[i] == UInt8(ascii: ",") {
            i += 1
          } else {
            if i < n && buf[i] == 0x0D { i += 1 }
            if i < n && buf[i] == 0x0A { i += 1 }
            line += 1
            lineStart = i
            endOfRecord = true
          }
        }
        if cells.count == 1 && cells[0].isEmpty { continue }
        let r = table.rows.count
        for c in rawCells { table.verbatim.insert(r << 8 | c) }
        table.append(cells, at: locations, row: recordLocation)
      }
    }
    if table.rows.isEmpty {
      throw HinGlossError(.badHeader, "the file has no header row; the first row must name the columns (\(Glossary.columns.joined(separator: ",")))", at: SourceLocation(file: file, line: 1, column: 1, byteOffset: 0))
    }
    for (r, row) in table.rows.enumerated() where row.count != table.rows[0].count {
      let at = table.locations[r][min(row.count, table.rows[0].count) - 1]
      throw HinGlossError(.malformedLine, "row has \(row.count) fields but the header has \(table.rows[0].count)", at: at)
    }
    return table
  }
}
