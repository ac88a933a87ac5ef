import ArgumentParser
import HinGloss

/// `--kinds person,company,…`: the kinds of entity a command reports (annotate, lint).
struct KindsOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Report only these kinds, comma-separated (person,company,organization,place,term,title).", valueName: "kinds"))
  var kinds: String?

  /// The kinds given, or nil for all.
  func set() throws -> Set<GlossaryEntry.Kind>? {
    guard let kinds else { return nil }
    var set: Set<GlossaryEntry.Kind> = []
    for name in kinds.split(separator: ",") {
      guard let kind = GlossaryEntry.Kind(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
        let known = GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("unknown kind '\(name)' in --kinds (kinds: \(known))")
      }
      set.insert(kind)
    }
    return set
  }

  func validate() throws { _ = try set() }
}
