import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

extension ImportedTable {
  /// Reads TBX (TBX-Basic as ``GlossaryWriter`` writes it; TBX v3 element names too) into
  /// rows of the glossary columns.
  static func fromTBX(_ bytes: [UInt8], file: String) throws(HinGlossError) -> ImportedTable {
    try TBXSafety.check(bytes, file: file)
    let delegate = _TBXDelegate(file: file)
    let parser = XMLParser(data: Data(bytes))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = delegate
    delegate.parser = parser
    let ok = parser.parse()
    if let error = delegate.error { throw error }
    if !ok {
      let reason = parser.parserError.map(_TBXDelegate.explain) ?? "the parser stopped"
      throw HinGlossError(.malformedXML, "the XML is not well-formed: \(reason)", at: SourceLocation(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)))
    }
    if !delegate.sawRoot {
      throw HinGlossError(.malformedXML, "no <martif> or <tbx> root element: this is not a TBX file", at: SourceLocation(file: file, line: 1, column: 1, byteOffset: 0))
    }
    return delegate.table
  }
}

/// The checks that run before any XML parsing.
enum TBXSafety {
  /// Refuses a byte-order mark other than UTF-8's, an XML declaration naming an encoding
  /// other than UTF-8, and any markup declaration (`<!DOCTYPE`, `<!ENTITY`, …) outside
  /// comments and CDATA sections. Without a document type declaration, XML has no entity
  /// but the five predefined ones and character references, so nothing can expand and no
  /// external resource can be named.
  ///
  /// - Complexity: O(*n*), one pass over the bytes.
  static func check(_ bytes: [UInt8], file: String) throws(HinGlossError) {
    try bytes.withUnsafeBufferPointer { (b) throws(HinGlossError) in
      func at(_ i: Int) -> SourceLocation { .of(byteOffset: i, in: b, file: file) }
      let n = b.count
      if n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) {
        throw HinGlossError(.unsafeXML, "the file is UTF-16; save it as UTF-8", at: at(0))
      }
      func starts(_ s: StaticString, at i: Int) -> Bool {
        let count = s.utf8CodeUnitCount
        guard i + count <= n else { return false }
        let p = s.utf8Start
        for k in 0..<count where b[i + k] != p[k] { return false }
        return true
      }
      func find(_ s: StaticString, from i: Int) -> Int? {
        var j = i
        while j < n {
          if b[j] == s.utf8Start[0] && starts(s, at: j) { return j }
          j += 1
        }
        return nil
      }
      var i = 0
      if starts("\u{FEFF}", at: 0) { i = 3 }
      if starts("<?xml", at: i), let end = find("?>", from: i) {
        let declaration = String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self)
        if let r = declaration.range(of: "encoding") {
          let rest = declaration[r.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
          let name = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " }.lowercased()
          if name != "utf-8" && name != "utf8" {
            throw HinGlossError(.unsafeXML, "the XML declaration names the encoding '\(name)'; HinGloss reads TBX in UTF-8 only", at: at(i))
          }
        }
      }
      while let lt = find("<", from: i) {
        if starts("<!--", at: lt) {
          guard let end = find("-->", from: lt + 4) else { return }  // the parser reports it
          i = end + 3
        } else if starts("<![CDATA[", at: lt) {
          guard let end = find("]]>", from: lt + 9) else { return }
          i = end + 3
        } else if starts("<!", at: lt) {
          let what = starts("<!DOCTYPE", at: lt) ? "a document type declaration (<!DOCTYPE …>)" : starts("<!ENTITY", at: lt) ? "an entity declaration (<!ENTITY …>)" : "a markup declaration (<!…>)"
          throw HinGlossError(.unsafeXML, "the file has \(what); HinGloss never reads DTDs or expands entities: remove it (TBX-Basic needs no DTD)", at: at(lt))
        } else {
          i = lt + 1
        }
      }
    }
  }
}

/// Collects TBX entries from `XMLParser` events. Used by one parse on one thread.
final class _TBXDelegate: NSObject, XMLParserDelegate {
  struct Term {
    var text = ""
    var status: String? = nil
    var location: SourceLocation
  }

  struct Entry {
    var id: String?
    var location: SourceLocation
    var kind: (String, SourceLocation)?
    var notes: [(String, SourceLocation)] = []
    var sources: [(String, SourceLocation)] = []
    var flags: [(String, SourceLocation)] = []
    var terms: [String: [Term]] = [:]
  }

  let file: String
  weak var parser: XMLParser?
  var table = ImportedTable()
  var error: HinGlossError?
  var sawRoot = false
  private var names: [String] = []
  private var types: [String?] = []
  private var texts: [String] = []
  private var starts: [SourceLocation] = []
  private var entry: Entry?
  private var language: String?
  private var term: Term?

  init(file: String) {
    self.file = file
    table.append(Glossary.columns, at: Glossary.columns.map { _ in SourceLocation(file: file, line: 1, column: 1) }, row: SourceLocation(file: file, line: 1, column: 1))
  }

  private var here: SourceLocation {
    SourceLocation(file: file, line: parser?.lineNumber ?? 1, column: max(parser?.columnNumber ?? 1, 1))
  }

  private func fail(_ message: String, at location: SourceLocation) {
    if error == nil { error = HinGlossError(.malformedXML, message, at: location) }
    parser?.abortParsing()
  }

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
    let location = here
    if names.isEmpty {
      guard name == "martif" || name == "tbx" else {
        return fail("the root element is <\(name)>; a TBX file has <martif> (TBX-Basic) or <tbx> (TBX v3)", at: location)
      }
      sawRoot = true
    }
    names.append(name)
    types.append(attributes["type"])
    texts.append("")
    starts.append(location)
    switch name {
    case "termEntry", "conceptEntry":
      if entry != nil { return fail("<\(name)> inside another entry", at: location) }
      entry = Entry(id: attributes["id"], location: location)
    case "langSet", "langSec":
      guard entry != nil else { return fail("<\(name)> outside a <termEntry>", at: location) }
      guard let lang = attributes["xml:lang"], !lang.isEmpty else {
        return fail("<\(name)> without an xml:lang attribute", at: location)
      }
      language = lang.lowercased()
    case "tig", "ntig", "termSec":
      guard language != nil else { return fail("<\(name)> outside a <langSet>", at: location) }
      term = Term(location: location)
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if !texts.isEmpty { texts[texts.count - 1] += string }
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    if !texts.isEmpty { texts[texts.count - 1] += String(decoding: block, as: UTF8.self) }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    guard error == nil, !names.isEmpty else { return }
    names.removeLast()
    let type = types.removeLast()
    var text = texts.removeLast()
    let location = starts.removeLast()
    // Pretty-printed values (a line break inside the element) lose the layout around them.
    if text.contains("\n") { text = text.trimmingCharacters(in: .whitespacesAndNewlines) }
    let inLanguage = language != nil
    switch name {
    case "term":
      guard let lang = language, entry != nil else { return fail("<term> outside a <langSet>", at: location) }
      if term == nil {
        entry?.terms[lang, default: []].append(Term(text: text, location: location))
      } else {
        term?.text = text
        term?.location = location
      }
    case "termNote" where type == "administrativeStatus":
      term?.status = text
    case "tig", "ntig", "termSec":
      if let t = term, let lang = language { entry?.terms[lang, default: []].append(t) }
      term = nil
    case "langSet", "langSec":
      language = nil
    case "descrip" where type == "subjectField" && !inLanguage:
      entry?.kind = (text, location)
    case "note" where !inLanguage:
      entry?.notes.append((text, location))
    case "admin" where type == "source":
      entry?.sources.append((text, location))
    case "admin" where type == "projectSubset" && !inLanguage:
      entry?.flags.append((text, location))
    case "termEntry", "conceptEntry":
      if let e = entry { finish(e) }
      entry = nil
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if error == nil {
      error = HinGlossError(.malformedXML, "the XML is not well-formed: \(Self.explain(parseError))", at: here)
    }
  }

  /// Adds one entry's row, or records what is missing.
  private func finish(_ e: Entry) {
    guard let id = e.id, !id.isEmpty else {
      return fail("a <termEntry> without an id attribute; HinGloss entries need a stable id such as person.kim-yong-beom", at: e.location)
    }
    guard let kind = e.kind else {
      return fail("entry '\(id)' has no <descrip type=\"subjectField\"> with its kind (person, organization, company, place, term or title)", at: e.location)
    }
    func ordered(_ lang: String) -> [Term] {
      let terms = e.terms[lang] ?? []
      // The preferred term first, the others in document order.
      guard let p = terms.firstIndex(where: { Self.status($0.status) == .preferred }) else { return terms }
      var rest = terms
      rest.remove(at: p)
      return [terms[p]] + rest
    }
    let english = ordered("en")
    guard let first = english.first else {
      return fail("entry '\(id)' has no English term (<langSet xml:lang=\"en\">)", at: e.location)
    }
    let hindi = ordered("hi")
    guard let house = hindi.first else {
      return fail("entry '\(id)' has no Hindi term (<langSet xml:lang=\"hi\">)", at: e.location)
    }
    let korean = e.terms["ko"] ?? []
    if korean.count > 1 {
      return fail("entry '\(id)' has \(korean.count) Korean terms; a glossary entry has one Hangul form", at: korean[1].location)
    }
    for t in english + hindi + korean where t.status != nil && Self.status(t.status) == nil {
      return fail("unknown administrativeStatus '\(t.status ?? "")'; TBX-Basic uses preferredTerm-admn-sts, admittedTerm-admn-sts or deprecatedTerm-admn-sts", at: t.location)
    }
    var variants: [Term] = []
    var deprecated: [Term] = []
    for t in hindi.dropFirst() {
      if Self.status(t.status) == .deprecated { deprecated.append(t) } else { variants.append(t) }
    }
    for (flag, at) in e.flags where GlossaryEntry.Flag(rawValue: flag) == nil {
      return fail("unknown flag '\(flag)' in <admin type=\"projectSubset\">; HinGloss flags are \(GlossaryEntry.Flag.allCases.map(\.rawValue).joined(separator: ", "))", at: at)
    }
    for list in [variants, deprecated, Array(english.dropFirst())] {
      for t in list where t.text.contains("|") || t.text.isEmpty {
        return fail("a term that is empty or holds '|', the glossary's list separator", at: t.location)
      }
    }
    for (s, at) in e.sources where s.contains("|") || s.isEmpty {
      return fail("a source that is empty or holds '|', the glossary's list separator", at: at)
    }
    func join(_ terms: [Term]) -> (String, SourceLocation) {
      (terms.map(\.text).joined(separator: "|"), terms.first?.location ?? e.location)
    }
    func joinText(_ items: [(String, SourceLocation)], _ separator: String) -> (String, SourceLocation) {
      (items.map(\.0).joined(separator: separator), items.first?.1 ?? e.location)
    }
    let flagOrder = GlossaryEntry.Flag.allCases.map(\.rawValue)
    let flags = e.flags.sorted { (flagOrder.firstIndex(of: $0.0) ?? 0) < (flagOrder.firstIndex(of: $1.0) ?? 0) }
    let cells: [(String, SourceLocation)] = [
      (id, e.location), kind, (first.text, first.location), (house.text, house.location), join(variants), join(deprecated),
      join(Array(english.dropFirst())), (korean.first?.text ?? "", korean.first?.location ?? e.location),
      joinText(flags, "|"), joinText(e.notes, " "), joinText(e.sources, "|"),
    ]
    table.append(cells.map(\.0), at: cells.map(\.1), row: e.location)
  }

  /// A parser error in words. On Linux, Foundation passes libxml2's own error number
  /// (`xmlParserErrors` in libxml/xmlerror.h) and no text, so the common ones are named here.
  static func explain(_ error: Error) -> String {
    let code = (error as NSError).code
    let what: String
    switch code {
    case 1: what = "libxml2 stopped (an internal limit)"
    case 4: what = "the document is empty"
    case 5, 86: what = "text or elements after the root element"
    case 8, 9: what = "a character XML does not allow"
    case 26, 27: what = "an entity reference (&name;) other than &amp; &lt; &gt; &quot; &apos;; write the character itself or a character reference (&#x…;)"
    case 41: what = "an attribute without a value"
    case 68, 72, 73, 74, 77: what = "a malformed tag"
    case 76, 85: what = "an element is not closed, or closed in the wrong place"
    default: what = "libxml2 error \(code)"
    }
    return code == 0 ? what : "\(what) (libxml2 error \(code))"
  }

  static func status(_ value: String?) -> GlossaryEntry.VariantStatus? {
    guard let value else { return .admitted }
    switch value.trimmingCharacters(in: .whitespaces) {
    case "preferredTerm-admn-sts", "preferred": return .preferred
    case "admittedTerm-admn-sts", "admitted": return .admitted
    case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "deprecated", "superseded", "notRecommended": return .deprecated
    default: return nil
    }
  }
}
