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

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to this file instead of standard output; it is replaced only when complete.", valueName: "file"))
  var output: String?

  @Argument(help: "Input files (default: standard input).")
  var files: [String] = []

  func validate() throws {
    if lang == .en && fuzzy { throw ValidationError("--fuzzy works on Hindi text only") }
  }

  func run() throws {
    if lang == .en {
      let english: EnglishMatcher
      do throws(HinGlossError) { english = EnglishMatcher(glossary: try glossaryOptions.load(workingCopy: true)) } catch { throw report(error) }
      try writingOutput(output) { out in try write(english.matches(in:), to: out) }
      return
    }
    let matcher: GlossaryMatcher
    var configuration = GlossaryMatcher.Configuration()
    configuration.fuzzy = fuzzy
    if fuzzy { configuration.fuzzyStopWords = .shipped }
    do { matcher = try GlossaryMatcher(glossary: glossaryOptions.load(workingCopy: true), configuration: configuration) } catch {
      throw report(error)
    }
    try writingOutput(output) { out in try write(matcher.matches(in:), to: out) }
  }

  func write(_ matches: (String) -> [Match], to out: Output) throws {
    switch format {
    case .jsonl:
      var lineNumber = 0
      try streamLines(files, progress: true, output: out) { line in
        lineNumber += 1
        return AnnotationRenderer.jsonLine(number: lineNumber, matches: matches(line))
      }
    case .inline:
      try streamLines(files, progress: true, output: out) { line in
        AnnotationRenderer.inline(line, matches: matches(line))
      }
    case .json, .html:
      var documents: [AnnotatedDocument] = []
      for path in files.isEmpty ? ["-"] : files {
        var lines: [AnnotatedDocument.Line] = []
        try streamLines([path], progress: true, output: nil) { line in
          lines.append(AnnotatedDocument.Line(text: line, matches: matches(line)))
          return ""
        }
        documents.append(AnnotatedDocument(name: path == "-" ? "<stdin>" : path, lines: lines))
      }
      out.write(format == .json ? AnnotationRenderer.jsonDocument(documents) : AnnotationRenderer.html(documents))
      out.write("\n")
    }
  }
}
