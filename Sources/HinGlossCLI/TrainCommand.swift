import ArgumentParser
import Foundation
import HinGloss

struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Learn the Korean-name channel from real pairs, and cross-validate it by person.",
    discussion: """
      Reads (hindi, english) pairs from TSV files with `hindi` and `english` columns (and \
      optionally `order`: eastern or western), adds the glossary's Korean people (every Hindi \
      form a source showed), aligns each pair's Hindi with its English letter groups, and \
      writes the learned rendering counts as channel.tsv. With --cross-validate K it instead \
      reports top-1 and top-5 accuracy and a calibration table, K folds by person.

      Examples:
        hingloss train --pairs glossaries/romanization/observed-names.tsv -o glossaries/romanization/channel.tsv
        hingloss train --pairs ../shared/data/dev-names.tsv --cross-validate 5
      """
  )

  @Option(help: ArgumentHelp("A TSV file of pairs (repeatable).", valueName: "file"))
  var pairs: [String] = []

  @Flag(help: "Do not add the glossary's Korean people.")
  var noGlossary = false

  @Option(help: ArgumentHelp("Report K-fold cross-validation by person instead of writing the table.", valueName: "K"))
  var crossValidate: Int?

  @Flag(help: "In cross-validation, also take the held-out people out of the whole-name prior.")
  var unseenPeople = false

  @Option(name: .shortAndLong, help: ArgumentHelp("Write the channel table here (default: standard output).", valueName: "file"))
  var output: String?

  @OptionGroup var glossaryOptions: GlossaryOptions

  func run() throws {
    var all: [KoreanNamePair] = []
    var sources: [String] = []
    let tables: KoreanNameTables
    do {
      for path in pairs {
        let read = try KoreanNameTraining.pairs(contentsOf: URL(fileURLWithPath: path))
        all += read
        sources.append("\(URL(fileURLWithPath: path).lastPathComponent) (\(read.count))")
      }
      if !noGlossary {
        let read = KoreanNameTraining.pairs(from: try glossaryOptions.load())
        all += read
        sources.append("glossary people (\(read.count))")
      }
      tables = try KoreanNameTables.default
    } catch {
      throw report(error)
    }
    if let folds = crossValidate {
      let r = KoreanNameTraining.crossValidate(pairs: all, tables: tables, folds: max(2, folds), unseenPeople: unseenPeople)
      print("pairs: \(r.count)")
      print(String(format: "top-1: %d/%d (%.1f%%)", r.top1, r.count, 100 * Double(r.top1) / Double(max(r.count, 1))))
      print(String(format: "top-%d: %d/%d (%.1f%%)", r.k, r.topK, r.count, 100 * Double(r.topK) / Double(max(r.count, 1))))
      print("top candidate's probability: names, right, mean probability")
      for (i, b) in r.bins.enumerated() where b.count > 0 {
        print(String(format: "  %.1f-%.1f  %4d  %4d (%.0f%%)  %.2f", Double(i) / 10, Double(i + 1) / 10, b.count, b.right, 100 * Double(b.right) / Double(b.count), b.probability / Double(b.count)))
      }
      print("mean log-loss of the right answer by temperature: " + r.logLoss.map { String(format: "%.2f:%.3f", $0.temperature, $0.loss) }.joined(separator: " "))
      print("Brier score of the top probability by unlisted mass: " + r.brier.map { String(format: "%.2f:%.4f", $0.unlistedMass, $0.score) }.joined(separator: " "))
      let rendering = KoreanNameTraining.crossValidateRendering(pairs: all, tables: tables, folds: max(2, folds))
      print(String(format: "render: %d/%d people (%.1f%%) composed in a spelling a real source printed (by match key)", rendering.matched, rendering.people, 100 * Double(rendering.matched) / Double(max(rendering.people, 1))))
      for m in rendering.misses.prefix(60) { print("  render: \(m.english) → \(m.composed) (seen \(m.seen.joined(separator: ", ")))") }
      for e in r.errors.prefix(400) { print("  miss: \(e.hindi) → \(e.got) (expected \(e.expected))") }
      return
    }
    let (channel, skipped) = KoreanChannel.train(pairs: all, orthography: tables.orthography)
    for s in skipped { FileHandle.standardError.write(Data("hingloss: skipped \(s.hindi) / \(s.english)\n".utf8)) }
    let text = KoreanNameTraining.channelTable(channel, pairs: all.count - skipped.count, sources: sources)
    if let output {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } else {
      print(text, terminator: "")
    }
  }
}
