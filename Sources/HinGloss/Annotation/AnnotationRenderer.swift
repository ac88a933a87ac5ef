/// Matches found in one document, line by line: what the annotation renderers take.
public struct AnnotatedDocument: Sendable {
  /// One line of the document and the mentions in it.
  public struct Line: Sendable {
    /// The line's text, without its terminator.
    public var text: String
    /// The mentions in ``text``, in order (``EntityLinker`` or ``GlossaryMatcher/matches(in:)``).
    public var matches: [Mention]

    /// A line and its literal matches.
    public init(text: String, matches: [Match]) {
      self.text = text
      self.matches = matches.map(Mention.init)
    }

    /// A line and its mentions.
    public init(text: String, mentions: [Mention]) {
      self.text = text
      self.matches = mentions
    }
  }

  /// The document's name (a path, or `<stdin>`).
  public var name: String
  /// The lines, in order.
  public var lines: [Line]

  /// A document from its name and lines.
  public init(name: String, lines: [Line]) {
    self.name = name
    self.lines = lines
  }
}

/// How often one entity occurs in annotated documents, and in which spellings.
public struct EntityCount: Sendable {
  /// The entry.
  public var entry: GlossaryEntry
  /// The number of matches of the entry.
  public var count: Int
  /// The surfaces that matched it (the text as written).
  public var surfaces: Set<String>

  /// Counts the matches of each entry in `documents` (matches without an entry are not
  /// counted), in the order entries are first found.
  public static func counts(in documents: [AnnotatedDocument]) -> [EntityCount] {
    var counts: [EntityCount] = []
    var index: [String: Int] = [:]
    for document in documents {
      for line in document.lines {
        for m in line.matches {
          guard let e = m.entry else { continue }
          if let i = index[e.id] {
            counts[i].count += 1
            counts[i].surfaces.insert(m.surface)
          } else {
            index[e.id] = counts.count
            counts.append(EntityCount(entry: e, count: 1, surfaces: [m.surface]))
          }
        }
      }
    }
    return counts
  }
}

/// The output formats of `hingloss annotate`: JSON Lines, one JSON document, inline
/// English, and an HTML page.
///
///     let matcher = try GlossaryMatcher(glossary: .default)
///     let line = "कूपांग ने कहा"
///     AnnotationRenderer.inline(line, matches: matcher.matches(in: line))
///     // "कूपांग [Coupang] ने कहा"
public enum AnnotationRenderer {
  /// One match as a JSON object: `start`, `end` (UTF-8 offsets), `text`, `id`, `kind`,
  /// `english`, `hindi`, `quality`.
  public static func json(_ m: Match) -> String { json(Mention(m)) }

  /// One mention as a JSON object: `start`, `end` (UTF-8 offsets), `text`, `id` (null for a
  /// discovered name), `kind`, `english`, `hindi`, `quality`; for a link or discovery the
  /// Korean model made, `probability`; for a discovered name, `candidates` and `hangul`
  /// (each `{"text","probability"}`, best first).
  public static func json(_ m: Mention) -> String {
    var pairs: [(String, String)] = [
      ("start", String(m.utf8Range.lowerBound)), ("end", String(m.utf8Range.upperBound)),
      ("text", JSON.string(m.surface)), ("id", m.entry.map { JSON.string($0.id) } ?? "null"),
      ("kind", JSON.string(m.kind.rawValue)), ("english", JSON.string(m.english)),
      ("hindi", m.entry.map { JSON.string($0.hindi) } ?? "null"), ("quality", JSON.string(m.quality.rawValue)),
    ]
    if let p = m.probability { pairs.append(("probability", String(format: "%.3f", p))) }
    func list(_ items: [Mention.Candidate]) -> String {
      JSON.array(items.map { JSON.object([("text", JSON.string($0.text)), ("probability", String(format: "%.3f", $0.probability))]) })
    }
    if m.entry == nil {
      pairs.append(("candidates", list(m.candidates)))
      pairs.append(("hangul", list(m.hangul)))
    }
    return JSON.object(pairs)
  }

  /// One line of JSON Lines output: `{"line":N,"matches":[...]}`.
  public static func jsonLine(number: Int, matches: [Match]) -> String {
    jsonLine(file: nil, number: number, matches: matches)
  }

  /// One line of JSON Lines output from mentions (each as `json(_:)` writes a ``Mention``).
  public static func jsonLine(file: String?, number: Int, mentions: [Mention], extra: [(String, String)] = []) -> String {
    var pairs: [(String, String)] = []
    if let file { pairs.append(("file", JSON.string(file))) }
    pairs.append(("line", String(number)))
    pairs.append(("matches", JSON.array(mentions.map { json($0) })))
    return JSON.object(pairs + extra)
  }

  /// One line of JSON Lines output: `{"file":"a.txt","line":N,"matches":[...]}` (no `file`
  /// when `file` is nil), then any `extra` keys with already-encoded JSON values, in order.
  /// Readers must ignore keys they do not know: later versions add keys (links, findings).
  public static func jsonLine(file: String?, number: Int, matches: [Match], extra: [(String, String)] = []) -> String {
    var pairs: [(String, String)] = []
    if let file { pairs.append(("file", JSON.string(file))) }
    pairs.append(("line", String(number)))
    pairs.append(("matches", JSON.array(matches.map(json))))
    return JSON.object(pairs + extra)
  }

  /// The line with ` [English]` after each match.
  public static func inline(_ line: String, matches: [Match]) -> String {
    inline(line, mentions: matches.map(Mention.init))
  }

  /// The line with ` [English]` after each mention (` [English?]` for a discovered name).
  public static func inline(_ line: String, mentions: [Mention]) -> String {
    var annotated = ""
    var last = line.utf8.startIndex
    for m in mentions {
      let r = m.range(in: line)
      annotated += line[last..<r.upperBound]
      annotated += " [\(m.english)\(m.entry == nil ? "?" : "")]"
      last = r.upperBound
    }
    annotated += line[last...]
    return annotated
  }

  /// One JSON document: every match of every document (with its line number) and a table
  /// of the entities with their counts, most frequent first.
  public static func jsonDocument(_ documents: [AnnotatedDocument]) -> String {
    var docs: [String] = []
    for d in documents {
      var matches: [String] = []
      for (i, line) in d.lines.enumerated() {
        for m in line.matches {
          var o = json(m)
          o.removeFirst()
          matches.append("{\"line\":\(i + 1)," + o)
        }
      }
      docs.append(
        JSON.object([("name", JSON.string(d.name)), ("lines", String(d.lines.count)), ("matches", JSON.array(matches))])
      )
    }
    let counts = EntityCount.counts(in: documents).sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.entry.id < $1.entry.id
    }
    let entities = counts.map { c in
      JSON.object([
        ("id", JSON.string(c.entry.id)), ("kind", JSON.string(c.entry.kind.rawValue)),
        ("english", JSON.string(c.entry.english)),
        ("hindi", JSON.string(c.entry.hindi)), ("count", String(c.count)),
      ])
    }
    return JSON.object([("documents", JSON.array(docs)), ("entities", JSON.array(entities))])
  }
}
