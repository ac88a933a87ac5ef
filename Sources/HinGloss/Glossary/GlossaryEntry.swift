/// One glossary entry: an entity (a person, an organization, a company, a place) or a term.
public struct GlossaryEntry: Sendable, Hashable, Identifiable {
  /// What an entry names.
  public enum Kind: String, Sendable, CaseIterable, Codable {
    case person, organization, company, place, term, title
  }

  /// How an editor should treat a Hindi spelling.
  public enum VariantStatus: String, Sendable, Codable {
    /// The house-style form.
    case preferred
    /// A spelling seen in real text, accepted.
    case admitted
    /// A spelling seen in real text that should be replaced by the house style.
    case deprecated
  }

  /// Markers an editor sets on an entry.
  public enum Flag: String, Sendable, CaseIterable {
    /// The English form breaks the house style on purpose (the person's own spelling).
    case established
    /// A Hindi form is legitimately shared with another entry.
    case ambiguous
  }

  /// A stable identifier such as `person.kim-yong-beom`.
  public var id: String
  public var kind: Kind
  /// The canonical English form.
  public var english: String
  /// The house-style Hindi form.
  public var hindi: String
  /// Other admitted Hindi spellings.
  public var variants: [String]
  /// Hindi spellings to replace by the house style.
  public var deprecated: [String]
  /// Other English forms (romanizations, short names, acronyms).
  public var aliases: [String]
  /// The Hangul spelling, for Korean entities.
  public var hangul: String?
  public var flags: Set<Flag>
  public var note: String
  /// Where the facts come from: URLs, `seed-article`, corpus lines, and `composed` when the
  /// house-style Hindi form was composed by HinGloss's own rules.
  public var sources: [String]
  /// Where the entry is defined.
  public var location: SourceLocation?

  /// Creates an entry.
  public init(
    id: String, kind: Kind, english: String, hindi: String, variants: [String] = [], deprecated: [String] = [],
    aliases: [String] = [], hangul: String? = nil, flags: Set<Flag> = [], note: String = "", sources: [String] = [],
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.kind = kind
    self.english = english
    self.hindi = hindi
    self.variants = variants
    self.deprecated = deprecated
    self.aliases = aliases
    self.hangul = hangul
    self.flags = flags
    self.note = note
    self.sources = sources
    self.location = location
  }

  /// Whether the house-style Hindi form was composed rather than seen in a source.
  public var isComposed: Bool { sources.contains("composed") }

  /// Every Hindi form with its status, house style first.
  public var hindiForms: [(text: String, status: VariantStatus)] {
    [(hindi, .preferred)] + variants.map { ($0, .admitted) } + deprecated.map { ($0, .deprecated) }
  }
}
