import ArgumentParser
import Foundation
import HinGloss

/// The romanization schemes offered on the command line.
enum SchemeArgument: String, ExpressibleByArgument, CaseIterable {
  case auto, korean, hindi, iso15919
}

struct RomanizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "romanize",
    abstract: "Romanize Hindi text or names.",
    discussion: """
      With TEXT arguments, each is romanized and printed on its own line. Without, standard \
      input is read line by line and each result is written as it comes: exactly one output \
      line per input line, so it streams through pipes and composes with paste(1).

      Schemes: auto (default: the glossary first, then the Korean-name rules when the input \
      looks Korean, else hindi), korean (the Korean-name rules alone, never the glossary), \
      hindi (readable, with the inherent vowels Hindi drops deleted) and iso15919 (ICU's \
      Devanagari-Latin).

      Examples:
        hingloss romanize "किम योंग-बीओम"
        hingloss romanize --scheme korean --candidates 3 --hangul "ली जे म्युंग"
        hingloss romanize --scheme hindi "अटल बिहारी वाजपेयी"
        hingloss romanize --scheme iso15919 < names.txt > names-latin.txt
        paste names.txt <(hingloss romanize < names.txt)
      """
  )

  @Option(help: "The romanization scheme.")
  var scheme: SchemeArgument = .auto

  @Flag(help: "Capitalize each word, as names are written (hindi and iso15919 schemes).")
  var titleCase = false

  @Flag(help: "Do not consult the glossary (auto scheme).")
  var noGlossary = false

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(
    help: ArgumentHelp(
      "Print the N best Korean romanizations, each followed by its probability, tab-separated on one line (Lee Jae-myung<TAB>0.71<TAB>…).",
      valueName: "N"))
  var candidates: Int?

  @Flag(help: "Add likely Hangul spellings (Korean rules), tab-separated.")
  var hangul = false

  func validate() throws {
    if let candidates, candidates < 1 { throw ValidationError("--candidates must be at least 1") }
  }

  @OptionGroup var io: LineIOOptions

  func run() throws {
    let transform = try makeTransform()
    try io.run(transform)
  }
}

extension RomanizeCommand {
  func makeTransform() throws -> (String) -> String {
    switch scheme {
    case .hindi, .iso15919:
      let romanizer: HindiRomanizer
      do { romanizer = try HindiRomanizer(scheme: scheme == .hindi ? .hindi : .iso15919) } catch { throw report(error) }
      return { romanizer.romanize($0, titleCase: titleCase) }
    case .korean, .auto:
      let glossary: Glossary?
      do {
        glossary = scheme == .auto && !noGlossary ? try glossaryOptions.load() : nil
        let facade = try Romanizer(glossary: glossary)
        let korean = facade.korean
        let n = candidates
        let withHangul = hangul
        let koreanOnly = scheme == .korean
        return { line in
          if line.trimmingCharacters(in: .whitespaces).isEmpty { return "" }
          var cells: [String] = []
          if let n {
            for c in korean.candidates(line, limit: n) {
              cells.append(c.text)
              cells.append(String(format: "%.2f", c.probability))
            }
          } else {
            cells.append(koreanOnly ? korean.romanize(line).text : facade.romanize(line).text)
          }
          if withHangul {
            cells.append(korean.hangulCandidates(line, limit: n ?? 3).map(\.hangul).joined(separator: " "))
          }
          return cells.joined(separator: "\t")
        }
      } catch {
        throw report(error)
      }
    }
  }
}
