import ArgumentParser
import Foundation
import HinGloss

struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Find a glossary entry by its Hindi, English or Hangul form.",
    discussion: """
      Hindi is matched through the match key, so spelling variants find their entry; \
      English ignores case, spaces and hyphens and includes aliases. When nothing matches, \
      the 5 nearest entries are listed and the exit code is 1.

      Examples:
        hingloss lookup कूपंग
        hingloss lookup Coupang
        hingloss lookup "किम योंग बीओम"
        hingloss lookup 김용범
      """
  )

  @OptionGroup var glossaryOptions: GlossaryOptions

  @Argument(help: "The form to look up.")
  var text: String

  func run() throws {
    let glossary: Glossary
    do { glossary = try glossaryOptions.load(workingCopy: true) } catch { throw report(error) }
    let hits = glossary.lookup(text)
    if hits.isEmpty {
      print("no entry for '\(text)'; nearest:")
      for (entry, distance) in glossary.nearest(text, limit: 5) {
        print("  \(entry.hindi)\t\(entry.english)\t\(entry.id)\t(distance \(distance))")
      }
      throw Exit.problemsFound
    }
    for entry in hits { print(describe(entry)) }
  }

  func describe(_ e: GlossaryEntry) -> String {
    var lines = ["\(e.english)\t\(e.hindi)\t\(e.id)", "  kind: \(e.kind.rawValue)"]
    if let h = e.hangul { lines.append("  hangul: \(h)") }
    if !e.variants.isEmpty { lines.append("  variants: \(e.variants.joined(separator: ", "))") }
    if !e.deprecated.isEmpty { lines.append("  deprecated: \(e.deprecated.joined(separator: ", "))") }
    if !e.aliases.isEmpty { lines.append("  aliases: \(e.aliases.joined(separator: ", "))") }
    if !e.note.isEmpty { lines.append("  note: \(e.note)") }
    lines.append("  source: \(e.sources.joined(separator: " "))")
    if let l = e.location { lines.append("  defined at: \(l)") }
    return lines.joined(separator: "\n")
  }
}
