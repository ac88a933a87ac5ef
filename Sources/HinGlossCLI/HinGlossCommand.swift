import ArgumentParser
import HinGloss

@main
struct HinGlossCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hingloss",
    abstract: "Romanize Hindi renderings of foreign names, and normalize Hindi text.",
    discussion: """
      Exit codes: 0 success, 1 a check or lint found problems, 64 usage error, \
      65 bad input data (invalid UTF-8, a malformed glossary), 66 missing input file, \
      74 I/O error.
      """,
    version: "0.1.0",
    subcommands: [
      RomanizeCommand.self, AnnotateCommand.self, LintCommand.self, LookupCommand.self, CheckCommand.self,
      RenderCommand.self, ConvertCommand.self, QACommand.self, EvalCommand.self, TrainCommand.self, NormalizeCommand.self,
    ]
  )
}
