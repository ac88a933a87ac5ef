import ArgumentParser
import Foundation
import HinGloss

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate the glossary files and run the editors' test cases.",
    discussion: """
      Reads every glossary file (the shipped ones and any --glossary files), reports each \
      problem as file:line:column, then runs every case in the case folder (glossaries/tests \
      of the shipped data, or --cases). The last line is 'N passed, N failed'. Exit code 1 \
      when a file has an error or a case fails; warnings do not fail the run unless --strict.

      Examples:
        hingloss check
        hingloss check --glossary my-glossary.tsv --cases my-cases/
      """
  )

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Option(help: ArgumentHelp("A folder (or file) of test cases instead of the shipped ones.", valueName: "path"))
  var cases: [String] = []

  @Flag(help: "Treat warnings as failures.")
  var strict = false

  func run() throws {
    var files: [URL] = []
    if !glossaryOptions.onlyGiven, let folder = Glossary.bundledFolder {
      let extraNames = Set(glossaryOptions.glossary.map { URL(fileURLWithPath: $0).lastPathComponent })
      files += Glossary.glossaryFiles(in: folder).filter { !extraNames.contains($0.lastPathComponent) }
    }
    for path in glossaryOptions.glossary {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
        files += Glossary.glossaryFiles(in: URL(fileURLWithPath: path))
      } else {
        files.append(URL(fileURLWithPath: path))
      }
    }
    var entries: [GlossaryEntry] = []
    var errors = 0
    var warnings = 0
    for file in files {
      do { entries += try Glossary.readEntries(at: file) } catch {
        print("\(error.location.map { "\($0): " } ?? "")error: \(error.message)\(error.location?.byteOffset.map { " (byte offset \($0))" } ?? "")")
        errors += 1
      }
    }
    for problem in GlossaryCheck().check(entries) {
      print(problem)
      if problem.severity == .error { errors += 1 } else { warnings += 1 }
    }
    print("glossary: \(files.count) files, \(entries.count) entries, \(errors) errors, \(warnings) warnings")

    var caseFiles: [URL] = []
    if cases.isEmpty {
      if let folder = Glossary.bundledFolder { caseFiles = GlossaryCase.files(in: folder.appendingPathComponent("tests")) }
    } else {
      for path in cases {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
          caseFiles += GlossaryCase.files(in: URL(fileURLWithPath: path))
        } else {
          caseFiles.append(URL(fileURLWithPath: path))
        }
      }
    }
    var passed = 0
    var failed = 0
    do {
      let romanizer = try Romanizer(glossary: Glossary(entries: entries, files: files.map(\.path)))
      for file in caseFiles {
        for c in try GlossaryCase.read(file) {
          let (ok, got) = c.run(romanizer)
          if ok { passed += 1 } else {
            failed += 1
            print("\(c.location): FAIL: \(c.input): expected \(c.expected), got \(got)")
          }
        }
      }
    } catch {
      print("\(error)")
      errors += 1
    }
    print("\(passed) passed, \(failed + errors + (strict ? warnings : 0)) failed")
    if failed > 0 || errors > 0 || (strict && warnings > 0) { throw Exit.problemsFound }
  }
}
