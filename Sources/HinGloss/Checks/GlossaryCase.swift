import Foundation

/// Editors' test cases: `glossaries/tests/*.tsv` with columns `input`, `expected` and an
/// optional `note`. Each case romanizes `input` with the glossary (``Romanizer``) and expects
/// exactly `expected`.
public struct GlossaryCase: Sendable, Hashable {
  public var input: String
  public var expected: String
  public var note: String
  public var location: SourceLocation

  /// Reads a case file.
  public static func read(_ url: URL) throws(HinGlossError) -> [GlossaryCase] {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw HinGlossError(.missingFile, "cannot read case file \(url.path)")
    }
    let tsv = try TSVReader(bytes: Array(data), file: BundledResources.displayPath(url.path))
    guard let i = tsv.header.firstIndex(of: "input"), let x = tsv.header.firstIndex(of: "expected") else {
      throw HinGlossError(.badHeader, "a case file needs the columns input and expected (and optionally note)", at: tsv.headerLocation(cell: 0))
    }
    let n = tsv.header.firstIndex(of: "note")
    return tsv.records.map { r in
      GlossaryCase(input: r.cells[i], expected: r.cells[x], note: n.map { r.cells[$0] } ?? "", location: SourceLocation(file: tsv.file, line: r.line, column: 1, byteOffset: r.byteOffset))
    }
  }

  /// The case files in a folder.
  public static func files(in folder: URL) -> [URL] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
      .filter { $0.hasSuffix(".tsv") }.map { folder.appendingPathComponent($0) }
  }

  /// The case files of files and folders (a folder contributes ``files(in:)``).
  public static func files(from urls: [URL]) -> [URL] {
    urls.flatMap { url -> [URL] in
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue { return files(in: url) }
      return [url]
    }
  }

  /// The shipped case files (`glossaries/tests/*.tsv`); empty when the library's resources
  /// are missing.
  public static var shippedFiles: [URL] {
    BundledResources.glossaries.map { files(in: $0.appendingPathComponent("tests")) } ?? []
  }

  /// Runs the case; returns what the romanizer gave.
  public func run(_ romanizer: Romanizer) -> (passed: Bool, got: String) {
    let got = romanizer.romanize(input).text
    return (got == expected, got)
  }
}
