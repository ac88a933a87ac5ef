import Foundation

/// Checks that a Hindi translation uses the glossary's terminology for every entity and term
/// of its English source: what Trados's terminology verifier or Xbench do for general
/// glossaries, with Hindi spelling variation understood through match keys.
///
/// For each glossary entry found in the English segment (``EnglishMatcher``), the Hindi
/// segment is searched for every Hindi form of that entry (``GlossaryMatcher``, all
/// overlapping matches, so that कोरिया inside दक्षिण कोरिया counts for *Korea*):
///
/// - ``Finding/Kind/missing``: no form of the entry at all;
/// - ``Finding/Kind/variant``: an admitted variant, or a spelling equal to a form only
///   through the match key, instead of the house style;
/// - ``Finding/Kind/deprecated``: a deprecated form.
///
/// An entity named several times in English is checked once per segment (translators
/// rightly use pronouns for repeats); each non-house-style form found is reported.
///
/// With a ``KoreanNameRomanizer``, a Korean personal name in house style (*Surname
/// Given-name*, with a surname that a glossary person with a Hangul form has) that no
/// entry knows is looked for among the Hindi segment's two- and three-word spans, and
/// reported as ``Finding/Kind/koreanName`` with the span whose n-best romanizations give the
/// English name the highest probability (``Finding/probability``), or with no span and
/// probability 0 when none does.
///
///     let qa = try TerminologyQA(glossary: .default, korean: KoreanNameRomanizer())
///     qa.check(english: "Coupang said...", hindi: "कूपंग ने कहा...", line: 1)
///     // [variant company.coupang: expected कूपांग, found कूपंग]
///
/// Immutable and `Sendable`: build once, check segments from many tasks.
public struct TerminologyQA: Sendable {
  /// One problem in one segment pair.
  public struct Finding: Sendable, Hashable {
    /// What is wrong.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
      /// No Hindi form of the entity in the Hindi segment.
      case missing
      /// A listed variant (or an unlisted spelling equal through the match key) instead of
      /// the house style.
      case variant
      /// A deprecated Hindi form.
      case deprecated
      /// A Korean name that no glossary entry knows, with how plausible the Hindi is.
      case koreanName = "korean-name"
    }

    /// 1-based line (segment pair) number.
    public var line: Int
    public var kind: Kind
    /// The glossary entry's id; nil for ``Kind/koreanName``.
    public var id: String?
    /// The English text as written in the segment.
    public var english: String
    /// The house-style Hindi form; nil for ``Kind/koreanName``.
    public var expected: String?
    /// The Hindi text found (the form or span), or nil.
    public var found: String?
    /// For ``Kind/koreanName``: the model's probability that `found` renders `english`,
    /// among the n-best romanizations of `found` (0 when no span gives the name).
    public var probability: Double?
    /// UTF-8 range of `english` in the English segment.
    public var englishRange: Range<Int>
    /// UTF-8 range of `found` in the Hindi segment.
    public var hindiRange: Range<Int>?
  }

  let glossary: Glossary
  let english: EnglishMatcher
  let hindi: GlossaryMatcher
  let korean: KoreanNameRomanizer?
  /// English surnames of glossary persons with a Hangul form: the gate for unknown names.
  let koreanSurnames: Set<String>
  /// How many romanizations of a Hindi span are compared with an unknown English name.
  public static let candidateCount = 10

  /// Builds the matchers for `glossary`.
  ///
  /// - Parameters:
  ///   - glossary: the entries to check.
  ///   - korean: the Korean-name model for names no entry knows; nil to skip them.
  /// - Throws: ``HinGlossError`` when the Hindi matcher cannot be built.
  public init(glossary: Glossary, korean: KoreanNameRomanizer?) throws(HinGlossError) {
    self.glossary = glossary
    self.english = EnglishMatcher(glossary: glossary)
    var configuration = GlossaryMatcher.Configuration()
    configuration.matchKind = .overlapping
    self.hindi = try GlossaryMatcher(glossary: glossary, configuration: configuration)
    self.korean = korean
    var surnames: Set<String> = []
    for e in glossary.entries where e.kind == .person && e.hangul != nil {
      if let first = e.english.split(separator: " ").first { surnames.insert(String(first)) }
    }
    self.koreanSurnames = surnames
  }

  /// The findings for one segment pair, in the order of the English text.
  public func check(english source: String, hindi target: String, line: Int = 1) -> [Finding] {
    let sourceMatches = english.matches(in: source)
    let targetMatches = hindi.matches(in: target)
    var findings: [Finding] = []
    var seen: Set<String> = []
    for m in sourceMatches {
      guard let entry = m.entry, seen.insert(entry.id).inserted else { continue }
      let mine = targetMatches.filter { $0.entry?.id == entry.id }
      // Forms inside a longer form of the same entry (योनहाप in योनहाप समाचार एजेंसी) are
      // part of that form.
      let outer = mine.filter { a in
        !mine.contains { b in b != a && b.utf8Range.lowerBound <= a.utf8Range.lowerBound && a.utf8Range.upperBound <= b.utf8Range.upperBound && b.utf8Range.count > a.utf8Range.count }
      }
      if outer.isEmpty {
        findings.append(Finding(line: line, kind: .missing, id: entry.id, english: m.surface, expected: entry.hindi, found: nil, englishRange: m.utf8Range))
        continue
      }
      var reported: Set<String> = []
      for h in outer where h.quality != .houseStyle && reported.insert(h.surface).inserted {
        let kind: Finding.Kind = h.quality == .deprecated ? .deprecated : .variant
        findings.append(Finding(line: line, kind: kind, id: entry.id, english: m.surface, expected: entry.hindi, found: h.surface, englishRange: m.utf8Range, hindiRange: h.utf8Range))
      }
    }
    if let korean {
      for name in unknownKoreanNames(in: source, covered: sourceMatches.map(\.utf8Range)) {
        let best = bestRendering(of: name.text, in: target, korean: korean)
        findings.append(Finding(line: line, kind: .koreanName, id: nil, english: name.text, expected: nil, found: best?.text, probability: best?.probability ?? 0, englishRange: name.range, hindiRange: best?.range))
      }
    }
    return findings.sorted { $0.englishRange.lowerBound < $1.englishRange.lowerBound }
  }

  /// Spans of `text` shaped like a Korean name in house style, *Surname Given-name*
  /// (`Moon Jae-in`), with a known Korean surname, outside `covered`.
  func unknownKoreanNames(in text: String, covered: [Range<Int>]) -> [(text: String, range: Range<Int>)] {
    // Words: runs of ASCII letters and hyphens, with their UTF-8 ranges.
    var words: [(String, Range<Int>)] = []
    var start = -1
    var offset = 0
    var current: [UInt8] = []
    for b in text.utf8 {
      let isWordByte = (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == UInt8(ascii: "-")
      if isWordByte {
        if start < 0 { start = offset }
        current.append(b)
      } else if start >= 0 {
        words.append((String(decoding: current, as: UTF8.self), start..<offset))
        start = -1
        current.removeAll()
      }
      offset += 1
    }
    if start >= 0 { words.append((String(decoding: current, as: UTF8.self), start..<offset)) }
    var names: [(String, Range<Int>)] = []
    for i in words.indices.dropLast() {
      let (surname, r1) = words[i]
      let (given, r2) = words[i + 1]
      guard koreanSurnames.contains(surname), r2.lowerBound == r1.upperBound + 1, Self.isGivenName(given) else { continue }
      let range = r1.lowerBound..<r2.upperBound
      if covered.contains(where: { $0.overlaps(range) }) { continue }
      names.append((surname + " " + given, range))
    }
    return names
  }

  /// `Jae-in`, `Yong-beom`: a capital, lowercase letters, one hyphen, lowercase letters.
  static func isGivenName(_ word: String) -> Bool {
    let parts = word.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let first = parts[0].utf8.first, (0x41...0x5A).contains(first) else { return false }
    return parts[0].utf8.dropFirst().allSatisfy { (0x61...0x7A).contains($0) } && !parts[1].isEmpty
      && parts[1].utf8.allSatisfy { (0x61...0x7A).contains($0) } && parts[0].count <= 5 && parts[1].count <= 5
  }

  /// The two- or three-word span of `hindi` whose n-best romanizations give `name` the
  /// highest probability (its share of the n-best list's probability mass).
  func bestRendering(of name: String, in hindi: String, korean: KoreanNameRomanizer) -> (text: String, range: Range<Int>, probability: Double)? {
    let target = Glossary.englishKey(name)
    // Devanagari words (letters, signs, hyphens joined) with their UTF-8 ranges.
    var words: [Range<Int>] = []
    var start = -1
    var offset = 0
    for s in hindi.unicodeScalars {
      let inWord = (0x0900...0x0963).contains(s.value) || (0x0966...0x097F).contains(s.value) || s == "-" || s == "\u{200C}" || s == "\u{200D}"
      if inWord {
        if start < 0 { start = offset }
      } else if start >= 0 {
        words.append(start..<offset)
        start = -1
      }
      offset += UTF8.width(s)
    }
    if start >= 0 { words.append(start..<offset) }
    var best: (String, Range<Int>, Double)? = nil
    for i in words.indices {
      for n in 2...3 where i + n <= words.count {
        let range = words[i].lowerBound..<words[i + n - 1].upperBound
        guard let span = String(hindi.utf8[hindi.utf8Range(range)]) else { continue }
        let candidates = korean.candidates(span, limit: Self.candidateCount)
        guard let top = candidates.first?.score, top.isFinite else { continue }
        let mass = candidates.reduce(0.0) { $0 + exp($1.score - top) }
        for c in candidates where Glossary.englishKey(c.text) == target {
          let p = exp(c.score - top) / mass
          if p > (best?.2 ?? -1) { best = (span, range, p) }
        }
      }
    }
    return best
  }
}
