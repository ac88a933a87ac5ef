/// Which matches a search reports.
public enum MatchKind: Sendable, Hashable {
  /// At each position the longest match wins, and matches do not overlap (dictionary search).
  case leftmostLongest
  /// At each position the pattern added first wins, and matches do not overlap.
  case leftmostFirst
  /// Every occurrence of every pattern, overlapping.
  case overlapping
}

/// Identifies a pattern added to a ``GlossaryMatcher/Builder``.
public struct PatternID: Hashable, Sendable, Comparable {
  public let rawValue: UInt32
  public static func < (a: PatternID, b: PatternID) -> Bool { a.rawValue < b.rawValue }
}

/// One match in the caller's text.
public struct Match: Hashable, Sendable {
  /// How the text matched its entry.
  public enum Quality: String, Sendable, Hashable, Codable {
    /// The entry's house-style Hindi form.
    case houseStyle = "house-style"
    /// A known admitted variant.
    case variant
    /// A known deprecated variant.
    case deprecated
    /// Equal to a form only through the match key (कूपांग written कुपांग).
    case folded
    /// One vowel sign or nasal away from a form's key (a missing or extra matra, a swapped
    /// nasal); only with ``GlossaryMatcher/Configuration/fuzzy``.
    case fuzzy
  }

  /// The pattern that matched.
  public var pattern: PatternID
  /// The glossary entry, when the matcher was built from a glossary.
  public var entry: GlossaryEntry?
  /// Half-open range of UTF-8 offsets in the searched string.
  public var utf8Range: Range<Int>
  /// The matched text as it appears in the searched string.
  public var surface: String
  public var quality: Quality

  /// The match's range as string indices of the searched string.
  public func range(in text: String) -> Range<String.Index> { text.utf8Range(utf8Range) }
}
