import Foundation
import Testing

@Suite struct GlossaryCLITests {
  @Test(arguments: [("कूपंग", "Coupang"), ("Coupang", "कूपांग"), ("किम योंग बीओम", "Kim Yong-beom"), ("김용범", "Kim Yong-beom")])
  func lookupFindsTheEntry(_ query: String, _ expected: String) throws {
    let r = try CLI.run(["lookup", query])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.out.contains(expected))
  }

  @Test func lookupMissListsNearestAndExits1() throws {
    let r = try CLI.run(["lookup", "कूपान"])
    #expect(r.status == 1)
    #expect(r.out.contains("nearest"))
    #expect(r.out.contains("Coupang"))
  }

  @Test func checkPassesOnShippedData() throws {
    let r = try CLI.run(["check"])
    #expect(r.status == 0, "\(r.out)")
    let last = r.out.split(separator: "\n").last.map(String.init) ?? ""
    #expect(last.hasSuffix(" passed, 0 failed"), "\(last)")
  }

  @Test func checkFailsOnABrokenCopyWithFileAndLine() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-broken-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("broken.tsv")
    try "id\tkind\tenglish\thindi\tsource\nterm.a\tterm\ta\tए\thttp://x\nterm.b\tterm\t\tबी\thttp://x\n".write(
      to: file, atomically: true, encoding: .utf8)
    let r = try CLI.run(["check", "--glossary", file.path])
    #expect(r.status == 1)
    let errors = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count == 1 && errors[0].hasPrefix("\(file.path):3:13: error: "), "\(r.stderr)")
    #expect(r.out.split(separator: "\n").last?.hasSuffix("failed") == true)
    #expect(!(r.out.split(separator: "\n").last?.hasSuffix(" 0 failed") ?? true))
  }

  @Test func checkReportsAFailingCase() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-cases-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "input\texpected\nकूपंग\tCoupang\nकूपंग\tKupang\n".write(
      to: dir.appendingPathComponent("c.tsv"), atomically: true, encoding: .utf8)
    let r = try CLI.run(["check", "--cases", dir.path])
    #expect(r.status == 1)
    #expect(r.out.contains("c.tsv:3:1: FAIL"))
    #expect(r.out.hasSuffix("1 passed, 1 failed\n"))
  }

  @Test func evalPrintsJSONWithTheDocumentedKeys() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("names.tsv")
    try "hindi\tenglish\textra\nकिम योंग-बीओम\tKim Yong-beom\tx\nचो ह्यून\tCho Hyun\tx\n".write(
      to: file, atomically: true, encoding: .utf8)
    let r = try CLI.run(["eval", "--input", file.path, "--no-glossary", "--json"])
    #expect(r.status == 0, "\(r.stderr)")
    let object = try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any]
    for key in ["count", "exact", "tokenAccuracy", "cer", "namesPerSecond"] { #expect(object?[key] != nil, "\(key)") }
    #expect(object?["count"] as? Int == 2)
    #expect(object?["exact"] as? Int == 2)
  }

  @Test func romanizeAutoUsesGlossaryThenKoreanThenHindi() throws {
    let r = try CLI.run(["romanize"], stdin: "कूपंग\nकिम जी-मिन\nअटल बिहारी वाजपेयी\n\n")
    #expect(r.status == 0)
    #expect(r.out == "Coupang\nKim Ji-min\nAtal Bihari Vajpeyi\n\n")
    let k = try CLI.run(["romanize", "--scheme", "korean", "--candidates", "2", "--hangul", "किम योंग-बीओम"])
    #expect(k.out.hasPrefix("Kim Yong-beom\t"))
    #expect(k.out.contains("김용범"))
  }
}
