/// A place in a text file: 1-based line and column (in Unicode scalars), and the 0-based
/// UTF-8 byte offset from the start of the file.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file's path or a name for the input (`<stdin>`, `<rules>`).
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, counted in Unicode scalars.
  public var column: Int
  /// 0-based UTF-8 offset from the start of the input, when known.
  public var byteOffset: Int?

  /// Creates a location.
  public init(file: String, line: Int, column: Int, byteOffset: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
  }

  /// `file:line:column`, the form compilers and editors understand.
  public var description: String { "\(file):\(line):\(column)" }

  /// The location of a UTF-16 offset in a text (ICU reports rule errors that way).
  static func of(utf16Offset: Int, in text: String, file: String) -> SourceLocation {
    var line = 1
    var column = 1
    var units = 0
    var bytes = 0
    for scalar in text.unicodeScalars {
      if units >= utf16Offset { break }
      units += UTF16.width(scalar)
      bytes += UTF8.width(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return SourceLocation(file: file, line: line, column: column, byteOffset: bytes)
  }
}

/// An error with a code, a message that says what is wrong and how to fix it, and where.
///
/// Its `description` is compiler-style: `glossaries/people.tsv:12:5: empty canonical form ...`.
public struct HinGlossError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem this is. New codes may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    let name: String
    /// Input is not valid UTF-8.
    public static let invalidUTF8 = Code(name: "invalid-utf8")
    /// Transform rule text failed to compile.
    public static let ruleSyntax = Code(name: "rule-syntax")
    /// ICU failed.
    public static let icu = Code(name: "icu")
    /// A data file line does not have the shape its header promises.
    public static let malformedLine = Code(name: "malformed-line")
    /// A header names an unknown or duplicate column, or misses a required one.
    public static let badHeader = Code(name: "bad-header")
    /// A cell's value is not allowed.
    public static let badCell = Code(name: "bad-cell")
    /// Text is not in canonical form (NFC, no stray zero-width characters).
    public static let notNormalized = Code(name: "not-normalized")
    /// The same id twice.
    public static let duplicateID = Code(name: "duplicate-id")
    /// A file cannot be read.
    public static let unreadableFile = Code(name: "unreadable-file")
    /// A file or resource is missing.
    public static let missingFile = Code(name: "missing-file")
    public var description: String { name }
  }

  /// What kind of problem.
  public var code: Code
  /// Where, when the problem is in a file or an input.
  public var location: SourceLocation?
  /// What is wrong, and how to fix it.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String, at location: SourceLocation? = nil) {
    self.code = code
    self.message = message
    self.location = location
  }

  public var description: String {
    guard let location else { return message }
    if let offset = location.byteOffset { return "\(location): \(message) (byte offset \(offset))" }
    return "\(location): \(message)"
  }
}
