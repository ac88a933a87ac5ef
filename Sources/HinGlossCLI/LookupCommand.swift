import ArgumentParser
import Foundation
import HinGloss

/// The output formats of `hingloss lookup`.
enum LookupFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Find glossary entries by Hindi, English or Hangul, whole or in part.",
    discussion: """
      The words of TEXT are joined by spaces (quotes are optional). Without TEXT, standard \
      input is read and every line is one query (a batch).

      An entry whose form equals the query is shown in full (Hindi through the match key, \
      so spelling variants find their entry; English ignoring case, spaces and hyphens, \
      aliases included). Otherwise every entry whose English (or alias) or Hindi form \
      holds the query's words is listed, best first: whole words, then word prefixes, then \
      parts of words (lookup Lee lists Lee Jae-myung, Lee Jun-seok, …). When nothing \
      matches, the 5 nearest entries are listed and the exit code is 1.

      With --format json, each query gives one JSON object on one line: \
      {"query","match":"exact"|"partial"|"none","entries":[{"id","kind","english","hindi",\
      "variants","deprecated","aliases","hangul","note","sources","file","line","rank","form"}],\
      "nearest":[…]}.

      Inside a folder with a glossaries/ working copy, that copy is read (said on stderr).

      Examples:
        hingloss lookup कूपंग
        hingloss lookup Coupang
        hingloss lookup किम योंग बीओम
        hingloss lookup Lee
        hingloss lookup 김용범
        cut -f1 names.tsv | hingloss lookup --format json > found.jsonl
      """
  )

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(help: "Output format: text or json (one object per query and line).")
  var format: LookupFormat = .text

  @Option(help: "The most entries listed for a partial match.")
  var limit: Int = 20

  @Argument(help: "The form to look up; several words are joined by spaces (default: one query per line of standard input).")
  var text: [String] = []

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let glossary: Glossary
    do { glossary = try glossaryOptions.load(workingCopy: true) } catch { throw report(error) }
    var missed = false
    if !text.isEmpty {
      missed = !lookup(text.joined(separator: " "), in: glossary, batch: false)
    } else {
      var first = true
      try streamLines([], output: nil) { line in
        let query = line.trimmingCharacters(in: .whitespaces)
        if query.isEmpty { return "" }
        if !first && format == .text { print("") }
        first = false
        if !lookup(query, in: glossary, batch: true) { missed = true }
        return ""
      }
    }
    if missed { throw Exit.problemsFound }
  }

  /// Prints the answer to one query; returns whether anything matched.
  func lookup(_ query: String, in glossary: Glossary, batch: Bool) -> Bool {
    let hits = glossary.search(query, limit: limit)
    let exact = hits.filter { $0.rank == .exact }
    let shown = exact.isEmpty ? hits : exact
    let nearest = shown.isEmpty ? glossary.nearest(query, limit: 5) : []
    switch format {
    case .json:
      let match = shown.isEmpty ? "none" : exact.isEmpty ? "partial" : "exact"
      print(
        JSON.object([
          ("query", JSON.string(query)), ("match", JSON.string(match)),
          ("entries", JSON.array(shown.map { Self.json($0.entry, extra: [("rank", JSON.string("\($0.rank)")), ("form", JSON.string($0.form))]) })),
          ("nearest", JSON.array(nearest.map { Self.json($0.entry, extra: [("distance", String($0.distance))]) })),
        ]))
    case .text:
      if !exact.isEmpty {
        print(exact.map { describe($0.entry) }.joined(separator: "\n"))
      } else if !shown.isEmpty {
        print("no entry is '\(query)'; \(shown.count) \(shown.count == 1 ? "entry holds" : "entries hold") it:")
        for hit in shown {
          print("  \(hit.entry.english)\t\(hit.entry.hindi)\t\(hit.entry.id)\t(\(hit.rank): \(hit.form))")
        }
      } else {
        print("no entry for '\(query)'; nearest:")
        for (entry, distance) in nearest {
          print("  \(entry.hindi)\t\(entry.english)\t\(entry.id)\t(distance \(distance))")
        }
      }
    }
    return !shown.isEmpty
  }

  static func json(_ e: GlossaryEntry, extra: [(String, String)]) -> String {
    let strings = { (list: [String]) in JSON.array(list.map(JSON.string)) }
    return JSON.object(
      [
        ("id", JSON.string(e.id)), ("kind", JSON.string(e.kind.rawValue)), ("english", JSON.string(e.english)),
        ("hindi", JSON.string(e.hindi)), ("variants", strings(e.variants)), ("deprecated", strings(e.deprecated)),
        ("aliases", strings(e.aliases)), ("hangul", e.hangul.map(JSON.string) ?? "null"),
        ("note", JSON.string(e.note)), ("sources", strings(e.sources)),
        ("file", e.location.map { JSON.string($0.file) } ?? "null"), ("line", e.location.map { String($0.line) } ?? "null"),
      ] + extra)
  }

  func describe(_ e: GlossaryEntry) -> String {
    var lines = ["\(e.english)\t\(e.hindi)\t\(e.id)", "  kind: \(e.kind.rawValue)"]
    if let h = e.hangul { lines.append("  hangul: \(h)") }
    if !e.variants.isEmpty { lines.append("  variants: \(e.variants.joined(separator: ", "))") }
    if !e.deprecated.isEmpty { lines.append("  deprecated: \(e.deprecated.joined(separator: ", "))") }
    if !e.aliases.isEmpty { lines.append("  aliases: \(e.aliases.joined(separator: ", "))") }
    if !e.note.isEmpty { lines.append("  note: \(e.note)") }
    lines.append("  source: \(e.sources.joined(separator: " "))")
    if let l = e.location { lines.append("  defined at: \(l)") }
    return lines.joined(separator: "\n")
  }
}
