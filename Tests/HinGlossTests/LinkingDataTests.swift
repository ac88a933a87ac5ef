import Foundation
import Testing

@testable import HinGloss

/// The linking development set (`glossaries/tests/linking/`): real passages with every Korean
/// entity mention marked, and ordinary words and non-Korean names that must not link.
@Suite struct LinkingDataTests {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("glossaries/tests/linking")
  }

  static let linker: EntityLinker? = {
    var configuration = EntityLinker.Configuration()
    configuration.discover = true
    guard let glossary = try? Glossary.default, let korean = try? KoreanNameRomanizer() else { return nil }
    return try? EntityLinker(glossary: glossary, korean: korean, configuration: configuration)
  }()

  @Test func everyMarkedMentionIsInItsPassage() throws {
    let passages = Dictionary(uniqueKeysWithValues: try LinkingEvaluation.passages(contentsOf: Self.folder.appendingPathComponent("passages.tsv").path).map { ($0.id, $0.text) })
    let gold = try LinkingEvaluation.gold(contentsOf: Self.folder.appendingPathComponent("mentions.tsv").path)
    #expect(gold.count >= 300)
    let glossary = try Glossary.default
    let ids = Set(glossary.entries.map(\.id))
    for g in gold {
      let text = try #require(passages[g.passage], "\(g.passage)")
      #expect(LinkingEvaluation.range(of: g.surface, occurrence: g.occurrence, in: text) != nil, "\(g.passage): \(g.surface)")
      if let id = g.id { #expect(ids.contains(id), "\(g.passage): \(id)") }
    }
  }

  /// The figures of the development set, as regression bars (the closing notes give them).
  @Test func linkingOnTheDevelopmentSet() throws {
    let linker = try #require(Self.linker)
    let evaluation = LinkingEvaluation(
      passages: try LinkingEvaluation.passages(contentsOf: Self.folder.appendingPathComponent("passages.tsv").path),
      gold: try LinkingEvaluation.gold(contentsOf: Self.folder.appendingPathComponent("mentions.tsv").path), linker: linker)
    #expect(Double(evaluation.knownFound) / Double(evaluation.known) >= 0.85, "\(evaluation.misses)")
    #expect(evaluation.personLinks > 80)
    #expect(Double(evaluation.personLinksRight) / Double(evaluation.personLinks) >= 0.97, "\(evaluation.wrongLinks)")
    #expect(evaluation.modelLinks >= 20)
  }

  /// Ordinary Hindi words and non-Korean names from the shared corpus, alone and in a sentence:
  /// nothing links through the model and nothing is discovered.
  @Test func ordinaryWordsAndOtherNamesNeverLink() throws {
    let linker = try #require(Self.linker)
    let rows = try LinkingEvaluation.rows(Self.folder.appendingPathComponent("not-names.tsv").path, ["text"])
    #expect(rows.count >= 250)
    for row in rows {
      for line in [row[0], "उन्होंने कहा कि \(row[0]) ने बैठक में भाग लिया।"] {
        let made = linker.link(line: line).filter { [.romanized, .coreferent, .discovered].contains($0.quality) }
        #expect(made.isEmpty, "\(line): \(made.map { "\($0.surface) → \($0.english)" })")
      }
    }
  }
}
