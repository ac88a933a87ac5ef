import ArgumentParser
import Foundation
import HinGloss

/// Options shared by the commands that use the glossary.
struct GlossaryOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "A glossary file or folder to add to the shipped glossary (repeatable); a file named like a shipped one replaces it.",
      valueName: "path"))
  var glossary: [String] = []

  @Flag(help: "Use only the --glossary files, not the shipped glossary.")
  var onlyGiven = false

  func load() throws(HinGlossError) -> Glossary {
    let urls = glossary.map { URL(fileURLWithPath: $0) }
    if onlyGiven { return try Glossary(contentsOf: urls) }
    return try Glossary.loading(adding: urls)
  }
}
