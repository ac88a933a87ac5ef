import ArgumentParser
import Foundation
import HinGloss

#if canImport(Glibc)
  import Glibc
#endif

enum AnnotateFormat: String, ExpressibleByArgument, CaseIterable {
  case jsonl, json, inline, html
}

/// The language of the text to annotate.
enum AnnotateLanguage: String, ExpressibleByArgument, CaseIterable {
  case hi, en
}

struct AnnotateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Find every glossary entity in Hindi (or, with --lang en, English) text.",
    discussion: """
      Reads the files (or standard input) line by line. Matching goes through the match key, \
      so spelling variants are found; offsets are UTF-8 byte offsets into each original line.

      Formats:
        jsonl   one object per input line, streamed: {"line":N,"matches":[{"start","end", \
      "text","id","kind","english","hindi","quality"}]}; bounded memory on any input size
        json    one document with every match and a table of entities with counts
        inline  the text with [English] after each entity
        html    a self-contained page with entities highlighted by kind

      Examples:
        hingloss annotate article.txt
        hingloss annotate --format inline < article.txt
        hingloss annotate --format html article.txt > article.html
        cat corpus/*.txt | hingloss annotate --format jsonl | gzip > matches.jsonl.gz
        hingloss annotate --lang en --format inline english-article.txt

      With --lang en, English forms and aliases are found case-insensitively and \
      word-bounded ("Kim Yong Beom" finds Kim Yong-beom; Korea is not found in Korean); \
      short all-capital acronyms match only in capitals. Quality is house-style for the \
      canonical English form as written, variant for an alias, folded otherwise.
      """
  )

  @Option(help: "Output format.")
  var format: AnnotateFormat = .jsonl

  @Option(help: "Language of the text: hi (Hindi forms) or en (English forms and aliases).")
  var lang: AnnotateLanguage = .hi

  @Flag(help: "Also find names one vowel sign or nasal away from a glossary form (quality \"fuzzy\").")
  var fuzzy = false

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output; it is replaced only when complete.", valueName: "file"))
  var output: String?

  @Argument(help: "Input files (default: standard input).")
  var files: [String] = []

  func validate() throws {
    if lang == .en && fuzzy { throw ValidationError("--fuzzy works on Hindi text only") }
  }

  func run() throws {
    if lang == .en {
      let english: EnglishMatcher
      do throws(HinGlossError) { english = EnglishMatcher(glossary: try glossaryOptions.load()) } catch { throw report(error) }
      try writingOutput(output) { out in try write(english.matches(in:), to: out) }
      return
    }
    let matcher: GlossaryMatcher
    var configuration = GlossaryMatcher.Configuration()
    configuration.fuzzy = fuzzy
    if fuzzy { configuration.fuzzyStopKeys = GlossaryCheck().commonWordKeys }
    do { matcher = try GlossaryMatcher(glossary: glossaryOptions.load(), configuration: configuration) } catch { throw report(error) }
    try writingOutput(output) { out in try write(matcher.matches(in:), to: out) }
  }

  func write(_ matches: (String) -> [Match], to out: Output) throws {
    switch format {
    case .jsonl:
      var lineNumber = 0
      try streamLines(files, progress: true, output: out) { line in
        lineNumber += 1
        let found = matches(line).map(Self.json)
        return JSON.object([("line", String(lineNumber)), ("matches", JSON.array(found))])
      }
    case .inline:
      try streamLines(files, progress: true, output: out) { line in
        var annotated = ""
        var last = line.utf8.startIndex
        for m in matches(line) {
          let r = m.range(in: line)
          annotated += line[last..<r.upperBound]
          annotated += " [\(m.entry?.english ?? "")]"
          last = r.upperBound
        }
        annotated += line[last...]
        return annotated
      }
    case .json, .html:
      var documents: [(name: String, lines: [(String, [Match])])] = []
      for path in files.isEmpty ? ["-"] : files {
        var lines: [(String, [Match])] = []
        try streamLines([path], progress: true, output: nil) { line in
          lines.append((line, matches(line)))
          return ""
        }
        documents.append((path == "-" ? "<stdin>" : path, lines))
      }
      out.write(format == .json ? Self.jsonDocument(documents) : HTMLReport.render(documents))
      out.write("\n")
    }
  }

  static func json(_ m: Match) -> String {
    JSON.object([
      ("start", String(m.utf8Range.lowerBound)), ("end", String(m.utf8Range.upperBound)),
      ("text", JSON.string(m.surface)), ("id", JSON.string(m.entry?.id ?? "")),
      ("kind", JSON.string(m.entry?.kind.rawValue ?? "")), ("english", JSON.string(m.entry?.english ?? "")),
      ("hindi", JSON.string(m.entry?.hindi ?? "")), ("quality", JSON.string(m.quality.rawValue)),
    ])
  }

  static func jsonDocument(_ documents: [(name: String, lines: [(String, [Match])])]) -> String {
    var counts: [String: (GlossaryEntry, Int)] = [:]
    var docs: [String] = []
    for d in documents {
      var matches: [String] = []
      for (i, (_, ms)) in d.lines.enumerated() {
        for m in ms {
          var o = json(m)
          o.removeFirst()
          matches.append("{\"line\":\(i + 1)," + o)
          if let e = m.entry { counts[e.id, default: (e, 0)].1 += 1 }
        }
      }
      docs.append(JSON.object([("name", JSON.string(d.name)), ("lines", String(d.lines.count)), ("matches", JSON.array(matches))]))
    }
    let entities = counts.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }.map { e, n in
      JSON.object([("id", JSON.string(e.id)), ("kind", JSON.string(e.kind.rawValue)), ("english", JSON.string(e.english)), ("hindi", JSON.string(e.hindi)), ("count", String(n))])
    }
    return JSON.object([("documents", JSON.array(docs)), ("entities", JSON.array(entities))])
  }
}
