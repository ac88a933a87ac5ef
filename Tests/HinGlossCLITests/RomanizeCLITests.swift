import Foundation
import Testing

@Suite struct RomanizeCLITests {
  @Test func romanizesArguments() throws {
    let r = try CLI.run(["romanize", "--scheme", "hindi", "अटल बिहारी वाजपेयी"])
    #expect(r.status == 0)
    #expect(r.out == "atal bihari vajpeyi\n")
  }

  @Test func oneOutputLinePerInputLineIncludingEmptyOnes() throws {
    let r = try CLI.run(["romanize", "--scheme", "hindi"], stdin: "कमला\n\nसमझना\r\nभारत")
    #expect(r.status == 0)
    #expect(r.out == "kamla\n\nsamajhna\r\nbharat\n")
  }

  @Test func invalidUTF8NamesLineAndOffsetAndWritesNoPartialLine() throws {
    var input = Data("कमला\n".utf8)
    input.append(contentsOf: Array("भारत ".utf8) + [0xFF] + Array(" देश\nअटल\n".utf8))
    let r = try CLI.run(["romanize", "--scheme", "hindi"], stdin: input)
    #expect(r.status == 65)
    #expect(r.out == "kamla\n")
    #expect(r.stderr.contains("<stdin>:2:6:"))
    #expect(r.stderr.contains("byte offset \("कमला\n".utf8.count + "भारत ".utf8.count)"))
  }

  @Test(arguments: [
    [0xC3] as [UInt8],  // truncated
    [0xC0, 0xAF],  // overlong
    [0xED, 0xA0, 0x80],  // surrogate
    [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
    [0x80],  // stray continuation
    [0xE0, 0xA4],  // truncated Devanagari
  ])
  func everyClassOfInvalidUTF8IsRejected(_ bytes: [UInt8]) throws {
    let r = try CLI.run(["normalize"], stdin: Data(Array("क".utf8) + bytes + [0x0A]))
    #expect(r.status == 65)
    #expect(r.out.isEmpty)
    #expect(r.stderr.contains("<stdin>:1:2:"))
  }

  @Test func nulBytesPassThrough() throws {
    let r = try CLI.run(["romanize", "--scheme", "hindi"], stdin: Data([0x00] + Array("किम\u{0}".utf8) + [0x0A]))
    #expect(r.status == 0)
    #expect(r.stdout == Data([0x00] + Array("kim\u{0}\n".utf8)))
  }

  @Test func tenMegabyteLine() throws {
    let line = String(repeating: "भारत सरकार ", count: 350_000)
    let r = try CLI.run(["romanize"], stdin: line + "\n")
    #expect(r.status == 0)
    #expect(r.out == String(repeating: "bharat sarkar ", count: 350_000) + "\n")
  }

  @Test func normalizeKeyMakesVariantsMeet() throws {
    let a = try CLI.run(["normalize", "--key"], stdin: "कूपंग\n")
    let b = try CLI.run(["normalize", "--key"], stdin: "कूपांग\n")
    #expect(a.status == 0 && b.status == 0)
    #expect(a.out == b.out)
    #expect(!a.out.isEmpty)
  }

  @Test func helpHasExamplesAndUnknownOptionIsAUsageError() throws {
    let help = try CLI.run(["romanize", "--help"])
    #expect(help.status == 0)
    #expect(help.out.contains("Examples:"))
    let bad = try CLI.run(["romanize", "--no-such-option"])
    #expect(bad.status == 64)
  }

  @Test func missingFileIsExit66() throws {
    let r = try CLI.run(["romanize", "--input", "/nonexistent/file.txt"])
    #expect(r.status == 66)
    #expect(r.stderr.contains("/nonexistent/file.txt"))
  }
}
