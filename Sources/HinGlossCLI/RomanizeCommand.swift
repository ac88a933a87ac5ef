import ArgumentParser
import Foundation
import HinGloss

/// The output formats of `hingloss romanize`.
enum RomanizeFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

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

      Schemes: auto (default), korean (the Korean-name rules alone, never the glossary), \
      hindi (readable, with the inherent vowels Hindi drops deleted) and iso15919 (ICU's \
      Devanagari-Latin).

      auto: a line that is a name (a glossary entry, or at most \(RomanizeCommand.maximumNameWords) \
      words without sentence punctuation) gets the glossary's English form, else the \
      Korean-name rules when it looks Korean, else hindi in title case. Any other line is \
      running text: glossary entities and Korean names are resolved in place and the rest \
      is romanized in lower case ("rashtrapati Lee Jae-myung ne Samsung ke pramukh …").

      With --format json each line gives {"input","text","spans":[{"start","end","source",\
      "text","origin","id"}]} (origin glossary, korean or hindi; offsets in UTF-8 bytes).

      Examples:
        hingloss romanize "किम योंग-बीओम"
        hingloss romanize "राष्ट्रपति ली जे म्युंग ने सैमसंग के प्रमुख से बात की"
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

  @Option(help: "Output format: text, or json (one object per line, with spans).")
  var format: RomanizeFormat = .text

  /// The most words a line has to be romanized as one name (auto scheme).
  static let maximumNameWords = 3

  func validate() throws {
    if let candidates, candidates < 1 { throw ValidationError("--candidates must be at least 1") }
    if format == .json && (candidates != nil || hangul) {
      throw ValidationError("--format json does not combine with --candidates or --hangul")
    }
  }

  /// Whether a line is a name, not running text: at most ``maximumNameWords`` words and no
  /// sentence punctuation.
  static func isName(_ line: String) -> Bool {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    return words.count <= maximumNameWords && !line.contains(where: { "।॥.,;:?!\"'()".contains($0) })
  }

  /// One line as JSON: the input, its romanization and the spans.
  static func json(_ input: String, _ result: Romanizer.TextResult) -> String {
    let spans = result.spans.map { span in
      var pairs: [(String, String)] = [
        ("start", String(span.utf8Range.lowerBound)), ("end", String(span.utf8Range.upperBound)),
        ("source", JSON.string(span.source)), ("text", JSON.string(span.text)),
      ]
      switch span.origin {
      case .glossary(let entry): pairs += [("origin", JSON.string("glossary")), ("id", JSON.string(entry.id))]
      case .korean: pairs.append(("origin", JSON.string("korean")))
      case .hindi: pairs.append(("origin", JSON.string("hindi")))
      }
      return JSON.object(pairs)
    }
    return JSON.object([("input", JSON.string(input)), ("text", JSON.string(result.text)), ("spans", JSON.array(spans))])
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
      let json = format == .json
      let titleCase = titleCase
      return { line in
        let text = romanizer.romanize(line, titleCase: titleCase)
        guard json else { return text }
        let n = line.utf8.count
        return Self.json(
          line,
          Romanizer.TextResult(
            text: text, spans: n == 0 ? [] : [Romanizer.Span(utf8Range: 0..<n, source: line, text: text, origin: .hindi)]))
      }
    case .korean, .auto:
      let glossary: Glossary?
      do {
        glossary = scheme == .auto && !noGlossary ? try glossaryOptions.load() : nil
        let facade = try Romanizer(glossary: glossary)
        let matcher = try glossary.map { g throws(HinGlossError) in try GlossaryMatcher(glossary: g) }
        let korean = facade.korean
        let json = format == .json
        let n = candidates
        let withHangul = hangul
        let koreanOnly = scheme == .korean
        return { line in
          if line.trimmingCharacters(in: .whitespaces).isEmpty { return json ? Self.json(line, .init(text: line, spans: [])) : "" }
          if !koreanOnly && n == nil && !withHangul {
            if Self.isName(line) || (glossary.map { !$0.lookup(hindi: line).isEmpty } ?? false) {
              let r = facade.romanize(line)
              guard json else { return r.text }
              let trimmed = line.trimmingCharacters(in: .whitespaces)
              let start = line.utf8.count - line.drop(while: { $0 == " " || $0 == "\t" }).utf8.count
              let span = Romanizer.Span(
                utf8Range: start..<(start + trimmed.utf8.count), source: trimmed, text: r.text, origin: r.origin)
              return Self.json(line, .init(text: r.text, spans: [span]))
            }
            let r = facade.romanizeText(line, matcher: matcher)
            return json ? Self.json(line, r) : r.text
          }
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
