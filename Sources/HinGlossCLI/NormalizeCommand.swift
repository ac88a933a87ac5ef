import ArgumentParser
import HinGloss

struct NormalizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Print text in canonical form, or its match key.",
    discussion: """
      Canonical form: NFC, zero-width characters without meaning removed, dash and space \
      variants unified, one form for nukta letters. --key prints the match key instead: the \
      aggressive folding that makes spelling variants meet (कूपंग and कूपांग give one key).

      Examples:
        hingloss normalize "क़ानून"
        echo "कूपांग" | hingloss normalize --key
      """
  )

  @Flag(help: "Print the match key instead of the canonical text.")
  var key = false

  @Option(name: .customLong("input"), help: ArgumentHelp("Read lines from this file instead of standard input (repeatable; - is standard input).", valueName: "file"))
  var inputs: [String] = []

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output; it is replaced only when complete.", valueName: "file"))
  var output: String?

  @Argument(help: "Text to normalize (default: read standard input).")
  var text: [String] = []

  func run() throws {
    let normalizer = HindiNormalizer()
    let transform = { (line: String) in key ? MatchKey(line).text : normalizer.normalize(line).text }
    try writingOutput(output) { out in
      if text.isEmpty || !inputs.isEmpty {
        try streamLines(inputs, output: out, transform)
      } else {
        for t in text { out.write(transform(t) + "\n") }
      }
    }
  }
}
