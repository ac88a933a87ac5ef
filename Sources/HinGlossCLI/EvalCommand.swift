import ArgumentParser
import Foundation
import HinGloss

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure romanization accuracy on a file of Hindi names and their English forms.",
    discussion: """
      The input is TSV whose header names a `hindi` and an `english` column (in any order; \
      more columns are ignored). Each Hindi form is romanized (auto scheme: the glossary, \
      then the Korean-name model, then the Hindi scheme) and compared with the English form, \
      case-insensitively, with hyphen and space equal and diacritics ignored. Reports top-1 \
      and top-K accuracy (is the right form among the K best candidates), per-token accuracy, \
      character error rate, names per second and the 20 worst errors. A file without those \
      columns, or without rows, is an error (exit 65).

      Examples:
        hingloss eval --input ../shared/data/dev-names.tsv --no-glossary
        hingloss eval --input names.tsv --top 10 --json
      """
  )

  @Option(help: ArgumentHelp("The TSV file of names to evaluate.", valueName: "file"))
  var input: String?

  @Option(help: ArgumentHelp("Evaluate entity linking instead: passages (columns passage, text).", valueName: "file"))
  var passages: String?

  @Option(help: ArgumentHelp("The marked mentions of the passages (passage, surface, occurrence, id, english, kind).", valueName: "file"))
  var mentions: String?

  @Flag(help: "Do not consult the glossary: measure the model alone.")
  var noGlossary = false

  @Option(help: ArgumentHelp("Also report whether the right form is among the K best candidates.", valueName: "K"))
  var top = 5

  @Flag(help: "Print one JSON object with count, exact, topK, tokenAccuracy, cer, namesPerSecond.")
  var json = false

  @OptionGroup var glossaryOptions: GlossaryOptions

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
    if (passages == nil) != (mentions == nil) { throw ValidationError("--passages and --mentions go together") }
    if (input == nil) == (passages == nil) { throw ValidationError("give --input, or --passages with --mentions") }
  }

  func run() throws {
    if let passages, let mentions { return try evaluateLinking(passages, mentions) }
    guard let input else { return }
    let pairs: [KoreanNamePair]
    let romanizer: Romanizer
    do throws(HinGlossError) {
      pairs = try KoreanNameTraining.pairs(contentsOf: URL(fileURLWithPath: input))
      guard !pairs.isEmpty else { throw HinGlossError(.malformedLine, "\(input): no rows to evaluate after the header") }
      romanizer = try Romanizer(glossary: noGlossary ? nil : try glossaryOptions.load())
    } catch {
      throw report(error)
    }
    var evaluation = Evaluation()
    let clock = ContinuousClock()
    var results: [[String]] = []
    let k = top
    let elapsed = clock.measure {
      results = pairs.map { pair in
        let first = romanizer.romanize(pair.hindi)
        var list = [first.text]
        if k > 1, first.origin == .korean || first.origin == .hindi {
          list += romanizer.korean.candidates(pair.hindi, limit: k).map(\.text).filter { $0 != first.text }
        }
        return Array(list.prefix(k))
      }
    }
    var inTopK = 0
    for (i, (pair, got)) in zip(pairs, results).enumerated() {
      evaluation.add(input: pair.hindi, expected: pair.english, got: got.first ?? "", line: i + 1)
      let expected = Evaluation.comparable(pair.english)
      if got.contains(where: { Evaluation.comparable($0) == expected }) { inTopK += 1 }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let perSecond = seconds > 0 ? Double(pairs.count) / seconds : 0
    if json {
      let object: [String: Any] = [
        "count": evaluation.count, "exact": evaluation.exact, "top": k, "topK": inTopK,
        "exactAccuracy": evaluation.exactAccuracy, "topKAccuracy": Double(inTopK) / Double(evaluation.count),
        "tokenAccuracy": evaluation.tokenAccuracy,
        "cer": evaluation.characterErrorRate, "namesPerSecond": perSecond.rounded(),
        "worst": evaluation.worst(20).map { ["row": $0.line, "input": $0.input, "expected": $0.expected, "got": $0.got] },
      ]
      let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      print(String(decoding: data, as: UTF8.self))
      return
    }
    print("names: \(evaluation.count)")
    print(String(format: "top-1: %d/%d (%.1f%%)", evaluation.exact, evaluation.count, evaluation.exactAccuracy * 100))
    print(String(format: "top-%d: %d/%d (%.1f%%)", k, inTopK, evaluation.count, 100 * Double(inTopK) / Double(evaluation.count)))
    print(String(format: "token accuracy: %.1f%%", evaluation.tokenAccuracy * 100))
    print(String(format: "character error rate: %.3f", evaluation.characterErrorRate))
    print(String(format: "names per second: %.0f", perSecond))
    let worst = evaluation.worst(20)
    if !worst.isEmpty {
      print("worst errors (row: input → got, expected):")
      for r in worst { print("  \(r.line): \(r.input) → \(r.got) (expected \(r.expected), distance \(r.editDistance))") }
    }
  }
}

extension EvalCommand {
  func evaluateLinking(_ passagesPath: String, _ mentionsPath: String) throws {
    let evaluation: LinkingEvaluation
    do throws(HinGlossError) {
      var configuration = EntityLinker.Configuration()
      configuration.discover = true
      let glossary = noGlossary ? Glossary(entries: []) : try glossaryOptions.load()
      let linker = try EntityLinker(glossary: glossary, korean: try KoreanNameRomanizer(), configuration: configuration)
      evaluation = LinkingEvaluation(
        passages: try LinkingEvaluation.passages(contentsOf: passagesPath),
        gold: try LinkingEvaluation.gold(contentsOf: mentionsPath), linker: linker)
    } catch {
      throw report(error)
    }
    func share(_ a: Int, _ b: Int) -> String {
      String(format: "%d/%d (%.1f%%)", a, b, b == 0 ? 0 : 100 * Double(a) / Double(b))
    }
    print("mentions of glossary entities found: \(share(evaluation.knownFound, evaluation.known))")
    print("person links right: \(share(evaluation.personLinksRight, evaluation.personLinks))")
    print("  of which romanized or coreferent: \(share(evaluation.modelLinksRight, evaluation.modelLinks))")
    print("unknown Korean people discovered with the right English: \(share(evaluation.discoveredRight, evaluation.unknownPeople))")
    print("discoveries overlapping no marked mention: \(share(evaluation.spuriousDiscoveries, evaluation.discoveries))")
    for m in evaluation.misses { print("  missed: \(m)") }
    for w in evaluation.wrongLinks { print("  wrong: \(w)") }
  }
}
