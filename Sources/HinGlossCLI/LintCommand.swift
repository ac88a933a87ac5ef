import ArgumentParser
import Foundation
import HinGloss

struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check a document's spelling of glossary entities.",
    discussion: """
      Each file (or standard input) is one document. Reports: the same entity written in \
      different spellings; deprecated spellings; names that look Korean but are in no \
      glossary entry, with a suggested romanization and glossary row. Exit code 1 when \
      anything is found.

      Examples:
        hingloss lint article.txt
        hingloss lint --format json article.txt
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(help: "Output format.")
  var format: Format = .text

  @OptionGroup var kindsOption: KindsOption

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Argument(help: "Documents to lint (default: standard input).")
  var files: [String] = []


  func run() throws {
    let lint: Lint
    let kinds = try kindsOption.set()
    var kindOf: [String: GlossaryEntry.Kind] = [:]
    do {
      let glossary = try glossaryOptions.load()
      for e in glossary.entries { kindOf[e.id] = e.kind }
      lint = Lint(matcher: try GlossaryMatcher(glossary: glossary), korean: try KoreanNameRomanizer(), glossary: glossary)
    } catch { throw report(error) }
    var total = 0
    var documents: [String] = []
    for path in files.isEmpty ? ["-"] : files {
      var lines: [String] = []
      try streamLines([path], output: nil) { line in
        lines.append(line)
        return ""
      }
      let name = path == "-" ? "<stdin>" : path
      // An unknown Korean name is a person; other findings are about their entry's kind.
      let findings = lint.lint(lines: lines).filter { f in
        guard let kinds else { return true }
        return kinds.contains(f.entryID.flatMap { kindOf[$0] } ?? .person)
      }
      total += findings.count
      switch format {
      case .text:
        for f in findings { print("\(name):\(f.line):\(f.column): \(f.kind.rawValue): \(f.message)") }
      case .json:
        documents.append(
          JSON.object([
            ("name", JSON.string(name)),
            (
              "findings",
              JSON.array(
                findings.map { f in
                  JSON.object([
                    ("kind", JSON.string(f.kind.rawValue)), ("line", String(f.line)), ("column", String(f.column)),
                    ("start", String(f.utf8Range.lowerBound)), ("end", String(f.utf8Range.upperBound)),
                    ("message", JSON.string(f.message)), ("id", f.entryID.map(JSON.string) ?? "null"),
                    ("suggestion", f.suggestion.map(JSON.string) ?? "null"),
                  ])
                })
            ),
          ]))
      }
    }
    if format == .json {
      print(JSON.object([("documents", JSON.array(documents)), ("count", String(total))]))
    } else if total == 0 {
      print("no findings")
    }
    if total > 0 { throw Exit.problemsFound }
  }
}
