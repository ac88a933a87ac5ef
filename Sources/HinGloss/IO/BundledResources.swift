import Foundation

/// The data of `glossaries/` compiled into the library (by the EmbedGlossaries build
/// plugin): glossaries, romanization tables, editors' cases and the common-word list. The
/// library never looks for a resource bundle, so a copied binary carries its data with it.
enum BundledResources {
  /// The path messages give a built-in file: `<built-in>/glossaries/NAME`.
  static let builtInPrefix = "<built-in>/glossaries/"

  /// The names of the built-in files (relative to `glossaries/`), sorted.
  static let names: [String] = EmbeddedGlossaries.files.map(\.name).sorted()

  private static let index: [String: Int] = {
    var index: [String: Int] = [:]
    for (i, file) in EmbeddedGlossaries.files.enumerated() { index[file.name] = i }
    return index
  }()

  /// The bytes of a built-in file, or nil when there is none of that name.
  static func bytes(_ name: String) -> [UInt8]? {
    guard let i = index[name] else { return nil }
    switch EmbeddedGlossaries.files[i].payload {
    case .text(let text):
      return text.withUTF8Buffer { Array($0) }
    case .base64(let text):
      return text.withUTF8Buffer { Data(base64Encoded: Data($0)).map { Array($0) } }
    }
  }

  /// The `glossaries/` folder of the source tree the library was built from, when it is
  /// still there (development, benchmarks); nil anywhere else.
  static var sourceFolder: URL? {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // IO
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("glossaries")
    return GlossarySource.hasLayout(url) ? url : nil
  }
}

/// One data file: a file on disk, or one compiled into HinGloss.
///
///     let file = GlossaryFile(url: URL(fileURLWithPath: "my/places.tsv"))
///     let bytes = try file.read()
public struct GlossaryFile: Sendable, Hashable, CustomStringConvertible {
  enum Storage: Sendable, Hashable {
    case disk(URL)
    case builtIn(String)
  }

  let storage: Storage
  /// The path messages name: what was read. A file on disk is named by the path it was
  /// given (relative paths stay relative); a built-in file as `<built-in>/glossaries/NAME`.
  public let path: String

  /// A file on disk, named in messages by `path` (by default the URL's path).
  public init(url: URL, path: String? = nil) {
    storage = .disk(url)
    self.path = path ?? url.path
  }

  init(builtIn name: String) {
    storage = .builtIn(name)
    path = BundledResources.builtInPrefix + name
  }

  /// The file compiled into HinGloss under this name (relative to `glossaries/`, e.g.
  /// `entities/companies.tsv`), or nil when there is none.
  public static func builtIn(_ name: String) -> GlossaryFile? {
    BundledResources.names.contains(name) ? GlossaryFile(builtIn: name) : nil
  }

  /// The file's URL on disk; nil for a built-in file.
  public var url: URL? {
    if case .disk(let url) = storage { return url }
    return nil
  }

  /// Whether the file is compiled into HinGloss.
  public var isBuiltIn: Bool { url == nil }

  /// The last component of the file's name (`companies.tsv`).
  public var name: String {
    switch storage {
    case .disk(let url): return url.lastPathComponent
    case .builtIn(let name): return String(name.split(separator: "/").last ?? Substring(name))
    }
  }

  /// Whether the file exists.
  public var exists: Bool {
    switch storage {
    case .disk(let url): return FileManager.default.fileExists(atPath: url.path)
    case .builtIn(let name): return BundledResources.names.contains(name)
    }
  }

  /// The file's bytes.
  ///
  /// - Throws: ``HinGlossError`` with code `missingFile` or `unreadableFile`.
  public func read() throws(HinGlossError) -> [UInt8] {
    switch storage {
    case .builtIn(let name):
      guard let bytes = BundledResources.bytes(name) else {
        throw HinGlossError(.missingFile, "no built-in file \(path)")
      }
      return bytes
    case .disk(let url):
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
        throw HinGlossError(.missingFile, "no such file: \(path)")
      }
      if isDir.boolValue { throw HinGlossError(.unreadableFile, "\(path) is a folder, not a file") }
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw HinGlossError(.unreadableFile, "cannot read \(path)")
      }
      return Array(data)
    }
  }

  public var description: String { path }
}

/// A set of HinGloss data laid out like `glossaries/`: the copy compiled into HinGloss
/// (``builtIn``), or a folder on disk such as an editor's working copy.
///
///     let data = GlossarySource.workingCopy() ?? .builtIn
///     let glossary = try data.glossary()
///     let tables = try data.romanizationTables()
public struct GlossarySource: Sendable, Hashable, CustomStringConvertible {
  /// The folder on disk; nil for the built-in data.
  public let folder: URL?
  /// How messages name the folder (a path relative to the current directory when inside it).
  let displayFolder: String

  /// The data compiled into HinGloss.
  public static let builtIn = GlossarySource(folder: nil, displayFolder: "<built-in>/glossaries")

  private init(folder: URL?, displayFolder: String) {
    self.folder = folder
    self.displayFolder = displayFolder
  }

  /// A `glossaries/` folder on disk, named in messages by `path` (by default the folder's path).
  public init(folder: URL, path: String? = nil) {
    self.init(folder: folder.standardizedFileURL, displayFolder: path ?? folder.path)
  }

  /// Whether a folder has the layout of `glossaries/`: an `entities/` folder and a
  /// `romanization/` folder.
  public static func hasLayout(_ folder: URL) -> Bool {
    var isDir: ObjCBool = false
    for sub in ["entities", "romanization"] {
      guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(sub).path, isDirectory: &isDir),
        isDir.boolValue
      else { return false }
    }
    return true
  }

  /// The editor's working copy: the `glossaries/` folder with ``hasLayout(_:)`` in
  /// `directory` (by default the current directory) or the nearest of its parents, or nil.
  public static func workingCopy(from directory: URL? = nil) -> GlossarySource? {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
    var dir = (directory ?? cwd).standardizedFileURL
    while true {
      let candidate = dir.appendingPathComponent("glossaries")
      if hasLayout(candidate) {
        let full = candidate.path
        let display: String
        if full.hasPrefix(cwd.path == "/" ? "/" : cwd.path + "/") {
          display = String(full.dropFirst(cwd.path == "/" ? 1 : cwd.path.count + 1))
        } else {
          display = full
        }
        return GlossarySource(folder: candidate, path: display)
      }
      let parent = dir.deletingLastPathComponent()
      if parent.path == dir.path || dir.path == "/" { return nil }
      dir = parent
    }
  }

  /// Whether this is the built-in data.
  public var isBuiltIn: Bool { folder == nil }

  /// A file of the data by its name relative to the folder (`entities/companies.tsv`).
  public func file(_ name: String) -> GlossaryFile {
    guard let folder else { return GlossaryFile(builtIn: name) }
    return GlossaryFile(url: folder.appendingPathComponent(name), path: displayFolder + "/" + name)
  }

  /// The names (relative to the folder, sorted) of the files directly in `subfolder`
  /// (`""` for the folder itself) whose name ends in `suffix`.
  public func names(in subfolder: String, suffix: String = ".tsv") -> [String] {
    let prefix = subfolder.isEmpty ? "" : subfolder + "/"
    guard let folder else {
      return BundledResources.names.filter {
        $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && !$0.dropFirst(prefix.count).contains("/")
      }
    }
    let dir = subfolder.isEmpty ? folder : folder.appendingPathComponent(subfolder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted().map { prefix + $0 }
  }

  /// The glossary files: every `.tsv` in the folder, then every `.tsv` in `entities/`.
  public var glossaryFiles: [GlossaryFile] {
    (names(in: "") + names(in: "entities")).map(file)
  }

  /// The editors' case files (`tests/*.tsv`).
  public var caseFiles: [GlossaryFile] { names(in: "tests").map(file) }

  /// Reads the glossary files.
  ///
  /// - Throws: ``HinGlossError`` at the first problem, or for an id defined twice.
  public func glossary() throws(HinGlossError) -> Glossary {
    try Glossary(files: glossaryFiles)
  }

  /// Reads the romanization tables (`romanization/`).
  ///
  /// - Throws: ``HinGlossError`` for a missing table or a malformed row.
  public func romanizationTables() throws(HinGlossError) -> KoreanNameTables {
    if isBuiltIn { return try KoreanNameTables.default }
    return try KoreanNameTables { name in
      let f = file("romanization/" + name)
      return ((try? f.read()), f.path)
    }
  }

  /// The common-word list (`common-words/hindi-top-2000.txt`); empty when it is missing.
  public var stopWords: StopWords {
    if isBuiltIn { return .shipped }
    return StopWords(text: (try? file("common-words/hindi-top-2000.txt").read()) ?? [])
  }

  /// `<built-in>/glossaries`, or the folder's path.
  public var description: String { displayFolder }
}
