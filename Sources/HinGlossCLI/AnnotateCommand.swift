import ArgumentParser
import Foundation
import HinGloss

#if canImport(Glibc)
  import Glibc
#endif

enum AnnotateFormat: String, ExpressibleByArgument, CaseIterable {
  case jsonl, json, inline, html
}

struct AnnotateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Find every glossary entity in Hindi text.",
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
      """
  )

  @Option(help: "Output format.")
  var format: AnnotateFormat = .jsonl

  @Flag(help: "Also find names one vowel sign or nasal away from a glossary form (quality \"fuzzy\").")
  var fuzzy = false

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to this file instead of standard output; it is replaced only when complete.", valueName: "file"))
  var output: String?

  @Argument(help: "Input files (default: standard input).")
  var files: [String] = []

  func run() throws {
    let matcher: GlossaryMatcher
    var configuration = GlossaryMatcher.Configuration()
    configuration.fuzzy = fuzzy
    if fuzzy { configuration.fuzzyStopWords = .shipped }
    do { matcher = try GlossaryMatcher(glossary: glossaryOptions.load(), configuration: configuration) } catch {
      throw report(error)
    }
    try writingOutput(output) { out in try write(matcher, to: out) }
  }

  func write(_ matcher: GlossaryMatcher, to out: Output) throws {
    switch format {
    case .jsonl:
      var lineNumber = 0
      try streamLines(files, progress: true, output: out) { line in
        lineNumber += 1
        return AnnotationRenderer.jsonLine(number: lineNumber, matches: matcher.matches(in: line))
      }
    case .inline:
      try streamLines(files, progress: true, output: out) { line in
        AnnotationRenderer.inline(line, matches: matcher.matches(in: line))
      }
    case .json, .html:
      var documents: [AnnotatedDocument] = []
      for path in files.isEmpty ? ["-"] : files {
        var lines: [AnnotatedDocument.Line] = []
        try streamLines([path], progress: true, output: nil) { line in
          lines.append(AnnotatedDocument.Line(text: line, matches: matcher.matches(in: line)))
          return ""
        }
        documents.append(AnnotatedDocument(name: path == "-" ? "<stdin>" : path, lines: lines))
      }
      out.write(format == .json ? AnnotationRenderer.jsonDocument(documents) : AnnotationRenderer.html(documents))
      out.write("\n")
    }
  }
}
