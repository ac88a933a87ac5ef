import ArgumentParser
import Foundation
import HinGloss

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate the glossary files and run the editors' test cases.",
    discussion: """
      Reads every glossary file (the shipped ones and any --glossary files), reports each \
      problem as file:line:column, then runs every case in the case folder (glossaries/tests \
      of the shipped data, or --cases). The last line is 'N passed, N failed'. Exit code 1 \
      when a file has an error or a case fails; warnings do not fail the run unless --strict.

      Examples:
        hingloss check
        hingloss check --glossary my-glossary.tsv --cases my-cases/
      """
  )

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(help: ArgumentHelp("A folder (or file) of test cases instead of the shipped ones.", valueName: "path"))
  var cases: [String] = []

  @Flag(help: "Treat warnings as failures.")
  var strict = false

  func run() throws {
    let report = GlossaryCheck.Report(
      glossaryFiles: Glossary.files(
        shipped: !glossaryOptions.onlyGiven, adding: glossaryOptions.glossary.map { URL(fileURLWithPath: $0) }),
      caseFiles: cases.isEmpty
        ? GlossaryCase.shippedFiles : GlossaryCase.files(from: cases.map { URL(fileURLWithPath: $0) }))
    for error in report.readErrors {
      print(
        "\(error.location.map { "\($0): " } ?? "")error: \(error.message)\(error.location?.byteOffset.map { " (byte offset \($0))" } ?? "")"
      )
    }
    for problem in report.problems { print(problem) }
    print(report.glossarySummary)
    for failure in report.failures { print(failure) }
    for error in report.caseErrors { print("\(error)") }
    print(report.summary(strict: strict))
    if !report.isSuccess(strict: strict) { throw Exit.problemsFound }
  }
}
