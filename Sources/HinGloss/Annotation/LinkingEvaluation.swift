import Foundation

/// Measures an ``EntityLinker`` on passages whose entity mentions are marked by hand
/// (`glossaries/tests/linking/`): recall of the mentions of glossary entities, precision of
/// person links, and discovery of Korean people in no glossary.
public struct LinkingEvaluation: Sendable {
  /// A marked mention: the `occurrence`-th time `surface` appears in the passage.
  public struct Gold: Sendable, Hashable {
    public var passage: String
    public var surface: String
    public var occurrence: Int
    /// The glossary id, or nil for an entity in no glossary.
    public var id: String?
    public var english: String
    public var kind: String

    /// Creates a marked mention.
    public init(passage: String, surface: String, occurrence: Int, id: String?, english: String, kind: String) {
      (self.passage, self.surface, self.occurrence, self.id, self.english, self.kind) = (passage, surface, occurrence, id, english, kind)
    }
  }

  /// Mentions of glossary entities, and how many were found (a mention of the same id overlaps).
  public var known = 0
  public var knownFound = 0
  /// Person links the linker made, and how many point at the marked entity.
  public var personLinks = 0
  public var personLinksRight = 0
  /// The same for links the Korean model made (romanized) and coreference.
  public var modelLinks = 0
  public var modelLinksRight = 0
  /// Marked Korean people in no glossary, and how many were discovered with the right English.
  public var unknownPeople = 0
  public var discoveredRight = 0
  /// Discoveries that overlap no marked mention.
  public var discoveries = 0
  public var spuriousDiscoveries = 0
  /// Marked mentions missed, and wrong links, for reading.
  public var misses: [String] = []
  public var wrongLinks: [String] = []

  /// Runs the linker on every passage and scores it. Passages with the same `document` are
  /// linked as one document, in order (coreference runs within a document).
  public init(passages: [(id: String, text: String, document: String)], gold: [Gold], linker: EntityLinker) {
    let byPassage = Dictionary(grouping: gold, by: \.passage)
    var documents: [(key: String, passages: [(id: String, text: String)])] = []
    for p in passages {
      if let last = documents.last, last.key == p.document {
        documents[documents.count - 1].passages.append((p.id, p.text))
      } else {
        documents.append((p.document, [(p.id, p.text)]))
      }
    }
    var linked: [(id: String, text: String, mentions: [Mention])] = []
    for document in documents {
      let mentions = linker.link(document: document.passages.map(\.text))
      for (p, m) in zip(document.passages, mentions) { linked.append((p.id, p.text, m)) }
    }
    for (id, text, mentions) in linked {
      var marked: [(Gold, Range<Int>)] = []
      for g in byPassage[id] ?? [] {
        guard let range = Self.range(of: g.surface, occurrence: g.occurrence, in: text) else { continue }
        marked.append((g, range))
      }
      for (g, range) in marked {
        let overlapping = mentions.filter { $0.utf8Range.overlaps(range) }
        if let gid = g.id {
          known += 1
          if overlapping.contains(where: { $0.entry?.id == gid }) {
            knownFound += 1
          } else {
            misses.append("\(id): \(g.surface) (\(gid)) got \(overlapping.map { $0.entry?.id ?? "discovered:" + $0.english })")
          }
        } else if g.kind == "person" {
          unknownPeople += 1
          if overlapping.contains(where: { $0.entry == nil && Evaluation.comparable($0.english) == Evaluation.comparable(g.english) }) {
            discoveredRight += 1
          }
        }
      }
      for m in mentions {
        let golds = marked.filter { $0.1.overlaps(m.utf8Range) }.map(\.0)
        if let entry = m.entry, entry.kind == .person {
          let right = golds.contains { $0.id == entry.id }
          personLinks += 1
          personLinksRight += right ? 1 : 0
          if m.quality == .romanized || m.quality == .coreferent {
            modelLinks += 1
            modelLinksRight += right ? 1 : 0
          }
          if !right { wrongLinks.append("\(id): \(m.surface) → \(entry.id) (\(m.quality.rawValue))") }
        } else if m.entry == nil {
          discoveries += 1
          if golds.isEmpty {
            spuriousDiscoveries += 1
            wrongLinks.append("\(id): \(m.surface) discovered as \(m.english)")
          }
        }
      }
    }
  }

  /// The UTF-8 range of the n-th occurrence of `surface` in `text`.
  static func range(of surface: String, occurrence: Int, in text: String) -> Range<Int>? {
    var start = text.startIndex
    var n = 0
    while let r = text.range(of: surface, range: start..<text.endIndex) {
      n += 1
      if n == occurrence {
        let lower = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
        return lower..<(lower + surface.utf8.count)
      }
      start = r.upperBound
    }
    return nil
  }
}

extension LinkingEvaluation {
  /// The most lines between two passages of one document.
  public static let documentGap = 10

  /// Reads a TSV file's named columns, row by row.
  static func rows(_ path: String, _ columns: [String]) throws(HinGlossError) -> [[String]] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw HinGlossError(.missingFile, "no such file: \(path)")
    }
    let tsv = try TSVReader(bytes: Array(data), file: path)
    var indices: [Int] = []
    for name in columns {
      guard let i = tsv.header.firstIndex(of: name) else {
        throw HinGlossError(.badHeader, "the header has no '\(name)' column", at: tsv.headerLocation(cell: 0))
      }
      indices.append(i)
    }
    return tsv.records.map { r in indices.map { r.cells[$0] } }
  }

  /// Reads passages (columns `passage`, `text`, `source`). Consecutive passages from lines of
  /// one source at most ``documentGap`` lines apart (`seed-article:8`, `seed-article:10`)
  /// form one document (a news article); any other passage is a document of its own.
  public static func passages(contentsOf path: String) throws(HinGlossError) -> [(id: String, text: String, document: String)] {
    var result: [(id: String, text: String, document: String)] = []
    var previous: (file: Substring, line: Int, document: String)? = nil
    for row in try rows(path, ["passage", "text", "source"]) {
      let parts = row[2].split(separator: ":")
      var document = row[0]
      if parts.count >= 2, let line = Int(parts[parts.count - 1]) {
        let file = row[2].dropLast(parts[parts.count - 1].count + 1)
        if let p = previous, p.file == file, line > p.line, line - p.line <= documentGap { document = p.document }
        previous = (file, line, document)
      } else {
        previous = nil
      }
      result.append((row[0], row[1], document))
    }
    return result
  }

  /// Reads marked mentions (columns `passage`, `surface`, `occurrence`, `id`, `english`, `kind`).
  public static func gold(contentsOf path: String) throws(HinGlossError) -> [Gold] {
    try rows(path, ["passage", "surface", "occurrence", "id", "english", "kind"]).map {
      Gold(passage: $0[0], surface: $0[1], occurrence: Int($0[2]) ?? 1, id: $0[3].isEmpty ? nil : $0[3], english: $0[4], kind: $0[5])
    }
  }
}
