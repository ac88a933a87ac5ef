import ArgumentParser
import Foundation
import HinGloss

struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Write English names in house-style Hindi.",
    discussion: """
      Each TEXT argument, or each line of standard input, is one English name. The glossary's \
      house-style Hindi comes first (case-insensitive; aliases too). A Korean name the \
      glossary does not know is composed from its English spelling the way Hindi publications \
      most often write each letter group (learned from real renderings): surname, space, given \
      name with its syllables joined by a hyphen. Anything else is printed unchanged. One \
      output line per input line.

      Examples:
        hingloss render "Kim Yong-beom" "Coupang"
        hingloss render --no-glossary "Lee Jae-myung"       # ली जे-म्युंग
        hingloss render --format json < names.txt
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Flag(help: "Do not consult the glossary: compose every Korean name.")
  var noGlossary = false

  @Option(help: "Output format: text (the Hindi) or json (one object per line: english, hindi, origin, id).")
  var format: Format = .text

  @OptionGroup var glossaryOptions: GlossaryOptions

  @OptionGroup var io: LineIOOptions

  func run() throws {
    let renderer: Renderer
    do throws(HinGlossError) {
      renderer = try Renderer(glossary: noGlossary ? nil : try glossaryOptions.load())
    } catch {
      throw report(error)
    }
    let json = format == .json
    try io.run { line in
      let name = line.trimmingCharacters(in: .whitespaces)
      if name.isEmpty { return json ? "{}" : "" }
      let r = renderer.render(name)
      guard json else { return r.text }
      var origin = "unchanged"
      var id: String? = nil
      switch r.origin {
      case .glossary(let entry):
        origin = "glossary"
        id = entry.id
      case .composed: origin = "composed"
      case .unchanged: break
      }
      return JSON.object([
        ("english", JSON.string(name)), ("hindi", JSON.string(r.text)), ("origin", JSON.string(origin)),
        ("id", id.map(JSON.string) ?? "null"),
      ])
    }
  }
}
