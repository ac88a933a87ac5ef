import ArgumentParser
import Foundation
import HinGloss

/// Options shared by the commands that use the glossary.
struct GlossaryOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "A glossary file or folder to add to the glossary (repeatable); an id defined twice is an error.",
      valueName: "path"))
  var glossary: [String] = []

  @Flag(
    help: "Each --glossary file replaces the glossary file of the same name (my/companies.tsv replaces entities/companies.tsv) instead of adding to it."
  )
  var replace = false

  @Flag(help: "Use only the --glossary files, not the built-in glossary or a working copy.")
  var onlyGiven = false

  @Flag(help: "Use the built-in glossary even inside a folder with a glossaries/ working copy.")
  var builtIn = false

  func validate() throws {
    if replace && glossary.isEmpty { throw ValidationError("--replace needs at least one --glossary file") }
    if replace && onlyGiven { throw ValidationError("--replace and --only-given exclude each other") }
  }

  /// The data the command reads: with `workingCopy`, the `glossaries/` folder of the current
  /// directory or a parent when there is one (said in one line on stderr), else the built-in data.
  func source(workingCopy: Bool) -> GlossarySource {
    guard workingCopy, !builtIn, let copy = GlossarySource.workingCopy() else { return .builtIn }
    return copy
  }

  /// The glossary files to read.
  func files(workingCopy: Bool) throws(HinGlossError) -> [GlossaryFile] {
    let base = onlyGiven ? nil : source(workingCopy: workingCopy)
    return try Glossary.files(base: base, adding: glossary.map { URL(fileURLWithPath: $0) }, replacing: replace)
  }

  /// Says on stderr, in one line, which files are read when they are not only the built-in ones.
  func announce(_ files: [GlossaryFile], source: GlossarySource) {
    guard !source.isBuiltIn || files.contains(where: { !$0.isBuiltIn }) else { return }
    let names = files.map { $0.isBuiltIn ? $0.path.replacingOccurrences(of: "<built-in>/glossaries/", with: "") : $0.path }
    let origin = source.isBuiltIn ? "the built-in glossary" : "the working copy \(source)/"
    Stderr.write("hingloss: reading \(origin) with \(files.count) glossary files: \(names.joined(separator: ", "))\n")
  }

  /// Loads the glossary. With `workingCopy` (check, lookup, annotate) a `glossaries/` working
  /// copy in the current directory or a parent is read instead of the built-in data.
  func load(workingCopy: Bool = false) throws(HinGlossError) -> Glossary {
    if glossary.isEmpty && !onlyGiven && source(workingCopy: workingCopy).isBuiltIn { return try .default }
    let files = try files(workingCopy: workingCopy)
    announce(files, source: onlyGiven ? .builtIn : source(workingCopy: workingCopy))
    return try Glossary(files: files)
  }
}
