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
      Reads the files (or standard input) line by line; a folder stands for its *.txt files \
      (and those of its subfolders), sorted by path. Matching goes through the match key, \
      so spelling variants are found; offsets are UTF-8 byte offsets into each original line; \
      line numbers start at 1 in each file.

      Inside a folder with a glossaries/ working copy, that copy is read (said on stderr).

      Past literal glossary matches (quality house-style, variant, deprecated, folded, \
      fuzzy), Hindi text is linked: Latin-script names (latin), inflected forms of nouns \
      and places such as मंत्रालयों or कोरियाई (inflected), Korean names in spellings the \
      glossary lacks that the Korean model reads as a glossary person (romanized, with \
      "probability"), and a surname or partial name of a person named earlier in the \
      document (coreferent). With --discover, Korean-like names in no entry are reported \
      with "id": null, the best English, "probability", "candidates" and "hangul". A JSONL \
      or inline line is one document; a file is one document in json and html. --literal \
      turns linking off (the fastest path).

      Formats:
        jsonl   one object per input line, streamed: {"file":"a.txt","line":N,"matches":\
      [{"start","end","text","id","kind","english","hindi","quality"}]} ("file" only when \
      reading files; more keys may be added, so ignore unknown ones); bounded memory on \
      any input size
        json    one document with every match and a table of entities with counts
        inline  the text with [English] after each entity
        html    a page for editors: entities highlighted by kind with the English \
      under each (a switch hides it), variant and deprecated spellings marked, lint's \
      findings at the top (needs a Devanagari font: Debian's fonts-noto-core)

      Examples:
        hingloss annotate article.txt
        hingloss annotate --progress corpus/ > corpus.jsonl
        hingloss annotate --format inline < article.txt
        hingloss annotate --discover --kinds person article.txt
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

  @Flag(
    help:
      "Also find names one edit away from a glossary form: a vowel sign or nasal missing or extra, two words joined or split, बीयोम for बीओम (quality \"fuzzy\").")
  var fuzzy = false

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to this file instead of standard output; it is replaced only when complete.", valueName: "file"))
  var output: String?

  @Flag(help: "Report Korean-like names in no glossary entry (\"id\": null, with candidates and Hangul).")
  var discover = false

  @Flag(help: "Literal glossary matches only: no romanized links, coreference, inflected forms or Latin-script names.")
  var literal = false

  @OptionGroup var kindsOption: KindsOption

  @Flag(help: "Show progress on standard error (files done, lines read) when it is a terminal.")
  var progress = false

  @Argument(help: "Input files or folders of *.txt files (default: standard input).")
  var files: [String] = []

  /// The input files: each folder replaced by its `*.txt` files (recursively, sorted by path).
  func inputs() throws -> [String] {
    var result: [String] = []
    for path in files {
      var isDir: ObjCBool = false
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
        result.append(path)
        continue
      }
      guard let walker = FileManager.default.enumerator(atPath: path) else {
        throw report(HinGlossError(.unreadableFile, "cannot read the folder \(path)"))
      }
      var names: [String] = []
      while let name = walker.nextObject() as? String {
        if name.hasSuffix(".txt") { names.append(name) }
      }
      let base = path.hasSuffix("/") ? path : path + "/"
      result += names.sorted().map { base + $0 }
    }
    return result
  }

  func validate() throws {
    if lang == .en && fuzzy { throw ValidationError("--fuzzy works on Hindi text only") }
  }

  func run() throws {
    let kinds = try kindsOption.set()
    if lang == .en {
      let english: EnglishMatcher
      do throws(HinGlossError) { english = EnglishMatcher(glossary: try glossaryOptions.load(workingCopy: true)) } catch { throw report(error) }
      try writingOutput(output) { out in
        try write({ line in english.matches(in: line).map(Mention.init).filter { kinds?.contains($0.kind) ?? true } }, to: out)
      }
      return
    }
    let matcher: GlossaryMatcher
    var configuration = GlossaryMatcher.Configuration()
    configuration.fuzzy = fuzzy
    if fuzzy { configuration.fuzzyStopWords = .shipped }
    var lint: Lint? = nil
    var linker: EntityLinker? = nil
    do throws(HinGlossError) {
      let glossary = try glossaryOptions.load(workingCopy: true)
      matcher = try GlossaryMatcher(glossary: glossary, configuration: configuration)
      if format == .html { lint = Lint(matcher: try GlossaryMatcher(glossary: glossary), korean: try KoreanNameRomanizer(), glossary: glossary) }
      if !literal {
        var linking = EntityLinker.Configuration()
        linking.discover = discover
        linking.kinds = kinds
        linker = try EntityLinker(glossary: glossary, korean: try KoreanNameRomanizer(), configuration: linking, matcher: matcher)
      }
    } catch {
      throw report(error)
    }
    try writingOutput(output) { out in
      if let linker {
        try write({ linker.link(line: $0) }, document: { linker.link(document: $0) }, to: out, lint: lint)
      } else {
        try write({ line in matcher.matches(in: line).map(Mention.init).filter { kinds?.contains($0.kind) ?? true } }, to: out, lint: lint)
      }
    }
  }

  /// Writes the annotation. `mentions` links one line as a document of its own (JSON Lines
  /// and inline output stream); `document`, when given, links a whole file as one document
  /// (JSON and HTML output), so that coreference reaches across its lines.
  func write(
    _ mentions: (String) -> [Mention], document: (([String]) -> [[Mention]])? = nil, to out: Output, lint: Lint? = nil
  ) throws {
    let paths = try inputs()
    let showProgress = progress && isatty(2) != 0
    var totalLines = 0
    /// Streams each input in turn, with its own line numbers.
    func each(_ output: Output?, _ transform: (String?, Int, String) -> String) throws {
      for (i, path) in (paths.isEmpty ? ["-"] : paths).enumerated() {
        var lineNumber = 0
        let name = path == "-" ? nil : path
        try streamLines([path], progress: progress, output: output) { line in
          lineNumber += 1
          totalLines += 1
          if showProgress && totalLines % 10_000 == 0 {
            Stderr.write("\rhingloss: file \(i + 1) of \(max(paths.count, 1)), \(totalLines) lines")
          }
          return transform(name, lineNumber, line)
        }
        if showProgress { Stderr.write("\rhingloss: file \(i + 1) of \(max(paths.count, 1)), \(totalLines) lines") }
      }
      if showProgress { Stderr.write("\n") }
    }
    switch format {
    case .jsonl:
      try each(out) { file, number, line in
        AnnotationRenderer.jsonLine(file: file, number: number, mentions: mentions(line))
      }
    case .inline:
      try each(out) { _, _, line in AnnotationRenderer.inline(line, mentions: mentions(line)) }
    case .json, .html:
      var documents: [AnnotatedDocument] = []
      for path in paths.isEmpty ? ["-"] : paths {
        var texts: [String] = []
        try streamLines([path], progress: progress, output: nil) { line in
          texts.append(line)
          return ""
        }
        let found = document.map { $0(texts) } ?? texts.map(mentions)
        let lines = zip(texts, found).map { AnnotatedDocument.Line(text: $0, mentions: $1) }
        if showProgress { Stderr.write("\rhingloss: file \(documents.count + 1) of \(max(paths.count, 1))") }
        documents.append(AnnotatedDocument(name: path == "-" ? "<stdin>" : path, lines: lines))
      }
      if showProgress { Stderr.write("\n") }
      if format == .json {
        out.write(AnnotationRenderer.jsonDocument(documents))
      } else {
        let findings = lint.map { lint in documents.map { lint.lint(lines: $0.lines.map(\.text)) } } ?? []
        out.write(AnnotationRenderer.html(documents, findings: findings))
      }
      out.write("\n")
    }
  }
}
