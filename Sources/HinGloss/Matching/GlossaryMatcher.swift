/// Finds glossary entries in running Hindi text, tolerant of spelling variants, with exact
/// UTF-8 offsets into the caller's string.
///
/// Patterns and text meet through the match key (``MatchKey``), so कूपंग and कूपांग,
/// ज़ी and जी, हिंद and हिन्द, hyphen and space all match; offsets still point into the
/// original text. With word boundaries on (the default), a match never starts or ends inside
/// a word: हिंदी is not found inside हिंदीभाषी.
///
///     let matcher = try GlossaryMatcher(glossary: .default)
///     for m in matcher.matches(in: "कूपांग में डेटा उल्लंघन") {
///       print(m.utf8Range, m.entry?.english ?? "")   // 0..<18 Coupang, …
///     }
///
/// Build once; the matcher is immutable and `Sendable`.
///
/// - Complexity: with word boundaries (the default), a search walks a trie from each word
///   start of the text's key: O(*n* · *k*) for a text of *n* bytes and keys of at most *k*
///   bytes (*k* ≤ 256; a few words in practice), independent of the number of patterns.
///   Without word boundaries, or with a longer key, an Aho–Corasick automaton: O(*n* + *m*)
///   with *m* candidate occurrences.
public struct GlossaryMatcher: Sendable {
  /// Search options.
  public struct Configuration: Sendable, Hashable {
    public var matchKind: MatchKind = .leftmostLongest
    /// Reject matches that start or end inside a word.
    public var requiresWordBoundaries = true
    /// Also find names one edit away from a pattern key of at least ``fuzzyMinimumLength``
    /// symbols: a vowel sign or nasal missing or extra (सैमसुंग, कूपैंग), E/AI or O/AU
    /// swapped, two words joined (योंगबीओम) or one split, a vowel letter written as a glide
    /// and its sign (बीयोम). Only names get variants (entries of kind person, organization,
    /// company, place, and patterns added without an entry), never terms or titles. Hits are
    /// reported as ``Match/Quality/fuzzy``, never overlapping an exact match, and chosen
    /// leftmost-longest among themselves, in every ``MatchKind`` (with
    /// ``MatchKind/overlapping`` too). Off by default: it builds a second trie.
    public var fuzzy = false
    /// The shortest key (in scalars) that gets fuzzy variants.
    public var fuzzyMinimumLength = 5
    /// Ordinary words: a fuzzy hit made only of these is dropped (जमीन is a word, not a
    /// misspelt जिमिन). ``StopWords/shipped`` is a good choice.
    public var fuzzyStopWords = StopWords()
    public init() {}
  }

  public let configuration: Configuration
  /// With word boundaries, matches can only start at word starts, and a search walks a trie
  /// from each one; a walk is as long as the longest key. Keys longer than this many bytes
  /// (which no glossary has) use the automaton instead, so that a search stays linear.
  static let longestWalk = 256
  /// Without word boundaries (or with a key longer than ``longestWalk``): an Aho–Corasick automaton over every byte.
  let automaton: _Automaton?
  /// With word boundaries: a trie walked from each word start.
  let trie: _WordTrie?
  let fuzzy: _FuzzyIndex?
  /// Whether keys use the one-byte-per-scalar encoding.
  let compact: Bool
  let forms: [String]
  let entryIndex: [Int32]
  let qualities: [Match.Quality]
  let entries: [GlossaryEntry]
  /// The entries behind references, as matches carry them.
  let entryBoxes: [_EntryBox]
  /// Key length of each pattern, in bytes of the matcher's encoding.
  let keyLengths: [UInt32]
  /// The longest key length: a windowed search folds this much past its window.
  let longestKey: Int
  /// Source bytes folded and searched at a time in a long text (plus a margin that holds
  /// the longest key); tests make it small.
  var windowBytes = 1 << 16

  /// A matcher over every Hindi form of a glossary.
  public init(glossary: Glossary, configuration: Configuration = .init()) throws(HinGlossError) {
    var b = Builder(configuration: configuration)
    b.add(glossary)
    self = try b.build()
  }

  init(
    configuration: Configuration, automaton: _Automaton?, trie: _WordTrie?, compact: Bool, forms: [String],
    entryIndex: [Int32], qualities: [Match.Quality], entries: [GlossaryEntry], keyLengths: [UInt32],
    fuzzy: _FuzzyIndex? = nil
  ) {
    self.fuzzy = fuzzy
    self.configuration = configuration
    self.automaton = automaton
    self.trie = trie
    self.compact = compact
    self.forms = forms
    self.entryIndex = entryIndex
    self.qualities = qualities
    self.entries = entries
    self.entryBoxes = entries.map(_EntryBox.init)
    self.keyLengths = keyLengths
    self.longestKey = Int(keyLengths.max() ?? 0)
  }

  /// Number of patterns.
  public var patternCount: Int { keyLengths.count }
  /// Approximate heap bytes of the search tables (trie or automaton, and the fuzzy index).
  public var memoryBytes: Int {
    (trie?.memoryBytes ?? 0) + (automaton?.memoryBytes ?? 0) + (fuzzy?.automaton?.memoryBytes ?? 0) + (fuzzy?.trie?.memoryBytes ?? 0) + keyLengths.count
      * 4
  }
}
