import ArgumentParser

/// The line-in, line-out options of the per-line commands (normalize, romanize): TEXT
/// arguments or input files (standard input by default), and an output file.
struct LineIOOptions: ParsableArguments {
  @Option(
    name: .customLong("input"),
    help: ArgumentHelp(
      "Read lines from this file instead of standard input (repeatable; - is standard input).", valueName: "file"))
  var inputs: [String] = []

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to this file instead of standard output; it is replaced only when complete.", valueName: "file"))
  var output: String?

  @Argument(help: "Text to process, one result line each (default: read standard input).")
  var text: [String] = []

  /// Writes `transform` of each TEXT argument, or of each input line, one line each.
  func run(_ transform: @escaping (String) -> String) throws {
    try writingOutput(output) { out in
      if text.isEmpty || !inputs.isEmpty {
        try streamLines(inputs, output: out, transform)
      } else {
        for t in text { out.write(transform(t) + "\n") }
      }
    }
  }
}
