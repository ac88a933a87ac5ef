import Foundation

/// The validation an editor runs over glossary files (`hingloss check`).
public struct GlossaryCheck: Sendable {
  /// One finding.
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    public var description: String {
      (location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
  }

  /// The common Hindi words a name's form should not be made of.
  public let stopWords: StopWords

  /// Match keys of the most frequent Hindi words (``stopWords``' keys).
  public var commonWordKeys: Set<String> { stopWords.keys }

  /// Creates a check with a list of common words.
  public init(commonWords: [String]) {
    stopWords = StopWords(words: commonWords)
  }

  /// Creates a check with common words (by default the shipped list, ``StopWords/shipped``).
  public init(stopWords: StopWords = .shipped) {
    self.stopWords = stopWords
  }

  /// Korean personal names in house style: `Surname Given-name`, each part capitalized,
  /// given-name syllables joined by a hyphen and in lowercase after it.
  public static func isHouseStyleKoreanName(_ english: String) -> Bool {
    let parts = english.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 1 else { return false }
    func word(_ s: Substring, hyphenated: Bool) -> Bool {
      let pieces = s.split(separator: "-", omittingEmptySubsequences: false)
      guard hyphenated || pieces.count == 1, pieces.count <= 3 else { return false }
      for (i, p) in pieces.enumerated() {
        guard let f = p.first, !p.isEmpty, p.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        if i == 0 && !f.isUppercase { return false }
        if p.dropFirst().contains(where: \.isUppercase) || (i > 0 && f.isUppercase) { return false }
      }
      return true
    }
    return word(parts[0], hyphenated: false) && (parts.count == 1 || word(parts[1], hyphenated: true))
  }

  /// Whether every word of a form has the match key of a common Hindi word
  /// (``StopWords/isPhrase(_:)``).
  public static func isCommonPhrase(_ text: String, _ commonWordKeys: Set<String>) -> Bool {
    StopWords(keys: commonWordKeys).isPhrase(text)
  }

  /// Checks entries (from one or many files).
  public func check(_ entries: [GlossaryEntry]) -> [Problem] {
    var problems: [Problem] = []
    var firstByID: [String: GlossaryEntry] = [:]
    for e in entries {
      if let first = firstByID[e.id] {
        problems.append(
          Problem(
            severity: .error, location: e.location,
            message:
              "duplicate id '\(e.id)' (first defined at \(first.location?.description ?? "?")); give each entry its own id"
          ))
      } else {
        firstByID[e.id] = e
      }
    }
    // One key claimed by two entries.
    var claims: [String: [(GlossaryEntry, String)]] = [:]
    for e in entries {
      for form in e.hindiForms {
        let key = MatchKey.key(form.text)
        if !(claims[key]?.contains { $0.0.id == e.id } ?? false) { claims[key, default: []].append((e, form.text)) }
      }
    }
    for (_, list) in claims.sorted(by: { $0.key < $1.key }) where list.count > 1 {
      if list.allSatisfy({ $0.0.flags.contains(.ambiguous) }) { continue }
      let others = list.dropFirst().map { "'\($0.1)' of \($0.0.id) at \($0.0.location?.description ?? "?")" }.joined(
        separator: ", ")
      problems.append(
        Problem(
          severity: .error, location: list[0].0.location,
          message:
            "Hindi form '\(list[0].1)' of \(list[0].0.id) has the same match key as \(others): a conflict; keep one, or flag both 'ambiguous' and explain in the note"
        ))
    }
    for e in entries {
      // House style repeated among the variants.
      let houseKey = MatchKey.key(e.hindi)
      for v in e.variants + e.deprecated where v == e.hindi {
        problems.append(
          Problem(
            severity: .error, location: e.location,
            message: "\(e.id): the house-style form '\(v)' is also listed as a variant; list it once, in 'hindi'"))
      }
      if !e.deprecated.isEmpty && e.variants.contains(where: { e.deprecated.contains($0) }) {
        problems.append(
          Problem(severity: .error, location: e.location, message: "\(e.id): a form is both admitted and deprecated"))
      }
      // The variants agree on one spelling class and the house style is outside it.
      let variantKeys = Set(e.variants.map { MatchKey.key($0) })
      if e.variants.count >= 2, variantKeys.count == 1, let shared = variantKeys.first, shared != houseKey {
        problems.append(
          Problem(
            severity: .warning, location: e.location,
            message:
              "\(e.id): house-style form '\(e.hindi)' is not in the key class of its variants ('\(shared)'); check that the house style is the intended spelling"
          ))
      }
      // Forms that are ordinary Hindi words.
      if e.kind != .term && e.kind != .title && !e.flags.contains(.ambiguous) {
        for form in e.hindiForms where stopWords.isPhrase(form.text) {
          problems.append(
            Problem(
              severity: .warning, location: e.location,
              message:
                "\(e.id): Hindi form '\(form.text)' is made of common Hindi words only and would match ordinary text; flag the entry 'ambiguous' with a note if it must stay"
            ))
        }
      }
      // House style for Korean personal names.
      if e.kind == .person, e.hangul != nil, !e.flags.contains(.established), !Self.isHouseStyleKoreanName(e.english) {
        problems.append(
          Problem(
            severity: .error, location: e.location,
            message:
              "\(e.id): English '\(e.english)' breaks the house style for Korean names (Surname Given-name, e.g. Kim Yong-beom); fix it, or flag the entry 'established' if it is the person's own spelling"
          ))
      }
    }
    return problems
  }
}
