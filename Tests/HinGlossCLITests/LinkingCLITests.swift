import Foundation
import Testing

/// `annotate` and the linking the library does past literal matches.
@Suite struct LinkingCLITests {
  static func matches(_ out: String) throws -> [[String: Any]] {
    var all: [[String: Any]] = []
    for line in out.split(separator: "\n") {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      all += try #require(object["matches"] as? [[String: Any]])
    }
    return all
  }

  @Test func romanizedLinksCarryTheirProbability() throws {
    let r = try CLI.run(["annotate"], stdin: "विज्ञान मंत्री बाए क्युंग-हुन ने कहा।\n")
    #expect(r.status == 0, "\(r.stderr)")
    let m = try #require(try Self.matches(r.out).first { $0["quality"] as? String == "romanized" })
    #expect(m["id"] as? String == "person.bae-kyung-hoon")
    let p = try #require(m["probability"] as? Double)
    #expect(p > 0 && p <= 1)
  }

  @Test func discoveryReportsUnknownNamesWithNullId() throws {
    let text = "खिलाड़ी लिम डो-ह्यून ने गोल किया।\n"
    #expect(try Self.matches(try CLI.run(["annotate"], stdin: text).out).isEmpty)
    let r = try CLI.run(["annotate", "--discover"], stdin: text)
    let m = try #require(try Self.matches(r.out).first)
    #expect(m["id"] is NSNull)
    #expect(m["kind"] as? String == "person")
    #expect(m["english"] as? String == "Lim Do-hyun")
    #expect((m["candidates"] as? [[String: Any]])?.isEmpty == false)
    #expect((m["hangul"] as? [[String: Any]])?.first?["text"] as? String == "임도현")
  }

  @Test func kindsFilterAndLiteralMode() throws {
    let text = "दक्षिण कोरिया के राष्ट्रपति ली जे म्युंग ने बाए क्युंग-हुन से कूपांग पर बात की।\n"
    let people = try Self.matches(try CLI.run(["annotate", "--kinds", "person"], stdin: text).out)
    #expect(people.map { $0["id"] as? String } == ["person.lee-jae-myung", "person.bae-kyung-hoon"])
    let literal = try Self.matches(try CLI.run(["annotate", "--literal", "--kinds", "person,company"], stdin: text).out)
    #expect(literal.map { $0["id"] as? String } == ["person.lee-jae-myung", "company.coupang"])
    let bad = try CLI.run(["annotate", "--kinds", "people"], stdin: text)
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("unknown kind"))
  }

  @Test func aFileIsOneDocumentInJSON() throws {
    let text = "राष्ट्रपति ली जे म्युंग ने बैठक बुलाई।\nब्रीफिंग के दौरान ली ने कहा कि जांच होगी।\n"
    let jsonl = try Self.matches(try CLI.run(["annotate"], stdin: text).out)
    #expect(!jsonl.contains { $0["quality"] as? String == "coreferent" })  // a JSONL line is a document
    let r = try CLI.run(["annotate", "--format", "json"], stdin: text)
    let object = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    let documents = try #require(object["documents"] as? [[String: Any]])
    let matches = try #require(documents.first?["matches"] as? [[String: Any]])
    #expect(matches.contains { $0["quality"] as? String == "coreferent" && $0["line"] as? Int == 2 })
  }

  @Test func renderWritesHouseStyle() throws {
    let r = try CLI.run(["render", "Coupang", "Cho Hyun", "Barack Obama"], stdin: "")
    #expect(r.status == 0)
    #expect(r.out == "कूपांग\nचो ह्यून\nBarack Obama\n")
    let j = try CLI.run(["render", "--no-glossary", "--format", "json"], stdin: "Cho Hyun\n")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(j.out.utf8)) as? [String: Any])
    #expect(object["origin"] as? String == "composed")
    #expect(object["hindi"] as? String == "चो ह्यून")
  }

  @Test func romanizeCandidatesPrintProbabilities() throws {
    let r = try CLI.run(["romanize", "--scheme", "korean", "--candidates", "3"], stdin: "ली जे म्युंग\n")
    let cells = r.out.trimmingCharacters(in: .newlines).split(separator: "\t")
    #expect(cells.count == 6)
    #expect(cells.first == "Lee Jae-myung")
    let probabilities = stride(from: 1, to: cells.count, by: 2).compactMap { Double(cells[$0]) }
    #expect(probabilities.count == 3)
    #expect(probabilities == probabilities.sorted(by: >))
    #expect(probabilities.reduce(0, +) <= 1.001)
  }

  @Test func evalReadsColumnsByNameAndReportsTopK() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let swapped = folder.appendingPathComponent("swapped.tsv")
    try "english\thindi\nKim Yong-beom\tकिम योंग-बीओम\n".write(to: swapped, atomically: true, encoding: .utf8)
    let r = try CLI.run(["eval", "--input", swapped.path, "--no-glossary", "--json"], stdin: "")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    #expect(object["exact"] as? Int == 1)
    #expect(object["topK"] as? Int == 1)
    let headerless = folder.appendingPathComponent("headerless.tsv")
    try "किम योंग-बीओम\tKim Yong-beom\n".write(to: headerless, atomically: true, encoding: .utf8)
    let bad = try CLI.run(["eval", "--input", headerless.path], stdin: "")
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("no 'hindi' column"))
    let empty = folder.appendingPathComponent("empty.tsv")
    try "hindi\tenglish\n".write(to: empty, atomically: true, encoding: .utf8)
    #expect(try CLI.run(["eval", "--input", empty.path], stdin: "").status == 65)
  }
}

@Suite struct LintDiscoveryCLITests {
  @Test func aKnownPersonInANewSpellingIsAVariantNotANewRow() throws {
    let r = try CLI.run(["lint"], stdin: "किम योंगबीओम ने कहा।\n")
    #expect(r.out.contains("add this spelling to the variants of person.kim-yong-beom"), "\(r.out)")
    #expect(!r.out.contains("new row"))
  }

  @Test func anUnknownNameGetsAReadyRowWithHangul() throws {
    let r = try CLI.run(["lint"], stdin: "खिलाड़ी लिम डो-ह्यून ने गोल किया।\n")
    #expect(r.out.contains("new row: person.lim-do-hyun\tperson\tLim Do-hyun\tलिम डो-ह्यून"), "\(r.out)")
    #expect(r.out.contains("임도현"))
  }
}

@Suite struct LintKindsCLITests {
  @Test func kindsFilterFindings() throws {
    let text = "कूपंग और कूपांग। किम योंगबीओम ने कहा।\n"
    let companies = try CLI.run(["lint", "--kinds", "company"], stdin: text)
    #expect(companies.out.contains("inconsistent-spelling") && !companies.out.contains("unknown-korean-name"))
    let people = try CLI.run(["lint", "--kinds", "person"], stdin: text)
    #expect(!people.out.contains("inconsistent-spelling") && people.out.contains("unknown-korean-name"))
    #expect(try CLI.run(["lint", "--kinds", "x"], stdin: text).status == 64)
  }
}

@Suite struct CheckComposedCLITests {
  @Test func composedHouseStylesAreComparedWithRender() throws {
    let r = try CLI.run(["check", "--built-in"], stdin: "")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("is not what render composes"))
    #expect(r.out.contains("differ from render --no-glossary"))
  }
}
