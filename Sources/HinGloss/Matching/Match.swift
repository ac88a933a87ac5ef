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
  public var entry: GlossaryEntry? {
    get { _entry?.entry }
    set { _entry = newValue.map(_EntryBox.init) }
  }
  /// The entry behind one reference, shared with the matcher: a match stays small and
  /// copies without copying the entry's fields.
  private var _entry: _EntryBox?
  /// Half-open range of UTF-8 offsets in the searched string.
  public var utf8Range: Range<Int>
  public var quality: Quality
  /// The surface as a string, or the searched string and the surface's range in it (the
  /// surface is then made only when asked for: a search builds no strings).
  private var _surface: _Surface

  private enum _Surface: Sendable {
    case string(String)
    case slice(of: String, Range<Int>)
  }

  /// The matched text as it appears in the searched string.
  public var surface: String {
    get {
      switch _surface {
      case .string(let s): return s
      case .slice(let text, let range): return String(text.utf8[text.utf8Range(range)]) ?? ""
      }
    }
    set { _surface = .string(newValue) }
  }

  init(pattern: PatternID, entry: GlossaryEntry?, utf8Range: Range<Int>, surface: String, quality: Quality) {
    self.pattern = pattern
    self._entry = entry.map(_EntryBox.init)
    self.utf8Range = utf8Range
    self.quality = quality
    self._surface = .string(surface)
  }

  /// A match whose surface is `text`'s bytes in `utf8Range`, made when first read.
  init(pattern: PatternID, entry: _EntryBox?, utf8Range: Range<Int>, in text: String, quality: Quality) {
    self.pattern = pattern
    self._entry = entry
    self.utf8Range = utf8Range
    self.quality = quality
    self._surface = .slice(of: text, utf8Range)
  }

  public static func == (a: Match, b: Match) -> Bool {
    a.pattern == b.pattern && a.utf8Range == b.utf8Range && a.quality == b.quality
      && (a._entry === b._entry || a.entry == b.entry) && a.surface == b.surface
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(pattern)
    hasher.combine(utf8Range)
    hasher.combine(quality)
    hasher.combine(entry)
    hasher.combine(surface)
  }

  /// The match's range as string indices of the searched string.
  public func range(in text: String) -> Range<String.Index> { text.utf8Range(utf8Range) }
}

/// A glossary entry behind a reference (see ``Match/entry``).
final class _EntryBox: Sendable {
  let entry: GlossaryEntry
  init(_ entry: GlossaryEntry) { self.entry = entry }
}
