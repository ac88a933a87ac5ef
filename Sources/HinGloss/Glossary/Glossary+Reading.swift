import Foundation

extension Glossary {
  /// The columns of a glossary file. `id`, `kind`, `english`, `hindi` and `source` are
  /// required; the others may be left out of the header. Order is free.
  public static let columns = [
    "id", "kind", "english", "hindi", "variants", "deprecated", "aliases", "hangul", "flags", "note", "source",
  ]
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
    var entries: [GlossaryEntry] = []
    try parseEntries(bytes, file: file, into: &entries)
    return entries
  }

  /// ``parseEntries(_:file:)`` appending to `entries`; on an error, `entries` may hold
  /// some of the file's entries.
  static func parseEntries(_ bytes: [UInt8], file: String, into entries: inout [GlossaryEntry]) throws(HinGlossError) {
    var errors: [HinGlossError] = []
    parseEntries(bytes, file: file, into: &entries, errors: &errors, limit: 1)
    if let first = errors.first { throw first }
  }

  /// Parses a file and goes on after a bad row: appends the good rows' entries to `entries`
  /// and the errors, in line order, to `errors`, stopping after `limit` errors. A problem
  /// with the whole file (invalid UTF-8, the header) is one error and ends the file.
  static func parseEntries(
    _ bytes: [UInt8], file: String, into entries: inout [GlossaryEntry], errors: inout [HinGlossError], limit: Int
  ) {
    let start = errors.count
    defer {
      errors[start...].sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
      if errors.count - start > limit { errors.removeLast(errors.count - start - limit) }
    }
    do {
      try parseRecords(bytes, file: file, into: &entries, errors: &errors, limit: limit)
    } catch {
      errors.append(error)
    }
  }

  private static func parseRecords(
    _ bytes: [UInt8], file: String, into entries: inout [GlossaryEntry], errors: inout [HinGlossError], limit: Int
  ) throws(HinGlossError) {
    let tsv = try TSVReader(bytes: bytes, file: file, skippingMalformedLines: limit > 1)
    errors += tsv.malformedLines.prefix(limit)
    var index: [String: Int] = [:]
    for (i, name) in tsv.header.enumerated() {
      guard columns.contains(name) else {
        throw HinGlossError(
          .badHeader, "unknown column '\(name)'; the columns are \(columns.joined(separator: ", "))",
          at: tsv.headerLocation(cell: i))
      }
      if index[name] != nil {
        throw HinGlossError(.badHeader, "column '\(name)' appears twice in the header", at: tsv.headerLocation(cell: i))
      }
      index[name] = i
    }
    for name in columns where requiredColumns.contains(name) && index[name] == nil {
      throw HinGlossError(
        .badHeader, "the header has no '\(name)' column; required columns are id, kind, english, hindi, source",
        at: tsv.headerLocation(cell: 0))
    }
    // Cell positions of the columns, looked up once per file.
    let idColumn = index["id"]!, kindColumn = index["kind"]!, englishColumn = index["english"]!
    let hindiColumn = index["hindi"]!, sourceColumn = index["source"]!
    let variantsColumn = index["variants"], deprecatedColumn = index["deprecated"], aliasesColumn = index["aliases"]
    let hangulColumn = index["hangul"], flagsColumn = index["flags"], noteColumn = index["note"]

    entries.reserveCapacity(entries.count + tsv.records.count)
    /// The entry of one record.
    func entry(_ record: TSVReader.Record) throws(HinGlossError) -> GlossaryEntry {
      func checkText(_ name: String, _ i: Int?, hindi: Bool) throws(HinGlossError) -> String {
        guard let i else { return "" }
        let value = record.cells[i]
        try TSVReader.validateCell(value, column: name, hindi: hindi, at: tsv.location(record, cell: i))
        return value
      }
      func list(_ name: String, _ i: Int?, hindi: Bool) throws(HinGlossError) -> [String] {
        let value = try checkText(name, i, hindi: hindi)
        if value.isEmpty { return [] }
        let items = splitItems(value)
        if items.contains(where: isBlank) {
          throw HinGlossError(
            .badCell, "empty item in '\(name)'; separate values with a single | and no empty values",
            at: tsv.location(record, cell: i!))
        }
        if items.contains(where: startsWithMark) {
          throw HinGlossError(
            .badCell,
            "an item in '\(name)' starts with a combining mark; a | stands between whole forms, never inside a syllable",
            at: tsv.location(record, cell: i!))
        }
        return items
      }
      func required(_ name: String, _ i: Int, hindi: Bool = false) throws(HinGlossError) -> String {
        let value = try checkText(name, i, hindi: hindi)
        if isBlank(value) {
          throw HinGlossError(
            .badCell,
            "empty '\(name)'; every entry needs \(name == "hindi" ? "its house-style Hindi form" : name == "english" ? "its canonical English form" : "a value in '\(name)'")",
            at: tsv.location(record, cell: i))
        }
        return value
      }
      let id = try required("id", idColumn)
      if !isValidID(id) {
        throw HinGlossError(
          .badCell, "id '\(id)' must be lowercase ASCII letters, digits, '.', '-' or '_' (e.g. person.kim-yong-beom)",
          at: tsv.location(record, cell: idColumn))
      }
      let kindText = try required("kind", kindColumn)
      guard let kind = GlossaryEntry.Kind(rawValue: kindText) else {
        throw HinGlossError(
          .badCell,
          "unknown kind '\(kindText)'; use one of \(GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
          at: tsv.location(record, cell: kindColumn))
      }
      let english = try required("english", englishColumn)
      let hindi = try required("hindi", hindiColumn, hindi: true)
      var flags: Set<GlossaryEntry.Flag> = []
      for f in try list("flags", flagsColumn, hindi: false) {
        guard let flag = GlossaryEntry.Flag(rawValue: f) else {
          throw HinGlossError(
            .badCell,
            "unknown flag '\(f)'; use \(GlossaryEntry.Flag.allCases.map(\.rawValue).joined(separator: " or "))",
            at: tsv.location(record, cell: flagsColumn!))
        }
        flags.insert(flag)
      }
      let sources = try list("source", sourceColumn, hindi: false)
      if sources.isEmpty {
        throw HinGlossError(
          .badCell,
          "empty 'source'; say where the facts come from (a URL), and add 'composed' if the Hindi form is composed",
          at: tsv.location(record, cell: sourceColumn))
      }
      let hangul = try checkText("hangul", hangulColumn, hindi: false)
      return GlossaryEntry(
          id: id, kind: kind, english: english, hindi: hindi,
          variants: try list("variants", variantsColumn, hindi: true),
          deprecated: try list("deprecated", deprecatedColumn, hindi: true),
          aliases: try list("aliases", aliasesColumn, hindi: false), hangul: hangul.isEmpty ? nil : hangul,
          flags: flags,
          note: try checkText("note", noteColumn, hindi: false), sources: sources,
          location: SourceLocation(file: file, line: record.line, column: 1, byteOffset: record.byteOffset))
    }

    let start = errors.count
    for record in tsv.records {
      if errors.count - start >= limit { return }
      do throws(HinGlossError) {
        entries.append(try entry(record))
      } catch {
        if limit == 1 { throw error }
        errors.append(error)
      }
    }
  }

  /// Whether a cell or item holds only spaces (or nothing): what trimming spaces leaves
  /// empty. A space character is exactly the byte 0x20, so the bytes decide.
  static func isBlank(_ value: String) -> Bool {
    value.utf8.allSatisfy { $0 == 0x20 }
  }

  /// Whether an id is lowercase ASCII letters, digits, `.`, `-` and `_`.
  static func isValidID(_ id: String) -> Bool {
    id.utf8.allSatisfy { b in
      switch b {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "-"):
        true
      default: false
      }
    }
  }

  /// The items of a multi-valued cell: split at every `|`, keeping empty items.
  static func splitItems(_ value: String) -> [String] {
    if !value.utf8.contains(UInt8(ascii: "|")) { return [value] }
    return value.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map {
      String(Substring($0))
    }
  }

  /// Whether an item starts with a combining mark: what a `|` typed inside a syllable
  /// leaves (क|ा), never a form of its own.
  static func startsWithMark(_ item: String) -> Bool {
    guard let first = item.unicodeScalars.first, !first.isASCII else { return false }
    switch first.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Reads one glossary file.
  public static func readEntries(at url: URL) throws(HinGlossError) -> [GlossaryEntry] {
    try readEntries(from: GlossaryFile(url: url))
  }

  /// Reads one glossary file, on disk or built in.
  public static func readEntries(from file: GlossaryFile) throws(HinGlossError) -> [GlossaryEntry] {
    var entries: [GlossaryEntry] = []
    try parseEntries(file.read(), file: file.path, into: &entries)
    return entries
  }

  /// Reads one glossary file and goes on after a bad row: the entries of the good rows, and
  /// up to `limit` errors in line order (one for a file that cannot be read at all).
  public static func readEntries(from file: GlossaryFile, limit: Int) -> (
    entries: [GlossaryEntry], errors: [HinGlossError]
  ) {
    var entries: [GlossaryEntry] = []
    var errors: [HinGlossError] = []
    do {
      parseEntries(try file.read(), file: file.path, into: &entries, errors: &errors, limit: max(1, limit))
    } catch {
      errors.append(error)
    }
    return (entries, errors)
  }

  /// The files a glossary is made of: the built-in glossary files (with `shipped`), then the
  /// extra files, each folder among them contributing ``glossaryFiles(in:)``. Extra files
  /// always add to the shipped ones (see ``files(base:adding:replacing:)`` to replace).
  public static func files(shipped: Bool = true, adding extra: [URL]) -> [GlossaryFile] {
    (shipped ? GlossarySource.builtIn.glossaryFiles : []) + files(of: extra)
  }

  /// The files a glossary is made of: the glossary files of `base` (none when nil), then the
  /// extra files (a folder contributes ``glossaryFiles(in:)``).
  ///
  /// With `replacing`, each extra file instead takes the place of the base file with the
  /// same name (`my/companies.tsv` replaces `entities/companies.tsv`).
  ///
  /// - Throws: ``HinGlossError`` `missingFile` for an extra path that does not exist, or, with
  ///   `replacing`, an extra file whose name no base file has.
  public static func files(base: GlossarySource?, adding extra: [URL], replacing: Bool = false) throws(HinGlossError)
    -> [GlossaryFile]
  {
    for url in extra where !FileManager.default.fileExists(atPath: url.path) {
      throw HinGlossError(.missingFile, "no such glossary file or folder: \(url.relativePath)")
    }
    var files = base?.glossaryFiles ?? []
    let added = Self.files(of: extra)
    guard replacing else { return files + added }
    for file in added {
      guard let i = files.firstIndex(where: { $0.name == file.name }) else {
        throw HinGlossError(
          .missingFile,
          "--replace: \(file.path) replaces no file; the glossary files are \(files.map(\.name).joined(separator: ", "))")
      }
      files[i] = file
    }
    return files
  }

  /// The glossary files of files and folders, in order (a folder contributes ``glossaryFiles(in:)``).
  static func files(of urls: [URL]) -> [GlossaryFile] {
    var files: [GlossaryFile] = []
    for url in urls {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
        files += glossaryFiles(in: url).map { GlossaryFile(url: $0, path: $0.relativePath) }
      } else {
        files.append(GlossaryFile(url: url, path: url.relativePath))
      }
    }
    return files
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
