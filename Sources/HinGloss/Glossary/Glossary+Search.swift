extension Glossary {
  /// One entry found by ``search(_:limit:)``, with how well it matched.
  public struct SearchHit: Sendable, Hashable {
    /// How a hit matched, best first.
    public enum Rank: Int, Sendable, Hashable, Comparable, CaseIterable {
      /// A form equals the query (``lookup(_:)``).
      case exact
      /// Every word of the query is a whole word of one form.
      case words
      /// Every word of the query starts a word of one form.
      case prefix
      /// Every word of the query is inside one form.
      case partial

      public static func < (a: Rank, b: Rank) -> Bool { a.rawValue < b.rawValue }
    }

    /// The entry.
    public var entry: GlossaryEntry
    /// How it matched.
    public var rank: Rank
    /// The form that matched (English, an alias, or a Hindi form).
    public var form: String
  }

  /// Entries whose English forms (canonical and aliases) or Hindi forms contain the query's
  /// words, best first: exact matches, then forms holding every query word as a word, then
  /// forms with words starting with each query word, then forms with each query word inside.
  /// Within a rank, shorter forms come first. English is compared ignoring case and
  /// punctuation, Hindi through the match key.
  ///
  ///     glossary.search("Lee").map(\.entry.english)   // ["Lee Jae-myung", "Lee Jun-seok", …]
  ///     glossary.search("सैमसंग").first?.rank           // .exact
  public func search(_ query: String, limit: Int = 20) -> [SearchHit] {
    var hits: [SearchHit] = []
    var seen: Set<String> = []
    for entry in lookup(query) where seen.insert(entry.id).inserted {
      hits.append(SearchHit(entry: entry, rank: .exact, form: entry.english))
    }
    let hindi = Devanagari.containsAny(query)
    let words = Self.searchWords(query, hindi: hindi)
    guard !words.isEmpty else { return Array(hits.prefix(limit)) }
    var partial: [SearchHit] = []
    for entry in entries where !seen.contains(entry.id) {
      let forms = hindi ? entry.hindiForms.map(\.text) : [entry.english] + entry.aliases
      var best: (rank: SearchHit.Rank, form: String)? = nil
      for form in forms {
        guard let rank = Self.rank(words, in: Self.searchWords(form, hindi: hindi)) else { continue }
        if best == nil || rank < best!.rank || (rank == best!.rank && form.count < best!.form.count) {
          best = (rank, form)
        }
      }
      if let best { partial.append(SearchHit(entry: entry, rank: best.rank, form: best.form)) }
    }
    partial.sort {
      ($0.rank, $0.form.count, $0.entry.english, $0.entry.id) < ($1.rank, $1.form.count, $1.entry.english, $1.entry.id)
    }
    return Array((hits + partial).prefix(limit))
  }

  /// The words of a text for search: match keys of Hindi words, or English keys of other words.
  static func searchWords(_ text: String, hindi: Bool) -> [String] {
    if hindi { return MatchKey.key(text).split(separator: " ").map(String.init).filter { !$0.isEmpty } }
    return text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\t" }).map { englishKey(String($0)) }
      .filter { !$0.isEmpty }
  }

  /// How well `form` holds every query word, or nil when it misses one.
  static func rank(_ query: [String], in form: [String]) -> SearchHit.Rank? {
    var worst = SearchHit.Rank.words
    for word in query {
      if form.contains(word) { continue }
      if form.contains(where: { $0.hasPrefix(word) }) {
        worst = max(worst, .prefix)
      } else if form.contains(where: { $0.contains(word) }) || form.joined().contains(word) {
        worst = .partial
      } else {
        return nil
      }
    }
    return worst
  }
}
