/// Inflected forms of glossary entries that Hindi news uses and glossaries rarely list: the
/// oblique plural of a noun (मंत्रालय → मंत्रालयों, उपयोगकर्ता → उपयोगकर्ताओं, कंपनी →
/// कंपनियों) and the adjective of an आ-final place (कोरिया → कोरियाई). (A rule for consonant-final
/// places, सियोल → सियोली, found no form in the shared corpus and was left out.)
///
/// The rules are ordinary Hindi morphology, applied to the last word of every Hindi form of
/// entries that are not people (a name does not decline). A form that is an ordinary Hindi
/// word (unless it is a place's adjective), or another entry's form, is not added. How often each rule's forms occur in the
/// shared corpus is measured by the tests (`InflectionTests`), so a rule that finds nothing
/// real is visible.
enum Inflection {
  /// One rule: which entries it applies to, the ending the form must have, and what replaces it.
  struct Rule: Sendable {
    var name: String
    var kinds: Set<GlossaryEntry.Kind>
    /// The form's last scalar must satisfy this.
    var ending: @Sendable (Unicode.Scalar) -> Bool
    /// Scalars removed from the end, and the suffix added.
    var drop: Int
    var suffix: String
  }

  static let nouns: Set<GlossaryEntry.Kind> = [.organization, .company, .term, .title]

  static let rules: [Rule] = [
    // A consonant-final (inherent-vowel) noun: मंत्रालय → मंत्रालयों.
    Rule(name: "oblique plural -ों", kinds: nouns, ending: { Devanagari.isConsonant($0) }, drop: 0, suffix: "\u{094B}\u{0902}"),
    // An आ-final noun: उपयोगकर्ता → उपयोगकर्ताओं.
    Rule(name: "oblique plural -ओं", kinds: nouns, ending: { $0 == "\u{093E}" }, drop: 0, suffix: "\u{0913}\u{0902}"),
    // An ई-final noun: कंपनी → कंपनियों.
    Rule(name: "oblique plural -ियों", kinds: nouns, ending: { $0 == "\u{0940}" }, drop: 1, suffix: "\u{093F}\u{092F}\u{094B}\u{0902}"),
    // A place ending in आ: कोरिया → कोरियाई.
    Rule(name: "place adjective -ई", kinds: [.place], ending: { $0 == "\u{093E}" }, drop: 0, suffix: "\u{0908}"),
  ]

  /// The inflected forms of one Hindi form under a rule, or nil.
  static func apply(_ rule: Rule, to form: String) -> String? {
    var scalars = Array(form.unicodeScalars)
    guard let last = scalars.last, rule.ending(last), scalars.count > rule.drop + 1 else { return nil }
    scalars.removeLast(rule.drop)
    return String(String.UnicodeScalarView(scalars)) + rule.suffix
  }

  /// Entries that carry the inflected forms of each entry's Hindi forms (same id, kind and
  /// English): a form becomes the `hindi`, the rest `variants`.
  static func entries(of glossary: Glossary, stopWords: StopWords) -> [GlossaryEntry] {
    var result: [GlossaryEntry] = []
    for entry in glossary.entries where entry.kind != .person {
      var forms: [String] = []
      for (form, status) in entry.hindiForms where status != .deprecated {
        for rule in rules where rule.kinds.contains(entry.kind) {
          // A place's adjective is a frequent word by nature (कोरियाई); a noun's plural that is
          // an ordinary word of its own is left out.
          guard let inflected = apply(rule, to: form), entry.kind == .place || !stopWords.contains(inflected),
            glossary.lookup(hindi: inflected).isEmpty, !forms.contains(inflected)
          else { continue }
          forms.append(inflected)
        }
      }
      guard let first = forms.first else { continue }
      result.append(GlossaryEntry(id: entry.id, kind: entry.kind, english: entry.english, hindi: first, variants: Array(forms.dropFirst()), sources: entry.sources))
    }
    return result
  }
}
