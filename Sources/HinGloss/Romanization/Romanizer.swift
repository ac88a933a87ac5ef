/// Romanizes a name without knowing where it comes from: a glossary hit first, else the
/// Korean-name rules when the input scores as Korean-like, else the Hindi scheme.
///
///     let romanizer = try Romanizer(glossary: .default)
///     romanizer.romanize("कूपंग").text          // "Coupang" (glossary)
///     romanizer.romanize("किम मिन-जून").text    // "Kim Min-joon" (Korean rules)
///     romanizer.romanize("अटल बिहारी").text     // "Atal Bihari" (Hindi scheme)
public struct Romanizer: Sendable {
  /// Where an answer came from.
  public enum Origin: Sendable, Hashable {
    case glossary(GlossaryEntry)
    case korean
    case hindi
  }

  /// One answer.
  public struct Result: Sendable, Hashable {
    /// The romanized form.
    public var text: String
    /// Where it came from.
    public var origin: Origin
    /// The Korean likeness of the input (0 when the glossary answered).
    public var koreanLikeness: Double
  }

  /// The glossary consulted first, if any.
  public let glossary: Glossary?
  public let korean: KoreanNameRomanizer
  public let hindi: HindiRomanizer
  /// The likeness at which the Korean rules are used.
  public var koreanThreshold = 0.5

  /// Creates a facade.
  public init(glossary: Glossary?, korean: KoreanNameRomanizer, hindi: HindiRomanizer = HindiRomanizer()) {
    self.glossary = glossary
    self.korean = korean
    self.hindi = hindi
  }

  /// Creates a facade over the shipped tables.
  public init(glossary: Glossary?) throws(HinGlossError) {
    self.init(glossary: glossary, korean: try KoreanNameRomanizer())
  }

  /// Romanizes one name (or a short phrase). Text longer than a name (more than twice
  /// ``KoreanNameRomanizer/maximumNameScalars`` Unicode scalars, spaces included) goes to
  /// the Hindi scheme word by word.
  public func romanize(_ text: String) -> Result {
    let trimmed = text.trimmingCharacters(in: " \t")
    if trimmed.isEmpty { return Result(text: "", origin: .hindi, koreanLikeness: 0) }
    if trimmed.unicodeScalars.count > KoreanNameRomanizer.maximumNameScalars * 2 {
      return Result(text: hindi.romanize(text, titleCase: false), origin: .hindi, koreanLikeness: 0)
    }
    if let glossary, let entry = glossary.lookup(hindi: trimmed).first {
      return Result(text: entry.english, origin: .glossary(entry), koreanLikeness: 0)
    }
    let k = korean.romanize(trimmed)
    if k.koreanLikeness >= koreanThreshold {
      return Result(text: k.text, origin: .korean, koreanLikeness: k.koreanLikeness)
    }
    return Result(text: hindi.romanize(trimmed, titleCase: true), origin: .hindi, koreanLikeness: k.koreanLikeness)
  }
}
