import Foundation

/// A file format for exchanging a glossary with other tools.
///
/// - ``tsv``: HinGloss's own glossary format (glossaries/README.md), all eleven columns.
/// - ``csv``: the same columns as comma-separated values (RFC 4180), for spreadsheets.
/// - ``tbx``: TermBase eXchange, TBX-Basic (ISO 30042), for CAT tools such as Trados,
///   memoQ, Weblate or translate-toolkit. ``GlossaryWriter`` documents the mapping.
public enum InterchangeFormat: String, Sendable, Hashable, CaseIterable {
  case tsv, csv, tbx
}

extension HinGlossError.Code {
  /// An XML file with markup HinGloss refuses to read: a document type declaration (DTD),
  /// entity declarations or external entities, or an encoding other than UTF-8.
  public static let unsafeXML = HinGlossError.Code(name: "unsafe-xml")
  /// An input larger than the reader accepts.
  public static let inputTooLarge = HinGlossError.Code(name: "input-too-large")
  /// XML that is not well-formed, or TBX whose structure HinGloss cannot map to entries.
  public static let malformedXML = HinGlossError.Code(name: "malformed-xml")
}

extension SourceLocation {
  /// The line, column (in scalars) and byte offset of `offset` in UTF-8 `bytes`.
  static func of(byteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
    var line = 1
    var lineStart = 0
    let end = min(offset, bytes.count)
    var i = 0
    while i < end {
      if bytes[i] == 0x0A {
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    var column = 1
    i = lineStart
    while i < end {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return SourceLocation(file: file, line: line, column: column, byteOffset: offset)
  }
}
