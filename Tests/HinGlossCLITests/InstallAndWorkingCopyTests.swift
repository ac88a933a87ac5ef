import Foundation
import Testing

/// A temporary folder, removed by `remove()`.
struct TempFolder {
  let url: URL
  init(_ name: String) throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  func remove() { try? FileManager.default.removeItem(at: url) }
  func write(_ text: String, to name: String) throws -> URL {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file
  }
}

/// The source tree's `glossaries/` folder.
let sourceGlossaries = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("glossaries")

/// A copy of the shipped `glossaries/` in a new temporary folder (an editor's clone).
func workingCopy(_ name: String) throws -> TempFolder {
  let folder = try TempFolder(name)
  try FileManager.default.copyItem(at: sourceGlossaries, to: folder.url.appendingPathComponent("glossaries"))
  return folder
}

/// A copied binary runs anywhere: its data is compiled in, no resource bundle is looked for.
@Suite(.serialized) struct InstalledBinaryTests {
  @Test func aCopiedBinaryWorksWithTheBuildFoldersResourcesHidden() throws {
    let dir = try TempFolder("installed")
    defer { dir.remove() }
    let binary = dir.url.appendingPathComponent("hingloss")
    try FileManager.default.copyItem(at: CLI.binary, to: binary)
    // Hide every resource bundle of the library and the CLI in the build folder for the test.
    let build = CLI.binary.deletingLastPathComponent()
    var hidden: [(URL, URL)] = []
    for name in (try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []
    where name.hasSuffix(".resources") && !name.contains("Tests") {
      let from = build.appendingPathComponent(name)
      let to = build.appendingPathComponent(name + ".hidden-\(UUID().uuidString)")
      try FileManager.default.moveItem(at: from, to: to)
      hidden.append((from, to))
    }
    defer { for (from, to) in hidden { try? FileManager.default.moveItem(at: to, to: from) } }

    func run(_ arguments: [String], stdin: String = "") throws -> CLI.Result {
      try CLI.run(arguments, stdin: Data(stdin.utf8), currentDirectory: dir.url, binary: binary)
    }
    let romanize = try run(["romanize", "कूपंग", "किम योंग-बीओम"])
    #expect(romanize.status == 0, "\(romanize.stderr)")
    #expect(romanize.out == "Coupang\nKim Yong-beom\n")
    let lookup = try run(["lookup", "Coupang"])
    #expect(lookup.status == 0, "\(lookup.stderr)")
    #expect(lookup.out.contains("कूपांग"))
    #expect(lookup.out.contains("<built-in>/glossaries/entities/companies.tsv:"), "\(lookup.out)")
    #expect(lookup.stderr.isEmpty, "no working copy here: \(lookup.stderr)")
    let check = try run(["check"])
    #expect(check.status == 0, "\(check.out)\(check.stderr)")
    #expect(check.out.hasSuffix(" 0 failed\n"))
    let annotate = try run(["annotate"], stdin: "कूपंग ने कहा\n")
    #expect(annotate.status == 0)
    #expect(annotate.out.contains("\"id\":\"company.coupang\""), "\(annotate.out)")
    #expect(!romanize.stderr.contains("Fatal error"))
  }
}

@Suite struct WorkingCopyTests {
  @Test func lookupAndCheckReadTheEditedWorkingCopyAndSaySo() throws {
    let clone = try workingCopy("clone")
    defer { clone.remove() }
    let companies = clone.url.appendingPathComponent("glossaries/entities/companies.tsv")
    var text = try String(contentsOf: companies, encoding: .utf8)
    text = text.replacingOccurrences(of: "\tCoupang\t", with: "\tCoupang Corp\t")
    try text.write(to: companies, atomically: true, encoding: .utf8)
    let sub = clone.url.appendingPathComponent("drafts")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)

    let lookup = try CLI.run(["lookup", "कूपंग"], currentDirectory: sub)
    #expect(lookup.status == 0, "\(lookup.stderr)")
    #expect(lookup.out.contains("Coupang Corp"), "\(lookup.out)")
    let stderrLines = lookup.stderr.split(separator: "\n")
    #expect(stderrLines.count == 1)
    #expect(lookup.stderr.contains("working copy"), "\(lookup.stderr)")
    #expect(lookup.stderr.contains("entities/companies.tsv"))
    // The path printed is the file read, not the built-in copy.
    #expect(lookup.out.contains("glossaries/entities/companies.tsv:"))
    #expect(!lookup.out.contains("<built-in>"))

    // A broken row in the working copy fails `check` there, with every error.
    text = text.replacingOccurrences(of: "\tCoupang Corp\t", with: "\t\t")
    text += "company.bad1\tcompany\tBad\tBad\thttp://x\n"
    try text.write(to: companies, atomically: true, encoding: .utf8)
    let check = try CLI.run(["check"], currentDirectory: clone.url)
    #expect(check.status == 1)
    let errors = check.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count >= 2, "\(check.stderr)")
    #expect(errors.allSatisfy { $0.hasPrefix("glossaries/entities/companies.tsv:") }, "\(errors)")
    // The built-in data is still clean: --built-in ignores the working copy.
    let builtIn = try CLI.run(["check", "--built-in"], currentDirectory: clone.url)
    #expect(builtIn.status == 0, "\(builtIn.stderr)")
  }

  @Test func checkReportsEveryErrorOfEveryFile() throws {
    let dir = try TempFolder("errors")
    defer { dir.remove() }
    let a = try dir.write(
      "id\tkind\tenglish\thindi\tsource\nterm.a\tterm\t\tए\thttp://x\nterm.b\tnope\tb\tबी\thttp://x\nterm.c\tterm\tc\tसी\nterm.d\tterm\td\tडी\thttp://x\n",
      to: "a.tsv")
    let b = try dir.write("id\tkind\tenglish\thindi\tsource\nterm.e\tterm\te\tE\thttp://x\n", to: "b.tsv")
    let r = try CLI.run(["check", "--only-given", "--glossary", a.path, "--glossary", b.path], currentDirectory: dir.url)
    #expect(r.status == 1)
    let errors = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
    #expect(errors.count == 4, "\(r.stderr)")
    #expect(errors.map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == [
      "\(a.path):2", "\(a.path):3", "\(a.path):4", "\(b.path):2",
    ])
    #expect(r.out.contains("glossary: 2 files, 1 entries, 4 errors"), "\(r.out)")
  }

  @Test func aMissingGlossaryFileExits66OnStderr() throws {
    for command in [["check"], ["lookup", "Coupang"], ["annotate"], ["romanize", "कूपंग"]] {
      let r = try CLI.run(command + ["--glossary", "/nonexistent/g.tsv"])
      #expect(r.status == 66, "\(command)")
      #expect(r.out.isEmpty, "\(command): \(r.out)")
      #expect(r.stderr.contains("/nonexistent/g.tsv"), "\(command): \(r.stderr)")
    }
  }

  @Test func aGlossaryFileNamedLikeAShippedOneAddsUnlessReplace() throws {
    let dir = try TempFolder("myg")
    defer { dir.remove() }
    let mine = try dir.write(
      "id\tkind\tenglish\thindi\tsource\ncompany.hingloss-test\tcompany\tHinGloss Test Co\tहिंग्लॉस टेस्ट\thttp://x\n",
      to: "myg/companies.tsv")
    let builtIn = ["--built-in"]
    let added = try CLI.run(["lookup", "Coupang", "--glossary", mine.path] + builtIn)
    #expect(added.status == 0, "\(added.stderr)")
    let addedNew = try CLI.run(["lookup", "HinGloss Test Co", "--glossary", mine.path] + builtIn)
    #expect(addedNew.status == 0)
    let replaced = try CLI.run(["lookup", "Coupang", "--glossary", mine.path, "--replace"] + builtIn)
    #expect(replaced.status == 1, "\(replaced.out)")
    let other = try dir.write("id\tkind\tenglish\thindi\tsource\n", to: "myg/nothing-like-it.tsv")
    let noTarget = try CLI.run(["lookup", "Coupang", "--glossary", other.path, "--replace"] + builtIn)
    #expect(noTarget.status == 66)
  }

  @Test func aDuplicateIDIsAnErrorEverywhere() throws {
    let dir = try TempFolder("dup")
    defer { dir.remove() }
    let dup = try dir.write(
      "id\tkind\tenglish\thindi\tsource\ncompany.coupang\tcompany\tNot Coupang\tनॉट\thttp://x\n", to: "dup.tsv")
    for command in [["lookup", "Coupang"], ["annotate"], ["romanize", "कूपंग"], ["lint"]] {
      let r = try CLI.run(command + ["--glossary", dup.path, "--built-in"])
      #expect(r.status == 65, "\(command)")
      #expect(r.stderr.contains("\(dup.path):2:1: duplicate id 'company.coupang'"), "\(command): \(r.stderr)")
    }
    let check = try CLI.run(["check", "--glossary", dup.path, "--built-in"])
    #expect(check.status == 1)
    #expect(check.stderr.contains("duplicate id 'company.coupang'"), "\(check.stderr)")
  }
}
