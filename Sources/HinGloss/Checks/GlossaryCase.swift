import Foundation

/// Editors' test cases: `glossaries/tests/*.tsv`, of two kinds, told apart by the header.
///
/// - Romanization cases (columns `input`, `expected`, optionally `note`): romanize `input`
///   with the glossary (``Romanizer``) and expect exactly `expected`.
/// - Entity cases (columns `text`, `entities`, optionally `note` and `source`): find the
///   glossary entities in `text` (``GlossaryMatcher``) and expect exactly the ids in
///   `entities`, in text order, separated by `|` (empty: the text names no entity).
public struct GlossaryCase: Sendable, Hashable {
  /// What a case checks.
  public enum Kind: String, Sendable, Hashable {
    /// `input` romanizes to `expected`.
    case romanization
    /// The entities found in `input` have the ids `expected` (`|`-separated, in order).
    case entities
  }

  /// The text romanized or searched.
  public var input: String
  /// The expected romanization, or the expected entity ids joined by `|`.
  public var expected: String
  /// The editor's note.
  public var note: String
  /// Where the case is written.
  public var location: SourceLocation
  /// What the case checks.
  public var kind: Kind = .romanization

  /// A case.
  public init(input: String, expected: String, note: String, location: SourceLocation, kind: Kind = .romanization) {
    self.input = input
    self.expected = expected
    self.note = note
    self.location = location
    self.kind = kind
  }

  /// Reads a case file.
  public static func read(_ url: URL) throws(HinGlossError) -> [GlossaryCase] {
    try read(GlossaryFile(url: url))
  }

  /// Reads a case file, on disk or built in.
  public static func read(_ file: GlossaryFile) throws(HinGlossError) -> [GlossaryCase] {
    let tsv = try TSVReader(bytes: file.read(), file: file.path)
    let n = tsv.header.firstIndex(of: "note")
    let kind: Kind
    let i: Int
    let x: Int
    if let input = tsv.header.firstIndex(of: "input"), let expected = tsv.header.firstIndex(of: "expected") {
      (kind, i, x) = (.romanization, input, expected)
    } else if let text = tsv.header.firstIndex(of: "text"), let entities = tsv.header.firstIndex(of: "entities") {
      (kind, i, x) = (.entities, text, entities)
    } else {
      throw HinGlossError(
        .badHeader,
        "a case file needs the columns input and expected (romanization cases) or text and entities (entity cases), and optionally note",
        at: tsv.headerLocation(cell: 0))
    }
    return tsv.records.map { r in
      GlossaryCase(
        input: r.cells[i], expected: r.cells[x], note: n.map { r.cells[$0] } ?? "",
        location: SourceLocation(file: tsv.file, line: r.line, column: 1, byteOffset: r.byteOffset), kind: kind)
    }
  }

  /// The case files in a folder.
  public static func files(in folder: URL) -> [URL] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
      .filter { $0.hasSuffix(".tsv") }.map { folder.appendingPathComponent($0) }
  }

  /// The case files of files and folders (a folder contributes ``files(in:)``).
  public static func files(from urls: [URL]) -> [GlossaryFile] {
    urls.flatMap { url -> [GlossaryFile] in
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
        return files(in: url).map { GlossaryFile(url: $0, path: $0.relativePath) }
      }
      return [GlossaryFile(url: url, path: url.relativePath)]
    }
  }

  /// The built-in case files (`glossaries/tests/*.tsv`, compiled into the library).
  public static var shippedFiles: [GlossaryFile] { GlossarySource.builtIn.caseFiles }

  /// Runs a romanization case; returns what the romanizer gave.
  public func run(_ romanizer: Romanizer) -> (passed: Bool, got: String) {
    let got = romanizer.romanize(input).text
    return (got == expected, got)
  }

  /// Runs the case of either kind; returns what came out (for an entity case, the ids
  /// found, joined by `|`).
  public func run(romanizer: Romanizer, matcher: GlossaryMatcher) -> (passed: Bool, got: String) {
    switch kind {
    case .romanization:
      return run(romanizer)
    case .entities:
      let got = matcher.matches(in: input).map { $0.entry?.id ?? "?" }.joined(separator: "|")
      let want = expected.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "|")
      return (got == want, got)
    }
  }
}
