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

extension Romanizer {
  /// One piece of romanized running text.
  public struct Span: Sendable, Hashable {
    /// Half-open range of UTF-8 offsets in the input.
    public var utf8Range: Range<Int>
    /// The input text of the span.
    public var source: String
    /// Its romanization.
    public var text: String
    /// Where the romanization came from: a glossary entry, the Korean-name model, or the
    /// Hindi scheme (for everything else, spaces and punctuation included).
    public var origin: Origin

    /// A span.
    public init(utf8Range: Range<Int>, source: String, text: String, origin: Origin) {
      self.utf8Range = utf8Range
      self.source = source
      self.text = text
      self.origin = origin
    }
  }

  /// Running text romanized: the whole text, and its spans in order (they cover the input).
  public struct TextResult: Sendable, Hashable {
    /// The romanized text.
    public var text: String
    /// The pieces, in order.
    public var spans: [Span]

    /// A result.
    public init(text: String, spans: [Span]) {
      self.text = text
      self.spans = spans
    }
  }

  /// The likeness at which a run of words in running text is taken for a Korean name.
  public static let runningTextKoreanThreshold = 0.8

  /// Romanizes running text (a sentence, a paragraph): the glossary entities `matcher` finds
  /// (people, organizations, companies, places; not terms and titles, which are words of
  /// the sentence) become their English forms, runs of words that read as a Korean name (a known surname
  /// followed by one or two words that are not common Hindi words, likeness at least
  /// ``runningTextKoreanThreshold``) become the name in house style, and the rest is
  /// romanized by the Hindi scheme in lower case. Spaces and punctuation are kept.
  ///
  ///     let glossary = try Glossary.default
  ///     let romanizer = try Romanizer(glossary: glossary)
  ///     let matcher = try GlossaryMatcher(glossary: glossary)
  ///     romanizer.romanizeText("राष्ट्रपति ली जे म्युंग ने सैमसंग के प्रमुख से बात की", matcher: matcher).text
  ///     // "rashtrapati Lee Jae-myung ne Samsung ke pramukh se bat ki"
  ///
  /// - Parameters:
  ///   - text: any text.
  ///   - matcher: finds glossary entities (nil: none are looked for).
  ///   - stopWords: words never taken for part of a Korean name.
  public func romanizeText(_ text: String, matcher: GlossaryMatcher?, stopWords: StopWords = .shipped) -> TextResult {
    var named: [(range: Range<Int>, text: String, origin: Origin)] = []
    for m in matcher?.matches(in: text) ?? [] {
      guard let entry = m.entry, entry.kind != .term && entry.kind != .title else { continue }
      named.append((m.utf8Range, entry.english, .glossary(entry)))
    }
    // Words: maximal runs of Devanagari letters and marks (and hyphens inside them).
    var words: [(text: String, range: Range<Int>)] = []
    var offset = 0
    var start: Int? = nil
    let utf8 = Array(text.utf8)
    func word(_ r: Range<Int>) -> String { String(decoding: utf8[r], as: UTF8.self) }
    for scalar in text.unicodeScalars {
      let isWord = Devanagari.isTransliterable(scalar) || (scalar == "-" && start != nil)
      if isWord && start == nil { start = offset }
      if !isWord, let s = start {
        words.append((word(s..<offset), s..<offset))
        start = nil
      }
      offset += UTF8.width(scalar)
    }
    if let s = start { words.append((word(s..<offset), s..<offset)) }
    let covered = named.map(\.range)
    var i = 0
    while i < words.count {
      defer { i += 1 }
      let w = words[i]
      guard !covered.contains(where: { $0.overlaps(w.range) }), korean.isSurname(w.text), i + 1 < words.count,
        !stopWords.contains(w.text) || korean.isSurname(w.text)
      else { continue }
      var best: (end: Int, text: String, likeness: Double)? = nil
      for count in 1...2 where i + count < words.count {
        let given = words[(i + 1)...(i + count)]
        if given.contains(where: { g in stopWords.contains(g.text) || covered.contains { $0.overlaps(g.range) } }) {
          break
        }
        if zip(words[i...(i + count - 1)], given).contains(where: { $1.range.lowerBound - $0.range.upperBound != 1 }) {
          break
        }
        let r = korean.romanize(words[i...(i + count)].map(\.text).joined(separator: " "))
        if r.koreanLikeness >= Self.runningTextKoreanThreshold && (best == nil || r.koreanLikeness >= best!.likeness) {
          best = (i + count, r.text, r.koreanLikeness)
        }
      }
      if let best {
        named.append((w.range.lowerBound..<words[best.end].range.upperBound, best.text, .korean))
        i = best.end
      }
    }
    named.sort { $0.range.lowerBound < $1.range.lowerBound }
    var spans: [Span] = []
    var out = ""
    var last = 0
    func plain(_ r: Range<Int>) {
      guard !r.isEmpty else { return }
      let source = word(r)
      let romanized = hindi.romanize(source, titleCase: false)
      spans.append(Span(utf8Range: r, source: source, text: romanized, origin: .hindi))
      out += romanized
    }
    for n in named where n.range.lowerBound >= last {
      plain(last..<n.range.lowerBound)
      spans.append(Span(utf8Range: n.range, source: word(n.range), text: n.text, origin: n.origin))
      out += n.text
      last = n.range.upperBound
    }
    plain(last..<utf8.count)
    return TextResult(text: out, spans: spans)
  }
}
