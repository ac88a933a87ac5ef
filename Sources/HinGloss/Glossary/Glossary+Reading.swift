import Foundation

extension Glossary {
  /// The columns of a glossary file. `id`, `kind`, `english`, `hindi` and `source` are
  /// required; the others may be left out of the header. Order is free.
  public static let columns = ["id", "kind", "english", "hindi", "variants", "deprecated", "aliases", "hangul", "flags", "note", "source"]
  static let requiredColumns: Set<String> = ["id", "kind", "english", "hindi", "source"]

  /// Parses the text of one glossary file.
  ///
  /// - Parameters:
  ///   - bytes: the file's bytes (UTF-8; a BOM and CRLF line ends are accepted).
  ///   - file: the name used in error messages.
  /// - Returns: the entries, in file order.
  /// - Throws: ``HinGlossError`` at the first problem, with `file:line:column`: invalid
  ///   UTF-8, an unknown, duplicate or missing column, a wrong number of cells, an empty
  ///   required cell, an unknown kind or flag, Latin letters in a Hindi cell, text that is not
  ///   NFC, stray zero-width characters.
  public static func parseEntries(_ bytes: [UInt8], file: String) throws(HinGlossError) -> [GlossaryEntry] {
    let tsv = try TSVReader(bytes: bytes, file: file)
    var index: [String: Int] = [:]
    for (i, name) in tsv.header.enumerated() {
      guard columns.contains(name) else {
        throw HinGlossError(.badHeader, "unknown column '\(name)'; the columns are \(columns.joined(separator: ", "))", at: tsv.headerLocation(cell: i))
      }
      if index[name] != nil {
        throw HinGlossError(.badHeader, "column '\(name)' appears twice in the header", at: tsv.headerLocation(cell: i))
      }
      index[name] = i
    }
    for name in columns where requiredColumns.contains(name) && index[name] == nil {
      throw HinGlossError(.badHeader, "the header has no '\(name)' column; required columns are id, kind, english, hindi, source", at: tsv.headerLocation(cell: 0))
    }
    var entries: [GlossaryEntry] = []
    entries.reserveCapacity(tsv.records.count)
    for record in tsv.records {
      func cell(_ name: String) -> (String, Int)? {
        guard let i = index[name] else { return nil }
        return (record.cells[i], i)
      }
      func checkText(_ name: String, hindi: Bool) throws(HinGlossError) -> String {
        guard let (value, i) = cell(name) else { return "" }
        try validateCell(value, column: name, hindi: hindi, at: tsv.location(record, cell: i))
        return value
      }
      func list(_ name: String, hindi: Bool) throws(HinGlossError) -> [String] {
        let value = try checkText(name, hindi: hindi)
        if value.isEmpty { return [] }
        let items = value.split(separator: "|", omittingEmptySubsequences: false).map { String($0) }
        if items.contains(where: { $0.trimmingCharacters(in: " ").isEmpty }) {
          throw HinGlossError(.badCell, "empty item in '\(name)'; separate values with a single | and no empty values", at: tsv.location(record, cell: cell(name)!.1))
        }
        return items
      }
      func required(_ name: String, hindi: Bool = false) throws(HinGlossError) -> String {
        let value = try checkText(name, hindi: hindi)
        if value.trimmingCharacters(in: " ").isEmpty {
          throw HinGlossError(.badCell, "empty '\(name)'; every entry needs \(name == "hindi" ? "its house-style Hindi form" : name == "english" ? "its canonical English form" : "a value in '\(name)'")", at: tsv.location(record, cell: cell(name)!.1))
        }
        return value
      }
      let id = try required("id")
      if id.unicodeScalars.contains(where: { !($0.isASCII && ($0.properties.isLowercase || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))) }) {
        throw HinGlossError(.badCell, "id '\(id)' must be lowercase ASCII letters, digits, '.', '-' or '_' (e.g. person.kim-yong-beom)", at: tsv.location(record, cell: index["id"]!))
      }
      let kindText = try required("kind")
      guard let kind = GlossaryEntry.Kind(rawValue: kindText) else {
        throw HinGlossError(.badCell, "unknown kind '\(kindText)'; use one of \(GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", "))", at: tsv.location(record, cell: index["kind"]!))
      }
      let english = try required("english")
      let hindi = try required("hindi", hindi: true)
      var flags: Set<GlossaryEntry.Flag> = []
      for f in try list("flags", hindi: false) {
        guard let flag = GlossaryEntry.Flag(rawValue: f) else {
          throw HinGlossError(.badCell, "unknown flag '\(f)'; use \(GlossaryEntry.Flag.allCases.map(\.rawValue).joined(separator: " or "))", at: tsv.location(record, cell: index["flags"]!))
        }
        flags.insert(flag)
      }
      let sources = try list("source", hindi: false)
      if sources.isEmpty {
        throw HinGlossError(.badCell, "empty 'source'; say where the facts come from (a URL), and add 'composed' if the Hindi form is composed", at: tsv.location(record, cell: index["source"]!))
      }
      let hangul = try checkText("hangul", hindi: false)
      entries.append(GlossaryEntry(
        id: id, kind: kind, english: english, hindi: hindi,
        variants: try list("variants", hindi: true), deprecated: try list("deprecated", hindi: true),
        aliases: try list("aliases", hindi: false), hangul: hangul.isEmpty ? nil : hangul, flags: flags,
        note: try checkText("note", hindi: false), sources: sources,
        location: SourceLocation(file: file, line: record.line, column: 1, byteOffset: record.byteOffset)))
    }
    return entries
  }

  /// Checks one cell: canonical text, no zero-width characters, no Latin letters in Hindi.
  static func validateCell(_ value: String, column: String, hindi: Bool, at location: SourceLocation) throws(HinGlossError) {
    // Most cells (ids, kinds, English, URLs) are ASCII: always NFC, never zero-width.
    if !hindi && value.utf8.allSatisfy({ $0 < 0x80 }) { return }
    var scalarColumn = location.column
    var byte = location.byteOffset ?? 0
    for s in value.unicodeScalars {
      let here = SourceLocation(file: location.file, line: location.line, column: scalarColumn, byteOffset: byte)
      switch s.value {
      case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
        throw HinGlossError(.notNormalized, "stray zero-width character U+\(String(s.value, radix: 16, uppercase: true)) in '\(column)'; delete it (it is invisible in most editors)", at: here)
      default: break
      }
      if hindi, s.properties.isAlphabetic, s.isASCII || (0x00C0...0x024F).contains(s.value) {
        throw HinGlossError(.badCell, "Latin letter '\(Character(s))' in Hindi cell '\(column)'; write the Hindi form in Devanagari and put English forms in 'english' or 'aliases'", at: here)
      }
      scalarColumn += 1
      byte += UTF8.width(s)
    }
    if !ICU.Normalization.nfc.isNormalized(Array(value.utf16)) {
      let nfc = (try? ICU.Normalization.nfc.normalize(value)) ?? value
      // Point at the first scalar that differs.
      var col = location.column
      var b = location.byteOffset ?? 0
      for (a, c) in zip(value.unicodeScalars, nfc.unicodeScalars) {
        if a != c { break }
        col += 1
        b += UTF8.width(a)
      }
      throw HinGlossError(.notNormalized, "text in '\(column)' is not in Unicode NFC (e.g. a precomposed nukta letter); re-save it normalized: \(nfc.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.prefix(8).joined(separator: " "))", at: SourceLocation(file: location.file, line: location.line, column: col, byteOffset: b))
    }
  }

  /// Reads one glossary file.
  public static func readEntries(at url: URL) throws(HinGlossError) -> [GlossaryEntry] {
    let path = url.path
    guard FileManager.default.fileExists(atPath: path) else {
      throw HinGlossError(.missingFile, "no such glossary file: \(path)")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw HinGlossError(.unreadableFile, "cannot read glossary file: \(path)")
    }
    return try parseEntries(Array(data), file: displayPath(path))
  }

  /// A path for messages: shipped files as `glossaries/...`, others as given.
  static func displayPath(_ path: String) -> String {
    if let folder = bundledFolder?.path, path.hasPrefix(folder + "/") {
      return "glossaries/" + path.dropFirst(folder.count + 1)
    }
    return path
  }

  /// The glossary files in a folder: every `.tsv` in it and in `entities/`, not in the
  /// `romanization/` and `tests/` folders (those hold other tables).
  public static func glossaryFiles(in folder: URL) -> [URL] {
    var files: [URL] = []
    for sub in ["", "entities"] {
      let dir = sub.isEmpty ? folder : folder.appendingPathComponent(sub)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".tsv") {
        files.append(dir.appendingPathComponent(name))
      }
    }
    return files
  }
}
