import Foundation
import Testing

/// A Python 3 with translate-toolkit for the independent-reader test: a virtual environment
/// in the package's `.build` folder, made (and translate-toolkit installed from PyPI) on
/// first use.
enum TranslateToolkit {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let venv = packageRoot.appendingPathComponent(".build/translate-toolkit-venv")
  static let version = "3.20.4"

  /// The system's python3, or nil when there is none (the only reason to skip the test).
  static let systemPython: String? = {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let path = "\(dir)/python3"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }()

  static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The venv's python with translate-toolkit importable.
  static func python() throws -> String {
    let python = venv.appendingPathComponent("bin/python").path
    if FileManager.default.isExecutableFile(atPath: python), try run(python, ["-c", "import translate.storage.tbx"]).0 == 0 {
      return python
    }
    let system = try #require(systemPython)
    let made = try run(system, ["-m", "venv", venv.path])
    try #require(made.0 == 0, "python3 -m venv failed: \(made.1)")
    let pip = try run(python, ["-m", "pip", "install", "--quiet", "translate-toolkit==\(version)"])
    try #require(pip.0 == 0, "pip install translate-toolkit failed (PyPI is needed once): \(pip.1)")
    return python
  }
}

@Suite struct ConvertCLITests {
  static func temporary(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-convert-\(UUID().uuidString)-\(name)")
  }

  @Test func tsvToTBXToTSVIsByteIdentical() throws {
    let tbxURL = Self.temporary("g.tbx")
    defer { try? FileManager.default.removeItem(at: tbxURL) }
    let export = try CLI.run(["convert", "--to", "tbx", "-o", tbxURL.path])
    #expect(export.status == 0, "\(export.stderr)")
    let tsv = try CLI.run(["convert", "--to", "tsv"])
    let back = try CLI.run(["convert", "--from", "tbx", tbxURL.path, "--to", "tsv"])
    #expect(back.status == 0, "\(back.stderr)")
    #expect(back.stdout == tsv.stdout)
    #expect(tsv.out.hasPrefix("id\tkind\tenglish\thindi\t"))
    // From standard input, and through CSV.
    let piped = try CLI.run(["convert", "--from", "tbx", "-", "--to", "tsv"], stdin: try CLI.readFile(tbxURL))
    #expect(piped.stdout == tsv.stdout)
    let csv = try CLI.run(["convert", "--to", "csv"])
    let fromCSV = try CLI.run(["convert", "--from", "csv", "-", "--to", "tsv"], stdin: csv.stdout)
    #expect(fromCSV.stdout == tsv.stdout)
  }

  @Test func hostileTBXExitsWithDataError() throws {
    let doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<martif>&xxe;</martif>\n"
    let url = Self.temporary("xxe.tbx")
    try Data(doc.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let result = try CLI.run(["convert", "--from", "tbx", url.path, "--to", "tsv"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("\(url.path):2:1:"))
    #expect(!result.out.contains("root:"))
    let big = Self.temporary("big.tbx")
    #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
    defer { try? FileManager.default.removeItem(at: big) }
    let handle = try FileHandle(forWritingTo: big)
    try handle.truncate(atOffset: 100 << 20)
    try handle.close()
    let tooBig = try CLI.run(["convert", "--from", "tbx", big.path, "--to", "tsv"])
    #expect(tooBig.status == 65)
    #expect(tooBig.stderr.contains("104857600 bytes"))
    let badUTF8 = try CLI.run(["convert", "--from", "tbx", "-", "--to", "tsv"], stdin: Data([0x3C, 0x6D, 0xFF, 0x3E]))
    #expect(badUTF8.status == 65)
    #expect(badUTF8.stderr.contains("<stdin>:1:3:"))
  }

  @Test func usageAndMissingInput() throws {
    #expect(try CLI.run(["convert", "--to", "tsv", "file.tbx"]).status == 64)
    #expect(try CLI.run(["convert", "--from", "tbx", "--to", "tsv"]).status == 64)
    #expect(try CLI.run(["convert", "--to", "xlsx"]).status == 64)
    #expect(try CLI.run(["convert", "--from", "tbx", "/nonexistent/g.tbx", "--to", "tsv"]).status == 66)
    let help = try CLI.run(["convert", "--help"])
    #expect(help.out.contains("hingloss convert --to tbx -o glossary.tbx"))
  }

  /// translate-toolkit (PyPI), an independent TBX reader, reads every exported entry: its
  /// id, the English term, and the Hindi terms with their administrative status in order.
  /// Skipped only when there is no python3.
  @Test(.enabled(if: TranslateToolkit.systemPython != nil, "python3 is missing: the translate-toolkit reading test is skipped"))
  func translateToolkitReadsTheExport() throws {
    let python = try TranslateToolkit.python()
    let tbxURL = Self.temporary("tt.tbx")
    defer { try? FileManager.default.removeItem(at: tbxURL) }
    #expect(try CLI.run(["convert", "--to", "tbx", "-o", tbxURL.path]).status == 0)
    let script = """
      import sys
      from translate.storage import tbx
      store = tbx.tbxfile.parsefile(open(sys.argv[1], "rb"))
      for u in store.units:
          hi = [t.text + "=" + (t.administrative_status or "") for t in u.get_target_terms("hi")]
          en = [t.text for t in u.get_source_terms()]
          print("\\t".join([u.getid() or "", u.source or "", "|".join(en), "|".join(hi)]))
      """
    let (status, output) = try TranslateToolkit.run(python, ["-c", script, tbxURL.path])
    try #require(status == 0, "translate-toolkit failed: \(output)")
    let read = output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    let tsv = try CLI.run(["convert", "--to", "tsv"]).out.split(separator: "\n").dropFirst()
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    #expect(read.count == tsv.count)
    for (r, t) in zip(read, tsv) {
      #expect(r[0] == t[0])
      #expect(r[1] == t[2])
      #expect(r[2] == ([t[2]] + (t[6].isEmpty ? [] : t[6].split(separator: "|").map(String.init))).joined(separator: "|"))
      let hindi = [t[3] + "=preferredTerm-admn-sts"]
        + t[4].split(separator: "|").map { $0 + "=admittedTerm-admn-sts" }
        + t[5].split(separator: "|").map { $0 + "=deprecatedTerm-admn-sts" }
      #expect(r[3] == hindi.joined(separator: "|"), "\(t[0])")
    }
  }
}

@Suite struct QACLITests {
  @Test func pairsFileAndAlignedFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hingloss-qa-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let pairs = dir.appendingPathComponent("pairs.tsv")
    try Data("Coupang and South Korea\tकूपंग और दक्षिण कोरिया\r\nNo entity here\tकुछ नहीं\n".utf8).write(to: pairs)
    let jsonl = try CLI.run(["qa", "--format", "jsonl", pairs.path])
    #expect(jsonl.status == 1)
    #expect(jsonl.out == "{\"line\":1,\"kind\":\"variant\",\"id\":\"company.coupang\",\"english\":\"Coupang\",\"expected\":\"कूपांग\",\"found\":\"कूपंग\"}\n")
    let en = dir.appendingPathComponent("en.txt")
    let hi = dir.appendingPathComponent("hi.txt")
    try Data("Coupang\nSouth Korea\n".utf8).write(to: en)
    try Data("कूपांग\nदक्षिण कोरिया\n".utf8).write(to: hi)
    let clean = try CLI.run(["qa", "--source", en.path, "--target", hi.path])
    #expect(clean.status == 0)
    #expect(clean.out == "no findings\n")
    try Data("कूपांग\n".utf8).write(to: hi)
    let misaligned = try CLI.run(["qa", "--source", en.path, "--target", hi.path])
    #expect(misaligned.status == 65)
    #expect(misaligned.stderr.contains("\(en.path):2:1:"))
    #expect(try CLI.run(["qa"]).status == 64)
    #expect(try CLI.run(["qa", "--source", en.path]).status == 64)
    #expect(try CLI.run(["qa", dir.appendingPathComponent("none.tsv").path]).status == 66)
    #expect(try CLI.run(["qa", "--help"]).out.contains("hingloss qa --format jsonl --source en.txt --target hi.txt"))
  }

  /// The real English–Hindi news pairs of the shared corpus (skipped when ../shared is absent).
  @Test(.enabled(if: FileManager.default.fileExists(atPath: QACLITests.corpus.appendingPathComponent("en-ntrex128-newstest2019.txt").path), "../shared/corpus is absent"))
  func sharedCorpusRuns() throws {
    let c = Self.corpus
    let result = try CLI.run(["qa", "--format", "jsonl", "--source", c.appendingPathComponent("en-ntrex128-newstest2019.txt").path, "--target", c.appendingPathComponent("hi-ntrex128-newstest2019.txt").path])
    #expect(result.status == 1)
    let lines = result.out.split(separator: "\n")
    #expect(lines.count > 50)
    // Findings spread over the file's lines (CRLF files split into their lines).
    #expect(Set(lines.compactMap { $0.split(separator: ",").first }).count > 50)
  }

  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpus")
}
