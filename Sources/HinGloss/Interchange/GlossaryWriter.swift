/// Writes glossary entries as TSV, CSV or TBX.
///
/// Output is deterministic (no dates, no random ids), so that exporting the same entries
/// twice gives the same bytes and TSV → TBX → TSV gives back the TSV byte for byte.
///
///     let glossary = try Glossary.default
///     let tbx = try GlossaryWriter().write(glossary.entries, as: .tbx)
///
/// ## TBX mapping (TBX-Basic, ISO 30042:2008, `martif` root)
///
/// One `termEntry` per entry, its `id` attribute the entry's id:
///
/// | glossary | TBX |
/// | --- | --- |
/// | `kind` | `<descrip type="subjectField">` of the entry |
/// | `english` | first term of `<langSet xml:lang="en">`, status preferred |
/// | `aliases` | further English terms, status admitted |
/// | `hindi` | first term of `<langSet xml:lang="hi">`, status preferred |
/// | `variants` | further Hindi terms, status admitted |
/// | `deprecated` | further Hindi terms, status deprecated |
/// | `hangul` | the term of `<langSet xml:lang="ko">` |
/// | `flags` | one `<admin type="projectSubset">` per flag |
/// | `note` | `<note>` of the entry |
/// | `source` | one `<admin type="source">` per source |
///
/// Statuses are `<termNote type="administrativeStatus">` with the TBX-Basic values
/// `preferredTerm-admn-sts`, `admittedTerm-admn-sts` and `deprecatedTerm-admn-sts`. The file
/// has no document type declaration (HinGloss refuses to read one).
public struct GlossaryWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The entries in `format`.
  ///
  /// - Throws: ``HinGlossError`` (code ``HinGlossError/Code/badCell``, located at the
  ///   entry when known) when a value cannot be written in the format: a tab or line break
  ///   in a TSV or CSV cell, a `|` inside a list item, a character XML cannot carry.
  public func write(_ entries: [GlossaryEntry], as format: InterchangeFormat) throws(HinGlossError) -> String {
    switch format {
    case .tsv: try tsv(entries)
    case .csv: try csv(entries)
    case .tbx: try tbx(entries)
    }
  }

  /// The cells of an entry in ``Glossary/columns`` order.
  static func cells(of e: GlossaryEntry) -> [String] {
    [
      e.id, e.kind.rawValue, e.english, e.hindi, e.variants.joined(separator: "|"), e.deprecated.joined(separator: "|"),
      e.aliases.joined(separator: "|"), e.hangul ?? "", GlossaryEntry.Flag.allCases.filter(e.flags.contains).map(\.rawValue).joined(separator: "|"),
      e.note, e.sources.joined(separator: "|"),
    ]
  }

  /// Checks that every value fits a one-line cell and every list item is free of `|`.
  static func checkCells(_ e: GlossaryEntry) throws(HinGlossError) {
    func fail(_ what: String) -> HinGlossError {
      HinGlossError(.badCell, "entry '\(e.id)': \(what)", at: e.location)
    }
    let single: [(String, String)] = [("id", e.id), ("english", e.english), ("hindi", e.hindi), ("hangul", e.hangul ?? ""), ("note", e.note)]
    let lists: [(String, [String])] = [("variants", e.variants), ("deprecated", e.deprecated), ("aliases", e.aliases), ("source", e.sources)]
    let listed = lists.flatMap { name, items in items.map { (name, $0) } }
    for (name, value) in single + listed {
      if value.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
        throw fail("'\(name)' holds a tab or a line break, which a glossary cell cannot hold")
      }
    }
    for (name, items) in lists where items.contains(where: { $0.utf8.contains(UInt8(ascii: "|")) || $0.isEmpty }) {
      throw fail("an item of '\(name)' is empty or holds '|', the list separator")
    }
  }

  /// HinGloss's glossary format: the full header, then one line per entry, LF line ends.
  public func tsv(_ entries: [GlossaryEntry]) throws(HinGlossError) -> String {
    var out = Glossary.columns.joined(separator: "\t") + "\n"
    for e in entries {
      try Self.checkCells(e)
      out += Self.cells(of: e).joined(separator: "\t")
      out += "\n"
    }
    return out
  }

  /// The glossary columns as RFC 4180 comma-separated values: a header row, fields quoted
  /// when they hold a comma, a quote or a line break, LF line ends, no byte-order mark.
  public func csv(_ entries: [GlossaryEntry]) throws(HinGlossError) -> String {
    func field(_ s: String) -> String {
      guard s.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return s }
      var quoted = "\""
      for ch in s.unicodeScalars {
        if ch == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(ch) }
      }
      return quoted + "\""
    }
    var out = Glossary.columns.map(field).joined(separator: ",") + "\n"
    for e in entries {
      try Self.checkCells(e)
      out += Self.cells(of: e).map(field).joined(separator: ",")
      out += "\n"
    }
    return out
  }

  /// TBX-Basic, as the type's documentation describes.
  public func tbx(_ entries: [GlossaryEntry]) throws(HinGlossError) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <martif type="TBX-Basic" xml:lang="en">
        <martifHeader>
          <fileDesc>
            <sourceDesc>
              <p>HinGloss glossary: Hindi–English names and terms about Korea (\(entries.count) entries)</p>
            </sourceDesc>
          </fileDesc>
          <encodingDesc>
            <p type="XCSURI">TBXBasicXCSV02.xcs</p>
          </encodingDesc>
        </martifHeader>
        <text>
          <body>

      """
    for e in entries {
      try Self.checkCells(e)
      func text(_ s: String, _ what: String) throws(HinGlossError) -> String {
        try Self.escape(s, attribute: false, entry: e, what: what)
      }
      out += "      <termEntry id=\"\(try Self.escape(e.id, attribute: true, entry: e, what: "id"))\">\n"
      out += "        <descrip type=\"subjectField\">\(e.kind.rawValue)</descrip>\n"
      if !e.note.isEmpty { out += "        <note>\(try text(e.note, "note"))</note>\n" }
      for flag in GlossaryEntry.Flag.allCases where e.flags.contains(flag) {
        out += "        <admin type=\"projectSubset\">\(flag.rawValue)</admin>\n"
      }
      for source in e.sources { out += "        <admin type=\"source\">\(try text(source, "source"))</admin>\n" }
      func langSet(_ lang: String, _ terms: [(String, GlossaryEntry.VariantStatus)]) throws(HinGlossError) {
        out += "        <langSet xml:lang=\"\(lang)\">\n"
        for (term, status) in terms {
          out += "          <tig>\n"
          out += "            <term>\(try text(term, "\(lang) term"))</term>\n"
          out += "            <termNote type=\"administrativeStatus\">\(status.rawValue)Term-admn-sts</termNote>\n"
          out += "          </tig>\n"
        }
        out += "        </langSet>\n"
      }
      try langSet("en", [(e.english, .preferred)] + e.aliases.map { ($0, .admitted) })
      try langSet("hi", e.hindiForms.map { ($0.text, $0.status) })
      if let hangul = e.hangul { try langSet("ko", [(hangul, .preferred)]) }
      out += "      </termEntry>\n"
    }
    out += "    </body>\n  </text>\n</martif>\n"
    return out
  }

  /// Escapes text for XML; a carriage return becomes `&#13;` (a parser turns a literal one
  /// into a line feed). Characters XML 1.0 cannot carry at all are an error.
  static func escape(_ s: String, attribute: Bool, entry: GlossaryEntry, what: String) throws(HinGlossError) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch.value {
      case 0x26: out += "&amp;"
      case 0x3C: out += "&lt;"
      case 0x3E: out += "&gt;"
      case 0x22 where attribute: out += "&quot;"
      case 0x0D: out += "&#13;"
      case 0x09, 0x0A: out.unicodeScalars.append(ch)
      case 0..<0x20, 0xFFFE, 0xFFFF:
        throw HinGlossError(.badCell, "entry '\(entry.id)': \(what) holds U+\(String(ch.value, radix: 16, uppercase: true)), which XML cannot carry", at: entry.location)
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}
