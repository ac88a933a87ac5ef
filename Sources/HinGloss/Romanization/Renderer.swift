/// Writes English names in house-style Hindi: the glossary's form when it knows the name
/// (case-insensitive, aliases too), else, for a Korean name, the form composed from its English
/// spelling by the channel learned from real renderings (``KoreanChannel``): each letter group
/// written the way Hindi publications most often write it, the given name's syllables joined
/// by a hyphen.
///
///     let renderer = try Renderer(glossary: .default)
///     renderer.render("Coupang").text          // "कूपांग" (glossary)
///     renderer.render("Kim Yong-beom").text    // "किम योंग-बीओम"
///     renderer.render("Cho Hyun").text         // "चो ह्यून"
///
/// A value; build it once and share it.
public struct Renderer: Sendable {
  /// Where a rendering came from.
  public enum Origin: Sendable, Hashable {
    /// The glossary's house-style form of this entry.
    case glossary(GlossaryEntry)
    /// Composed from a Korean name's English spelling.
    case composed
    /// Not a name HinGloss can write: the input, unchanged.
    case unchanged
  }

  /// One rendering.
  public struct Rendering: Sendable, Hashable {
    public var text: String
    public var origin: Origin
  }

  /// The glossary consulted first, if any.
  public let glossary: Glossary?
  let channel: KoreanChannel
  /// Surname spellings and given-name syllable spellings of real Korean names: a name is
  /// composed only when it is made of them.
  let surnames: Set<String>
  let syllables: Set<String>

  /// A renderer over a glossary (nil: composed forms only) and the shipped tables.
  public init(glossary: Glossary?) throws(HinGlossError) {
    let tables = try KoreanNameTables.default
    self.init(glossary: glossary, tables: tables, channel: KoreanChannel(counts: tables.channelCounts, orthography: tables.orthography))
  }

  /// A renderer over a glossary, the tables of real spellings, and a channel.
  public init(glossary: Glossary?, tables: KoreanNameTables, channel: KoreanChannel) {
    self.glossary = glossary
    self.channel = channel
    surnames = Set(tables.surnames.filter { $0.count > 0 || $0.isListed }.map(\.spelling))
    syllables = Set(tables.given.map(\.spelling))
  }

  /// The house-style Hindi of an English name.
  public func render(_ english: String) -> Rendering {
    let name = english.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    if let glossary, let entry = glossary.lookup(english: name).first {
      return Rendering(text: entry.hindi, origin: .glossary(entry))
    }
    if let composed = compose(name) { return Rendering(text: composed, origin: .composed) }
    return Rendering(text: name, origin: .unchanged)
  }

  /// A Korean name (`Surname Given-name`, the given name hyphenated, spaced or run together)
  /// written with the likeliest rendering of each syllable; nil when it is not one: its
  /// surname is not a Korean surname spelling or a given syllable is not one real names use.
  public func compose(_ english: String) -> String? {
    guard let name = KoreanEnglishName(english.lowercased()),
      surnames.contains(name.surname.map(\.text).joined()), name.given.allSatisfy({ syllables.contains($0.text) })
    else { return nil }
    let surname = name.surname.map { syllable($0) }.joined()
    let given = name.given.map { syllable($0) }.joined(separator: "-")
    return surname + " " + given
  }

  func syllable(_ s: KoreanSpelling) -> String {
    channel.syllableRenderings(s, limit: 4).first?.hindi ?? s.text
  }
}

extension Renderer {
  /// A glossary entry whose house-style Hindi is marked `composed` but differs from what the
  /// renderer composes for its English form.
  public struct ComposedDifference: Sendable, Hashable {
    public var entry: GlossaryEntry
    /// What ``Renderer/compose(_:)`` writes for the entry's English.
    public var composed: String
  }

  /// The Korean people whose `composed` house style is not what the renderer composes (by
  /// text: an editor decides whether the entry or the model is right). Entries the renderer
  /// cannot compose (not a Korean name of the usual shape) are not reported.
  public func composedDifferences(in glossary: Glossary) -> [ComposedDifference] {
    glossary.entries.compactMap { entry in
      guard entry.kind == .person, entry.isComposed, !entry.flags.contains(.established),
        let composed = compose(entry.english), composed != entry.hindi
      else { return nil }
      return ComposedDifference(entry: entry, composed: composed)
    }
  }
}
