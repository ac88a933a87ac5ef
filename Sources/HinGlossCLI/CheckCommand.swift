import ArgumentParser
import Foundation
import HinGloss

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate the glossary files and run the editors' test cases.",
    discussion: """
      Inside a folder with a glossaries/ working copy (here or in a parent folder), checks \
      that copy (its glossary files, romanization tables and tests/), and says so on stderr; \
      elsewhere, the glossary built into hingloss. --glossary files are added to it.

      Every file is read to its end: each problem is reported on stderr as \
      file:line:column: error: … (up to 50 per file), warnings as file:line:column: warning: …. \
      Then every case in the case folder runs (tests/ of the data read, or --cases); failures \
      go to stdout. The last line is 'N passed, N failed'.

      Exit codes: 0 no error and every case passed; 1 an error or a failed case (warnings \
      too with --strict); 64 usage; 66 a --glossary or --cases path that does not exist.

      Examples:
        cd my-clone && hingloss check
        hingloss check --glossary my-glossary.tsv --cases my-cases/
        hingloss check --glossary edited/companies.tsv --replace
      """
  )

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(help: ArgumentHelp("A folder (or file) of test cases instead of the shipped ones.", valueName: "path"))
  var cases: [String] = []

  @Flag(help: "Treat warnings as failures.")
  var strict = false

  func run() throws {
    let source = glossaryOptions.source(workingCopy: true)
    let files: [GlossaryFile]
    let tables: KoreanNameTables
    do throws(HinGlossError) {
      files = try glossaryOptions.files(workingCopy: true)
      for path in cases where !FileManager.default.fileExists(atPath: path) {
        throw HinGlossError(.missingFile, "no such case file or folder: \(path)")
      }
      tables = try source.romanizationTables()
    } catch {
      throw report(error)
    }
    glossaryOptions.announce(files, source: source)
    let report = GlossaryCheck.Report(
      glossaryFiles: files,
      caseFiles: cases.isEmpty ? source.caseFiles : GlossaryCase.files(from: cases.map { URL(fileURLWithPath: $0) }),
      check: GlossaryCheck(stopWords: source.stopWords), tables: tables)
    for error in report.readErrors {
      Stderr.write(Self.diagnostic(error) + "\n")
    }
    for problem in report.problems { Stderr.write("\(problem)\n") }
    // Composed house styles against what `render --no-glossary` composes today.
    let renderer = Renderer(
      glossary: nil, tables: tables, channel: KoreanChannel(counts: tables.channelCounts, orthography: tables.orthography))
    let differences = renderer.composedDifferences(in: Glossary(entries: report.entries))
    for d in differences {
      let place = d.entry.location.map { "\($0): " } ?? ""
      Stderr.write(
        "\(place)warning: \(d.entry.id): the composed house style '\(d.entry.hindi)' is not what render composes: '\(d.composed)'\n")
    }
    if !differences.isEmpty {
      print("composed house styles: \(differences.count) differ from render --no-glossary (warnings above)")
    }
    print(report.glossarySummary)
    for failure in report.failures { print(failure) }
    for error in report.caseErrors { Stderr.write(Self.diagnostic(error) + "\n") }
    print(report.summary(strict: strict))
    if !report.isSuccess(strict: strict) { throw Exit.problemsFound }
  }

  /// `file:line:column: error: message (byte offset N)`, or `error: message` without a place.
  static func diagnostic(_ error: HinGlossError) -> String {
    let place = error.location.map { "\($0): " } ?? ""
    let offset = error.location?.byteOffset.map { " (byte offset \($0))" } ?? ""
    return "\(place)error: \(error.message)\(offset)"
  }
}
