/// Finds glossary entities in running English text: case-insensitive, alias-aware,
/// word-bounded, with exact UTF-8 offsets into the caller's string.
///
/// Patterns are every entry's English form and aliases. Text and patterns meet through an
/// English key: ASCII letters lowercased (other letters by their simple lowercase mapping),
/// hyphens, dashes, no-break and other spaces folded to one space (so "Kim Yong Beom" and
/// "kim yong-beom" find *Kim Yong-beom*), curly apostrophes to `'`. A match never starts or
/// ends inside a word: *Korea* is not found in "Korean", but is in "Korea's".
///
/// Short all-capital acronyms (at most five letters or digits, such as `ROK`, `TF`, `GDP`)
/// match only as written in capitals, so that an alias `TF` is no hit in "tf" and `US`
/// would be none in "us". A one-word alias that starts with a capital (a stage name such as
/// `Rain`, `Rose` or `V`) matches only with that capital: the weather's "rain" is no singer.
/// Canonical English forms are matched in any case.
///
///     let matcher = try EnglishMatcher(glossary: .default)
///     for m in matcher.matches(in: "Coupang said Kim Yong-beom would chair it.") {
///       print(m.utf8Range, m.entry?.id ?? "", m.quality)   // 0..<7 company.coupang house-style, …
///     }
///
/// ``Match/Quality`` means here: ``Match/Quality/houseStyle`` for the canonical English form
/// exactly as written, ``Match/Quality/variant`` for an alias as written, and
/// ``Match/Quality/folded`` when case, hyphens or spaces differ.
///
/// Build once; the matcher is immutable and `Sendable`.
///
/// - Complexity: a search walks a trie of the keys from each word start: O(*n* · *k*) for a
///   text of *n* bytes and keys of at most *k* bytes, independent of the number of patterns.
public struct EnglishMatcher: Sendable {
  let trie: _WordTrie
  let entries: [GlossaryEntry]
  /// Per pattern: its entry, its text, and whether it is an acronym (matched case-sensitively).
  let entryIndex: [Int32]
  let patterns: [String]
  let isAcronym: [Bool]
  /// Per pattern: a one-word alias with a capital, matched only when the text has it too.
  let capitalOnly: [Bool]
  /// How overlapping candidates are chosen (default leftmost-longest).
  public let matchKind: MatchKind

  /// A matcher over the English forms and aliases of every entry of `glossary`.
  public init(glossary: Glossary, matchKind: MatchKind = .leftmostLongest) {
    var bytes: [UInt8] = []
    var offsets: [Int] = [0]
    var entryIndex: [Int32] = []
    var patterns: [String] = []
    var isAcronym: [Bool] = []
    var capitalOnly: [Bool] = []
    for (i, entry) in glossary.entries.enumerated() {
      for form in [entry.english] + entry.aliases {
        var key = Self.key(form).key
        while key.last == 0x20 { key.removeLast() }
        while key.first == 0x20 { key.removeFirst() }
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        entryIndex.append(Int32(i))
        patterns.append(form)
        isAcronym.append(Self.isAcronym(form))
        capitalOnly.append(form != entry.english && Self.isCapitalizedWord(form))
      }
    }
    self.trie = _WordTrie(bytes: bytes, offsets: offsets)
    self.entries = glossary.entries
    self.entryIndex = entryIndex
    self.patterns = patterns
    self.isAcronym = isAcronym
    self.capitalOnly = capitalOnly
    self.matchKind = matchKind
  }

  /// Number of patterns (English forms and aliases).
  public var patternCount: Int { patterns.count }

  /// Whether a form is a short all-capital acronym: 2 to 5 ASCII capitals and digits, at
  /// least one capital.
  static func isAcronym(_ form: String) -> Bool {
    let u = form.utf8
    guard (2...5).contains(u.count), u.contains(where: { (0x41...0x5A).contains($0) }) else { return false }
    return u.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
  }

  /// Whether the text goes on with `'t` or `’t` and then no letter: "won't" is no *won*.
  static func continuesAsContraction(_ utf8: String.UTF8View, at end: Int) -> Bool {
    var i = utf8.index(utf8.startIndex, offsetBy: end)
    guard i < utf8.endIndex else { return false }
    if utf8[i] == UInt8(ascii: "'") {
      i = utf8.index(after: i)
    } else if utf8[i] == 0xE2, utf8.distance(from: i, to: utf8.endIndex) >= 3, utf8[utf8.index(i, offsetBy: 1)] == 0x80, utf8[utf8.index(i, offsetBy: 2)] == 0x99 {
      i = utf8.index(i, offsetBy: 3)
    } else {
      return false
    }
    guard i < utf8.endIndex, utf8[i] == UInt8(ascii: "t") else { return false }
    let next = utf8.index(after: i)
    return next == utf8.endIndex || !Devanagari.isWordScalar(UInt32(utf8[next]))
  }

  /// Whether a form is one word (no space or hyphen) starting with an ASCII capital.
  static func isCapitalizedWord(_ form: String) -> Bool {
    guard let first = form.utf8.first, (0x41...0x5A).contains(first) else { return false }
    return !form.utf8.contains { $0 == 0x20 || $0 == 0x2D }
  }

  /// All matches in `text`, in order.
  public func matches(in text: String) -> [Match] {
    var text = text
    text.makeContiguousUTF8()
    let (key, starts, ends) = Self.key(text)
    var found: [(Int, Int, UInt32)] = []
    key.withUnsafeBufferPointer { k in
      trie.search(k, words: _UTF8Words(), kind: matchKind) { found.append(($0, $1, $2)) }
    }
    var result: [Match] = []
    result.reserveCapacity(found.count)
    for (start, end, pattern) in found {
      let p = Int(pattern)
      let range = starts[start]..<ends[end - 1]
      let surface = String(text.utf8[text.utf8Range(range)]) ?? ""
      if isAcronym[p] && surface != patterns[p] { continue }
      if Self.continuesAsContraction(text.utf8, at: range.upperBound) { continue }
      if capitalOnly[p] && !(surface.utf8.first.map { (0x41...0x5A).contains($0) } ?? false) { continue }
      let entry = entries[Int(entryIndex[p])]
      let quality: Match.Quality = surface == entry.english ? .houseStyle : entry.aliases.contains(surface) ? .variant : .folded
      result.append(Match(pattern: PatternID(rawValue: pattern), entry: entry, utf8Range: range, surface: surface, quality: quality))
    }
    return result
  }

  /// The English key of `text`, with each key byte's source range in UTF-8 offsets
  /// (`starts[i]..<ends[i]`).
  static func key(_ text: String) -> (key: [UInt8], starts: [Int], ends: [Int]) {
    var key: [UInt8] = []
    var starts: [Int] = []
    var ends: [Int] = []
    key.reserveCapacity(text.utf8.count)
    starts.reserveCapacity(text.utf8.count)
    ends.reserveCapacity(text.utf8.count)
    var offset = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      defer { offset += width }
      let v = scalar.value
      switch v {
      case 0x20, 0x09, 0x2D, 0xA0, 0x2010...0x2015, 0x2212, 0x202F, 0x2009, 0x200A:
        // One space for any run of spaces, hyphens and dashes.
        if key.last == 0x20 {
          ends[ends.count - 1] = offset + width
        } else {
          key.append(0x20)
          starts.append(offset)
          ends.append(offset + width)
        }
      case 0x41...0x5A:
        key.append(UInt8(v + 32))
        starts.append(offset)
        ends.append(offset + 1)
      case 0..<0x80:
        key.append(UInt8(v))
        starts.append(offset)
        ends.append(offset + 1)
      case 0x2018, 0x2019, 0x02BC:
        key.append(UInt8(ascii: "'"))
        starts.append(offset)
        ends.append(offset + width)
      default:
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        let mapped = lower.count == 1 ? lower.first ?? scalar : scalar
        for b in String(Character(mapped)).utf8 {
          key.append(b)
          starts.append(offset)
          ends.append(offset + width)
        }
      }
    }
    return (key, starts, ends)
  }
}
