import Foundation
import Testing

@testable import HinGloss

/// The data compiled into the library is the source tree's `glossaries/`, byte for byte.
@Suite struct BuiltInDataTests {
  static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("glossaries")

  @Test func everyDataFileIsCompiledInByteForByte() throws {
    let walker = try #require(FileManager.default.enumerator(atPath: Self.source.path))
    var names: [String] = []
    while let name = walker.nextObject() as? String {
      if name.hasSuffix(".tsv") || name.hasSuffix(".txt") { names.append(name) }
    }
    #expect(BundledResources.names == names.sorted())
    for name in names {
      let onDisk = try Data(contentsOf: Self.source.appendingPathComponent(name))
      #expect(BundledResources.bytes(name) == Array(onDisk), "\(name)")
    }
  }

  @Test func theDefaultsComeFromTheBuiltInData() throws {
    let glossary = try Glossary.default
    #expect(glossary.files.allSatisfy { $0.hasPrefix("<built-in>/glossaries/") })
    #expect(glossary.files.contains("<built-in>/glossaries/entities/companies.tsv"))
    #expect(glossary.lookup(english: "Coupang").first?.location?.file == "<built-in>/glossaries/entities/companies.tsv")
    _ = try KoreanNameTables.default
    #expect(StopWords.shipped.keys.count > 1500)
    #expect(GlossaryCase.shippedFiles.map(\.path).contains("<built-in>/glossaries/tests/sentences.tsv"))
  }

  @Test func aWorkingCopyIsFoundFromASubfolder() throws {
    let root = Self.source.deletingLastPathComponent()
    let copy = try #require(GlossarySource.workingCopy(from: root.appendingPathComponent("Sources/HinGloss")))
    #expect(copy.folder?.path == Self.source.standardizedFileURL.path)
    #expect(copy.glossaryFiles.map(\.name) == GlossarySource.builtIn.glossaryFiles.map(\.name))
    let fromCopy = try copy.glossary().entries
    let builtIn = try Glossary.default.entries
    #expect(fromCopy.map(\.id) == builtIn.map(\.id))
    #expect(fromCopy.map(\.hindi) == builtIn.map(\.hindi))
    #expect(fromCopy.first?.location?.file.hasPrefix(copy.description) == true)
    _ = try copy.romanizationTables()
    #expect(GlossarySource.workingCopy(from: URL(fileURLWithPath: "/")) == nil)
  }

  @Test func duplicateIDsAcrossFilesAreAnError() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-dup-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a.tsv")
    try "id\tkind\tenglish\thindi\tsource\nterm.a\tterm\ta\tए\thttp://x\n".write(to: a, atomically: true, encoding: .utf8)
    #expect(throws: HinGlossError.self) { try Glossary(contentsOf: [a, a]) }
    #expect(throws: HinGlossError.self) { try Glossary.loading(adding: [a, a]) }
    #expect(try Glossary.loading(adding: [a]).entries.count == (try Glossary.default).entries.count + 1)
  }
}
