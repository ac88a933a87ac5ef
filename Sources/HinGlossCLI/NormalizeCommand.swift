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

  @OptionGroup var io: LineIOOptions

  func run() throws {
    let normalizer = HindiNormalizer()
    let transform = { (line: String) in key ? MatchKey(line).text : normalizer.normalize(line).text }
    try io.run(transform)
  }
}
