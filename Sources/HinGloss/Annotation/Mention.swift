/// One mention of an entity in a document, as ``EntityLinker`` found it.
///
/// Literal glossary matches keep the matcher's quality; the linker adds mentions the glossary
/// does not spell: inflected forms (`मंत्रालयों`), names the Korean model reads as a glossary
/// person's English (`romanized`), later surnames or partial names of a person already named
/// (`coreferent`), and Korean-like names in no entry (`discovered`, with no entry).
public struct Mention: Sendable, Hashable {
  /// How the mention was found.
  public enum Quality: String, Sendable, Hashable, Codable, CaseIterable {
    case houseStyle = "house-style"
    case variant
    case deprecated
    case folded
    case fuzzy
    /// An English form or alias written in Latin script inside the Hindi text.
    case latin
    /// A glossary form with a Hindi inflection (oblique plural, adjective of a place).
    case inflected
    /// A span the Korean model reads as an entry's English form or alias.
    case romanized
    /// A surname or partial name standing for a person named in full earlier in the document.
    case coreferent
    /// A Korean-like name in no entry.
    case discovered

    init(_ quality: Match.Quality) {
      switch quality {
      case .houseStyle: self = .houseStyle
      case .variant: self = .variant
      case .deprecated: self = .deprecated
      case .folded: self = .folded
      case .fuzzy: self = .fuzzy
      }
    }
  }

  /// An English reading with its probability.
  public struct Candidate: Sendable, Hashable {
    public var text: String
    public var probability: Double
  }

  /// Half-open range of UTF-8 offsets in the line.
  public var utf8Range: Range<Int>
  /// The text as it appears in the line.
  public var surface: String
  /// The entry, or nil for a discovered name.
  public var entry: GlossaryEntry?
  public var quality: Quality
  /// The model's probability for a romanized link or a discovery; nil for the others.
  public var probability: Double?
  /// The English form: the entry's, or the best reading of a discovered name.
  public var english: String
  /// A discovered name's best readings, and likely Hangul spellings.
  public var candidates: [Candidate] = []
  public var hangul: [Candidate] = []

  /// The kind of entity: the entry's, or person for a discovered name.
  public var kind: GlossaryEntry.Kind { entry?.kind ?? .person }

  /// A literal match as a mention.
  public init(_ match: Match) {
    self.init(
      utf8Range: match.utf8Range, surface: match.surface, entry: match.entry, quality: Quality(match.quality),
      english: match.entry?.english ?? "")
  }

  /// Creates a mention.
  public init(
    utf8Range: Range<Int>, surface: String, entry: GlossaryEntry?, quality: Quality, probability: Double? = nil,
    english: String, candidates: [Candidate] = [], hangul: [Candidate] = []
  ) {
    self.utf8Range = utf8Range
    self.surface = surface
    self.entry = entry
    self.quality = quality
    self.probability = probability
    self.english = english
    self.candidates = candidates
    self.hangul = hangul
  }

  /// The mention's range as string indices of the line.
  public func range(in line: String) -> Range<String.Index> { line.utf8Range(utf8Range) }
}
