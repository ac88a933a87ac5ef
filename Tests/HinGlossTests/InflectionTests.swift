import Foundation
import Testing

@testable import HinGloss

/// The inflection rules are measured on real text: each must produce forms the shared Hindi
/// corpus uses, or it is guessing.
@Suite struct InflectionTests {
  static var corpusWords: [String: Int]? {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
    var counts: [String: Int] = [:]
    for name in ["hi-ntrex128-newstest2019.txt", "hi-xquad-contexts.txt"] {
      guard let text = try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) else { return nil }
      let canonical = HindiNormalizer().normalize(text).text
      for word in canonical.split(whereSeparator: { !Devanagari.isNameWordScalar($0.unicodeScalars.first!) }) {
        counts[String(word), default: 0] += 1
      }
    }
    return counts
  }

  @Test func everyRuleFindsRealForms() throws {
    let words = try #require(Self.corpusWords, "the shared corpus (../shared/corpus) is needed")
    let glossary = try Glossary.default
    for rule in Inflection.rules {
      var seen = 0
      for entry in glossary.entries where rule.kinds.contains(entry.kind) {
        for (form, _) in entry.hindiForms {
          guard let inflected = Inflection.apply(rule, to: form), let last = inflected.split(separator: " ").last else { continue }
          seen += words[String(last)] ?? 0
        }
      }
      #expect(seen > 0, "\(rule.name) finds no form in the corpus")
    }
  }

  @Test func formsAreWhatHindiWrites() {
    let rules = Dictionary(uniqueKeysWithValues: Inflection.rules.map { ($0.name, $0) })
    #expect(Inflection.apply(rules["oblique plural -ों"]!, to: "मंत्रालय") == "मंत्रालयों")
    #expect(Inflection.apply(rules["oblique plural -ओं"]!, to: "उपयोगकर्ता") == "उपयोगकर्ताओं")
    #expect(Inflection.apply(rules["oblique plural -ियों"]!, to: "कंपनी") == "कंपनियों")
    #expect(Inflection.apply(rules["place adjective -ई"]!, to: "दक्षिण कोरिया") == "दक्षिण कोरियाई")
    #expect(Inflection.apply(rules["oblique plural -ों"]!, to: "कंपनी") == nil)
  }

  @Test func peopleDoNotDecline() throws {
    let forms = Inflection.entries(of: try Glossary.default, stopWords: .shipped)
    #expect(!forms.isEmpty)
    #expect(!forms.contains { $0.kind == .person })
  }
}
