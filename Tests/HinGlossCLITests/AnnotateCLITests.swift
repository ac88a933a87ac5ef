import Foundation
import Testing

@Suite struct AnnotateCLITests {
  static let text = "कूपांग ने कहा कि किम योंग-बीओम\nकोई नाम नहीं\nज़ी न्यूज़ पर कूपंग\n"

  @Test func jsonlHasOneObjectPerLineWithByteOffsets() throws {
    let r = try CLI.run(["annotate", "--format", "jsonl"], stdin: Self.text)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.out.split(separator: "\n")
    #expect(lines.count == 3)
    let inputLines = Self.text.split(separator: "\n", omittingEmptySubsequences: false)
    for (i, l) in lines.enumerated() {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any])
      #expect(object["line"] as? Int == i + 1)
      let matches = try #require(object["matches"] as? [[String: Any]])
      for m in matches {
        for key in ["start", "end", "text", "id", "kind", "english", "hindi", "quality"] {
          #expect(m[key] != nil, "\(key)")
        }
        let bytes = Array(inputLines[i].utf8)
        let start = m["start"] as! Int
        let end = m["end"] as! Int
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == m["text"] as? String)
      }
      if i == 1 { #expect(matches.isEmpty) }
    }
    #expect(r.out.contains("\"english\":\"Kim Yong-beom\""))
    #expect(r.out.contains("\"quality\":\"variant\""))
  }

  @Test func inlineAddsTheEnglishForm() throws {
    let r = try CLI.run(["annotate", "--format", "inline"], stdin: "किम योंग-बीओम ने कहा\n")
    #expect(r.out == "किम योंग-बीओम [Kim Yong-beom] ने कहा\n")
  }

  @Test func jsonDocumentCountsEntities() throws {
    let r = try CLI.run(["annotate", "--format", "json"], stdin: Self.text)
    let object = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    let entities = try #require(object["entities"] as? [[String: Any]])
    let coupang = entities.first { $0["id"] as? String == "company.coupang" }
    #expect(coupang?["count"] as? Int == 2)
  }

  @Test func htmlIsASelfContainedPage() throws {
    let r = try CLI.run(["annotate", "--format", "html"], stdin: Self.text)
    #expect(r.out.hasPrefix("<!DOCTYPE html>"))
    #expect(r.out.contains("<span class=\"e person house-style\""))
    #expect(r.out.contains("<small class=\"g\">Kim Yong-beom</small>"))
    #expect(r.out.contains("title=\"Kim Yong-beom"))
    #expect(!r.out.contains("<script src") && !r.out.contains("<link"))
  }

  @Test func invalidUTF8StopsWithExit65() throws {
    let r = try CLI.run(["annotate"], stdin: Data(Array("कूपांग\n".utf8) + [0xFF, 0x0A]))
    #expect(r.status == 65)
    #expect(r.stderr.contains("<stdin>:2:1:"))
  }
}

@Suite struct LintCLITests {
  static let text = "कूपंग डेटा लीक\nई-कॉमर्स दिग्गज कूपांग में उल्लंघन\nकूपांग ने माफी मांगी\n"

  @Test func reportsTheSameEntityInTwoSpellings() throws {
    let r = try CLI.run(["lint"], stdin: Self.text)
    #expect(r.status == 1)
    #expect(r.out.contains("<stdin>:1:1: inconsistent-spelling: Coupang is written in 2 spellings"))
    #expect(r.out.contains("house style is 'कूपांग'"))
  }

  @Test func cleanTextExitsZero() throws {
    let r = try CLI.run(["lint"], stdin: "कूपांग ने कहा\nकूपांग ने फिर कहा\n")
    #expect(r.status == 0)
    #expect(r.out == "no findings\n")
  }

  @Test func suggestsRowsForKoreanNamesNotInTheGlossary() throws {
    let r = try CLI.run(["lint", "--format", "json"], stdin: "बैठक में किम मिन-जी ने भाग लिया\n")
    #expect(r.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    let docs = try #require(object["documents"] as? [[String: Any]])
    let findings = try #require(docs.first?["findings"] as? [[String: Any]])
    #expect(
      findings.contains {
        $0["kind"] as? String == "unknown-korean-name" && $0["suggestion"] as? String == "Kim Min-ji"
      })
  }

  @Test func deprecatedSpellingsAreReported() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("g.tsv")
    try "id\tkind\tenglish\thindi\tdeprecated\tsource\ncompany.kia\tcompany\tKia\tकिआ\tकिया मोटर्स\thttp://x\n".write(
      to: file, atomically: true, encoding: .utf8)
    let r = try CLI.run(["lint", "--glossary", file.path, "--only-given"], stdin: "किया मोटर्स ने कहा\n")
    #expect(r.status == 1)
    #expect(r.out.contains("deprecated-spelling"))
    #expect(r.out.contains("house style is 'किआ'"))
  }
}

@Suite struct AnnotateEnglishCLITests {
  @Test func englishInlineAndJSONL() throws {
    let inline = try CLI.run(["annotate", "--lang", "en", "--format", "inline"], stdin: "Coupang and south korea\n")
    #expect(inline.status == 0)
    #expect(inline.out == "Coupang [Coupang] and south korea [South Korea]\n")
    let jsonl = try CLI.run(["annotate", "--lang", "en"], stdin: "Coupang\n")
    #expect(jsonl.out.contains("\"start\":0,\"end\":7,\"text\":\"Coupang\",\"id\":\"company.coupang\""))
    #expect(try CLI.run(["annotate", "--lang", "en", "--fuzzy"], stdin: "x\n").status == 64)
  }
}
