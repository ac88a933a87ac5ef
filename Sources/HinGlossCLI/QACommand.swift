import ArgumentParser
import Foundation
import HinGloss

struct QACommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qa",
    abstract: "Check that Hindi translations use the glossary's terms for their English source.",
    discussion: """
      Reads segment pairs: a TSV file with English and Hindi in its first two cells on each \
      line, or two line-aligned files (--source, --target). For every glossary entity or \
      term found in an English segment it checks the Hindi segment:
        missing      no Hindi form of it
        variant      a listed variant (or a spelling equal only through the match key), \
      not the house style
        deprecated   a deprecated form
        korean-name  a Korean name (Surname Given-name) no entry knows; found is the Hindi \
      span the model reads as that name, with its probability (0: none found)
      Exit code 1 when there are findings.

      JSONL: one object per finding: {"line","kind","id","english","expected","found"} \
      (id and expected are null for korean-name, which adds "probability").

      Examples:
        hingloss qa pairs.tsv
        hingloss qa --format jsonl --source en.txt --target hi.txt > findings.jsonl
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

  @Option(help: "Output format.")
  var format: Format = .text

  @Option(help: ArgumentHelp("English segments, one per line (with --target).", valueName: "file"))
  var source: String?

  @Option(help: ArgumentHelp("Hindi segments, aligned line by line with --source.", valueName: "file"))
  var target: String?

  @Flag(help: "Skip the check of Korean names that no glossary entry knows.")
  var noKoreanNames = false

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output; it is replaced only when complete.", valueName: "file"))
  var output: String?

  @Argument(help: ArgumentHelp("A TSV file of segment pairs: English<TAB>Hindi per line.", valueName: "file"))
  var pairs: String?

  func validate() throws {
    if (source == nil) != (target == nil) { throw ValidationError("--source and --target go together") }
    if source != nil && pairs != nil { throw ValidationError("give either a pairs FILE or --source and --target, not both") }
    if source == nil && pairs == nil { throw ValidationError("give a pairs FILE (English<TAB>Hindi) or --source EN.txt --target HI.txt") }
  }

  /// The lines of a UTF-8 file, without line ends.
  static func lines(_ path: String) throws(HinGlossError) -> [String] {
    guard FileManager.default.fileExists(atPath: path) else { throw HinGlossError(.missingFile, "no such file: \(path)") }
    guard let data = FileManager.default.contents(atPath: path) else { throw HinGlossError(.unreadableFile, "cannot read \(path)") }
    let bytes = Array(data)
    let text = try bytes.withUnsafeBufferPointer { (buf) throws(HinGlossError) in try UTF8Validation.decode(buf, file: path) }
    // Split on bytes: "\r\n" is one Character, so a split on the Character "\n" misses CRLF lines.
    var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      String(Substring(line.last == 0x0D ? line.dropLast() : line[...]))
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  func run() throws {
    var segments: [(String, String)] = []
    let qa: TerminologyQA
    do throws(HinGlossError) {
      if let source, let target {
        let en = try Self.lines(source)
        let hi = try Self.lines(target)
        if en.count != hi.count {
          let (longer, n) = en.count > hi.count ? (source, min(en.count, hi.count) + 1) : (target, min(en.count, hi.count) + 1)
          throw HinGlossError(.malformedLine, "\(source) has \(en.count) lines and \(target) has \(hi.count); the files must be aligned line by line", at: SourceLocation(file: longer, line: n, column: 1))
        }
        segments = Array(zip(en, hi))
      } else if let pairs {
        for (i, line) in try Self.lines(pairs).enumerated() {
          let cells = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
          if line.isEmpty {
            segments.append(("", ""))
            continue
          }
          guard cells.count >= 2 else {
            throw HinGlossError(.malformedLine, "a segment pair needs English, a tab, then Hindi", at: SourceLocation(file: pairs, line: i + 1, column: line.unicodeScalars.count + 1))
          }
          segments.append((String(cells[0]), String(cells[1])))
        }
      }
      qa = try TerminologyQA(glossary: glossaryOptions.load(), korean: noKoreanNames ? nil : KoreanNameRomanizer())
    } catch { throw report(error) }
    var total = 0
    try writingOutput(output) { out in
      var counts: [TerminologyQA.Finding.Kind: Int] = [:]
      for (i, (en, hi)) in segments.enumerated() {
        for f in qa.check(english: en, hindi: hi, line: i + 1) {
          total += 1
          counts[f.kind, default: 0] += 1
          switch format {
          case .jsonl:
            var pairs: [(String, String)] = [
              ("line", String(f.line)), ("kind", JSON.string(f.kind.rawValue)), ("id", f.id.map(JSON.string) ?? "null"),
              ("english", JSON.string(f.english)), ("expected", f.expected.map(JSON.string) ?? "null"), ("found", f.found.map(JSON.string) ?? "null"),
            ]
            if let p = f.probability { pairs.append(("probability", String(format: "%.3f", p))) }
            out.write(JSON.object(pairs) + "\n")
          case .text:
            let place = source.map { "\($0):\(f.line)" } ?? "\(pairs ?? ""):\(f.line)"
            switch f.kind {
            case .missing: out.write("\(place): missing: \(f.english) (\(f.id ?? "")): no Hindi form; house style \(f.expected ?? "")\n")
            case .variant, .deprecated: out.write("\(place): \(f.kind.rawValue): \(f.english) (\(f.id ?? "")): found \(f.found ?? ""), house style \(f.expected ?? "")\n")
            case .koreanName:
              out.write("\(place): korean-name: \(f.english) is in no glossary entry; " + (f.found.map { "Hindi \($0), probability \(String(format: "%.2f", f.probability ?? 0))" } ?? "no Hindi span reads as it") + "\n")
            }
          }
        }
      }
      if format == .text {
        out.write(total == 0 ? "no findings\n" : "\(total) findings: " + TerminologyQA.Finding.Kind.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ") + "\n")
      }
    }
    if total > 0 { throw Exit.problemsFound }
  }
}
