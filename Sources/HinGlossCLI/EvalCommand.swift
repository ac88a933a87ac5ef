import ArgumentParser
import Foundation
import HinGloss

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure romanization accuracy on a file of Hindi names and their English forms.",
    discussion: """
      The input is TSV with a header line: hindi<TAB>english (more columns are ignored). \
      Each Hindi form is romanized (auto scheme) and compared with the English form, \
      case-insensitively, with hyphen and space equal and diacritics ignored. Reports \
      exact-match accuracy, per-token accuracy, character error rate, names per second and \
      the 20 worst errors.

      Examples:
        hingloss eval --input Tests/HinGlossTests/Fixtures/dev-names.tsv --no-glossary
        hingloss eval --input names.tsv --json
      """
  )

  @Option(help: ArgumentHelp("The TSV file to evaluate.", valueName: "file"))
  var input: String

  @Flag(help: "Do not consult the glossary: measure the rules alone.")
  var noGlossary = false

  @Flag(help: "Print one JSON object with count, exact, tokenAccuracy, cer, namesPerSecond.")
  var json = false

  @OptionGroup var glossaryOptions: GlossaryOptions

  func run() throws {
    let rows: [(line: Int, hindi: String, english: String)]
    let romanizer: Romanizer
    do {
      rows = try readPairs(input)
      romanizer = try Romanizer(glossary: noGlossary ? nil : try glossaryOptions.load())
    } catch {
      throw report(error)
    }
    var evaluation = Evaluation()
    let clock = ContinuousClock()
    var results: [String] = []
    let elapsed = clock.measure {
      results = rows.map { romanizer.romanize($0.hindi).text }
    }
    for (row, got) in zip(rows, results) { evaluation.add(input: row.hindi, expected: row.english, got: got, line: row.line) }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let perSecond = seconds > 0 ? Double(rows.count) / seconds : 0
    if json {
      let object: [String: Any] = [
        "count": evaluation.count, "exact": evaluation.exact,
        "exactAccuracy": evaluation.exactAccuracy, "tokenAccuracy": evaluation.tokenAccuracy,
        "cer": evaluation.characterErrorRate, "namesPerSecond": perSecond.rounded(),
        "worst": evaluation.worst(20).map { ["line": $0.line, "input": $0.input, "expected": $0.expected, "got": $0.got] },
      ]
      let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      print(String(decoding: data, as: UTF8.self))
      return
    }
    print("names: \(evaluation.count)")
    print(String(format: "exact match: %d/%d (%.1f%%)", evaluation.exact, evaluation.count, evaluation.exactAccuracy * 100))
    print(String(format: "token accuracy: %.1f%%", evaluation.tokenAccuracy * 100))
    print(String(format: "character error rate: %.3f", evaluation.characterErrorRate))
    print(String(format: "names per second: %.0f", perSecond))
    let worst = evaluation.worst(20)
    if !worst.isEmpty {
      print("worst errors:")
      for r in worst { print("  \(input):\(r.line): \(r.input) → \(r.got) (expected \(r.expected), distance \(r.editDistance))") }
    }
  }
}

/// Reads `hindi<TAB>english` rows after a header line.
func readPairs(_ path: String) throws(HinGlossError) -> [(line: Int, hindi: String, english: String)] {
  guard FileManager.default.fileExists(atPath: path) else { throw HinGlossError(.missingFile, "no such file: \(path)") }
  guard let data = FileManager.default.contents(atPath: path) else { throw HinGlossError(.unreadableFile, "cannot read \(path)") }
  let text = try Array(data).withUnsafeBufferPointer { (b) throws(HinGlossError) in try UTF8Validation.decode(b, file: path) }
  var rows: [(Int, String, String)] = []
  var sawHeader = false
  for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
    var line = raw
    if line.hasSuffix("\r") { line = line.dropLast() }
    if line.isEmpty || line.hasPrefix("#") { continue }
    if !sawHeader {
      sawHeader = true
      continue
    }
    let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard cells.count >= 2 else {
      throw HinGlossError(.malformedLine, "expected hindi<TAB>english, found \(cells.count) cell", at: SourceLocation(file: path, line: i + 1, column: 1))
    }
    rows.append((i + 1, String(cells[0]), String(cells[1])))
  }
  return rows
}
