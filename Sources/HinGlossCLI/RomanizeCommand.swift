import ArgumentParser
import HinGloss

/// The romanization schemes offered on the command line.
enum SchemeArgument: String, ExpressibleByArgument, CaseIterable {
  case hindi, iso15919
}

struct RomanizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "romanize",
    abstract: "Romanize Hindi text or names.",
    discussion: """
      With TEXT arguments, each is romanized and printed on its own line. Without, standard \
      input is read line by line and each result is written as it comes: exactly one output \
      line per input line, so it streams through pipes and composes with paste(1).

      Schemes: hindi (readable, with the inherent vowels Hindi drops deleted) and iso15919 \
      (ICU's Devanagari-Latin).

      Examples:
        hingloss romanize --scheme hindi "अटल बिहारी वाजपेयी"
        hingloss romanize --title-case "नरेंद्र मोदी"
        hingloss romanize --scheme iso15919 < names.txt > names-latin.txt
      """
  )

  @Option(help: "The romanization scheme.")
  var scheme: SchemeArgument = .hindi

  @Flag(help: "Capitalize each word, as names are written.")
  var titleCase = false

  @Option(name: .customLong("input"), help: ArgumentHelp("Read lines from this file instead of standard input (repeatable; - is standard input).", valueName: "file"))
  var inputs: [String] = []

  @Argument(help: "Text to romanize (default: read standard input).")
  var text: [String] = []

  func run() throws {
    let romanizer = HindiRomanizer(scheme: scheme == .hindi ? .hindi : .iso15919)
    let transform = { (line: String) in romanizer.romanize(line, titleCase: titleCase) }
    if text.isEmpty || !inputs.isEmpty {
      try streamLines(inputs, transform)
    } else {
      let out = Output()
      for t in text { out.write(transform(t) + "\n") }
      out.flush()
    }
  }
}
