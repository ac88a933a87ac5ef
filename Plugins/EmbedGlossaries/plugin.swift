import Foundation
import PackagePlugin

/// Compiles the package's `glossaries/` folder into the HinGloss library: every `.tsv` and
/// `.txt` file under it becomes a string literal in a generated Swift file, so the library
/// and a copied `hingloss` binary carry their data with them (no resource bundle).
///
/// The files are the command's inputs: editing one rebuilds the library.
@main
struct EmbedGlossaries: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appending(path: "glossaries")
    var names: [String] = []
    if let walker = FileManager.default.enumerator(atPath: root.path) {
      while let name = walker.nextObject() as? String {
        if name.hasSuffix(".tsv") || name.hasSuffix(".txt") { names.append(name) }
      }
    }
    names.sort()
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedGlossaries.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(names.count) files of glossaries/ into \(target.name)",
        executable: try context.tool(named: "HinGlossEmbed").url,
        arguments: [output.path, root.path] + names,
        inputFiles: names.map { root.appending(path: $0) },
        outputFiles: [output])
    ]
  }
}
