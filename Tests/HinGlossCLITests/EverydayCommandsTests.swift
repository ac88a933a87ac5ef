import Foundation
import Testing

/// The commands a person reaches for: lookup, romanize on sentences, annotate on many files.
@Suite struct EverydayCommandsTests {
  @Test func lookupListsPartialMatchesRanked() throws {
    let r = try CLI.run(["lookup", "Lee", "--built-in"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.out.split(separator: "\n").dropFirst()
    #expect(lines.count >= 10)
    #expect(lines.allSatisfy { $0.contains("Lee") }, "\(r.out)")
    #expect(!r.out.contains("CEO") && !r.out.contains("\tLG\t"), "\(r.out)")
  }

  @Test func lookupJoinsArgumentsWithoutQuotes() throws {
    let r = try CLI.run(["lookup", "ली", "जे", "म्युंग", "--built-in"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.out.hasPrefix("Lee Jae-myung\t"), "\(r.out)")
  }

  @Test func lookupReadsABatchFromStdinAsJSON() throws {
    let r = try CLI.run(["lookup", "--format", "json", "--built-in"], stdin: "Coupang\nSams\nzzzzqqq\n")
    #expect(r.status == 1, "a query found nothing")
    let objects = try r.out.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.count == 3)
    #expect(objects.map { $0["match"] as? String } == ["exact", "partial", "none"])
    let first = try #require((objects[0]["entries"] as? [[String: Any]])?.first)
    #expect(first["id"] as? String == "company.coupang")
    #expect(first["file"] as? String == "<built-in>/glossaries/entities/companies.tsv")
    #expect(((objects[1]["entries"] as? [[String: Any]])?.first?["english"] as? String)?.hasPrefix("Samsung") == true)
    #expect((objects[2]["nearest"] as? [Any])?.count == 5)
  }

  @Test func romanizeResolvesNamesInASentenceInOneCasing() throws {
    let r = try CLI.run(["romanize", "--built-in", "राष्ट्रपति ली जे म्युंग ने सैमसंग के प्रमुख से बात की"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.out == "rashtrapti Lee Jae-myung ne Samsung ke pramukh se bat ki\n")
    // A Korean name in no glossary entry, in place.
    let k = try CLI.run(["romanize", "--built-in", "कल किम मिन-जून ने कहा कि वे आएंगे"])
    #expect(k.out.contains(" Kim Min-"), "\(k.out)")
    #expect(k.out.hasPrefix("kal "), "\(k.out)")
    // A long line is the same rule, not a different casing.
    let long = Array(repeating: "सैमसंग ने कहा", count: 40).joined(separator: " ")
    let l = try CLI.run(["romanize", "--built-in", long])
    #expect(l.out.hasPrefix("Samsung ne kaha Samsung ne kaha"), "\(l.out.prefix(80))")
    // Names alone keep the name rules.
    let n = try CLI.run(["romanize", "--built-in", "अटल बिहारी वाजपेयी"])
    #expect(n.out == "Atal Bihari Vajpeyi\n")
  }

  @Test func romanizeJSONHasSpansWithOrigins() throws {
    let r = try CLI.run(["romanize", "--built-in", "--format", "json", "ली जे म्युंग ने कहा कि"])
    let object = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    #expect(object["text"] as? String == "Lee Jae-myung ne kaha ki")
    let spans = try #require(object["spans"] as? [[String: Any]])
    #expect(spans.first?["origin"] as? String == "glossary")
    #expect(spans.first?["id"] as? String == "person.lee-jae-myung")
    #expect(spans.first?["end"] as? Int == "ली जे म्युंग".utf8.count)
  }

  @Test func annotateNamesEachFileAndNumbersItsOwnLines() throws {
    let dir = try TempFolder("annotate")
    defer { dir.remove() }
    let a = try dir.write("कूपंग ने कहा\nकुछ नहीं\n", to: "corpus/b.txt")
    _ = try dir.write("सैमसंग\n", to: "corpus/sub/a.txt")
    _ = try dir.write("कूपंग\n", to: "corpus/notes.md")
    let r = try CLI.run(["annotate", "--built-in", a.path, dir.url.appendingPathComponent("corpus").path])
    #expect(r.status == 0, "\(r.stderr)")
    let records = try r.out.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    let corpus = dir.url.appendingPathComponent("corpus").path
    #expect(records.map { $0["file"] as? String } == [a.path, a.path, corpus + "/b.txt", corpus + "/b.txt", corpus + "/sub/a.txt"])
    #expect(records.map { $0["line"] as? Int } == [1, 2, 1, 2, 1])
    // Standard input has no file name.
    let s = try CLI.run(["annotate", "--built-in"], stdin: "कूपंग\n")
    #expect(s.out.hasPrefix("{\"line\":1,"))
  }

  @Test func versionIsPrinted() throws {
    let r = try CLI.run(["--version"])
    #expect(r.status == 0)
    #expect(r.out.split(separator: ".").count == 3)
  }
}
