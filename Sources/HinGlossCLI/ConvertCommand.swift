import ArgumentParser
import Foundation
import HinGloss

extension InterchangeFormat: ExpressibleByArgument {}

struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Export the glossary as TBX, CSV or TSV, or import a TBX or CSV file.",
    discussion: """
      Without --from, exports the loaded glossary (the shipped files and any --glossary \
      files). With --from, reads FILE in that format, checks it as a glossary file and \
      writes it in the --to format. Errors name the input's file:line:column.

      TBX is TBX-Basic (ISO 30042): one termEntry per entry with its id; langSet en \
      (canonical form, then aliases), hi (house style preferred, variants admitted, \
      deprecated forms deprecated) and ko (Hangul); kind as subjectField, flags as \
      projectSubset, note, and each source as admin type="source". TSV -> TBX -> TSV gives \
      back the same bytes. A TBX with a DTD, entity declarations or external entities is \
      refused (exit 65), as is any input over 64 MiB.

      Examples:
        hingloss convert --to tbx -o glossary.tbx
        hingloss convert --to csv --only-given --glossary mine.tsv > mine.csv
        hingloss convert --from tbx glossary.tbx --to tsv -o glossary.tsv
        hingloss convert --from csv edited.csv --to tsv > edited.tsv
      """
  )

  @Option(help: ArgumentHelp("Output format.", valueName: "format"))
  var to: InterchangeFormat

  @Option(help: ArgumentHelp("Read FILE in this format instead of exporting the loaded glossary.", valueName: "format"))
  var from: InterchangeFormat?

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output; it is replaced only when complete.", valueName: "file"))
  var output: String?

  @Argument(help: ArgumentHelp("The file to import (with --from; - for standard input).", valueName: "file"))
  var file: String?

  func validate() throws {
    if from != nil && file == nil { throw ValidationError("--from needs the FILE to read") }
    if from == nil && file != nil { throw ValidationError("give --from FORMAT to import '\(file ?? "")'; without --from, convert exports the loaded glossary") }
  }

  func run() throws {
    let text: String
    do {
      let entries: [GlossaryEntry]
      if let from, let file {
        if file == "-" {
          entries = try GlossaryImporter().entries(from: Array(FileHandle.standardInput.readDataToEndOfFile()), format: from, file: "<stdin>")
        } else {
          entries = try GlossaryImporter().entries(contentsOf: URL(fileURLWithPath: file), format: from)
        }
      } else {
        entries = try glossaryOptions.load().entries
      }
      text = try GlossaryWriter().write(entries, as: to)
    } catch { throw report(error) }
    try writingOutput(output) { out in out.write(text) }
  }
}
