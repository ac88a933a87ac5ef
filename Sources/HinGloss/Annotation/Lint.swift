/// The editor's consistency check of one document (`hingloss lint`).
///
/// Finds, within the document: one entity written in different spellings (the seed article
/// writes कूपंग and कूपांग); deprecated spellings; and names that look Korean but are in no
/// glossary entry, with a suggested romanization and glossary row.
public struct Lint: Sendable {
  /// One finding.
  public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
      case inconsistentSpelling = "inconsistent-spelling"
      case deprecatedSpelling = "deprecated-spelling"
      case unknownKoreanName = "unknown-korean-name"
    }
    public var kind: Kind
    /// 1-based line and column (in scalars) of the first occurrence.
    public var line: Int
    public var column: Int
    /// UTF-8 offsets of the occurrence within its line.
    public var utf8Range: Range<Int>
    public var message: String
    /// The entry concerned, if any.
    public var entryID: String?
    /// A suggested replacement or romanization.
    public var suggestion: String?
  }

  public let matcher: GlossaryMatcher
  public let korean: KoreanNameRomanizer
  /// Match keys of common Hindi words, never taken for Korean given names.
  public let commonWordKeys: Set<String>
  /// The glossary the matcher was built from: a Korean-like name that the model reads as one
  /// of its people is reported as a spelling to add to that entry, not as a new row.
  public let glossary: Glossary?

  /// Creates a lint over a glossary.
  public init(
    matcher: GlossaryMatcher, korean: KoreanNameRomanizer, commonWordKeys: Set<String> = StopWords.shipped.keys,
    glossary: Glossary? = nil
  ) {
    self.matcher = matcher
    self.korean = korean
    self.commonWordKeys = commonWordKeys
    self.glossary = glossary
  }

  /// The glossary person the model reads a name as (any of its five best readings), if one.
  func knownPerson(_ name: String) -> (entry: GlossaryEntry, probability: Double)? {
    guard let glossary else { return nil }
    for c in korean.candidates(name, limit: 5) {
      let people = glossary.lookup(english: c.text).filter { $0.kind == .person }
      if people.count == 1 { return (people[0], c.probability) }
    }
    return nil
  }

  /// Lints a document given as lines.
  public func lint(lines: [String]) -> [Finding] {
    var findings: [Finding] = []
    struct Seen {
      var surface: String
      var line: Int
      var column: Int
      var range: Range<Int>
      var count: Int
    }
    var spellings: [String: [String: Seen]] = [:]  // entry id → canonical surface → first place
    var entries: [String: GlossaryEntry] = [:]
    let normalizer = HindiNormalizer()
    for (i, line) in lines.enumerated() {
      var covered: [Range<Int>] = []
      var columns = _Columns(line)
      matcher.forEachMatch(in: line) { m in
        covered.append(m.utf8Range)
        guard let e = m.entry else { return }
        entries[e.id] = e
        let column = columns.scalars(before: m.utf8Range.lowerBound)
        let canonical = normalizer.normalize(m.surface).text
        if spellings[e.id]?[canonical] == nil {
          spellings[e.id, default: [:]][canonical] = Seen(
            surface: m.surface, line: i + 1, column: column + 1, range: m.utf8Range, count: 0)
        }
        spellings[e.id]?[canonical]?.count += 1
        if m.quality == .deprecated {
          findings.append(
            Finding(
              kind: .deprecatedSpelling, line: i + 1, column: column + 1, utf8Range: m.utf8Range,
              message: "'\(m.surface)' is a deprecated spelling of \(e.english); house style is '\(e.hindi)'",
              entryID: e.id, suggestion: e.hindi))
        }
      }
      findings += unknownKoreanNames(in: line, lineNumber: i + 1, covered: _Covered(covered))
    }
    for (id, forms) in spellings.sorted(by: { $0.key < $1.key }) where forms.count > 1 {
      let e = entries[id]!
      let places = forms.values.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
      let list = places.map { "'\($0.surface)' (line \($0.line), \($0.count)×)" }.joined(separator: ", ")
      let first = places[0]
      findings.append(
        Finding(
          kind: .inconsistentSpelling, line: first.line, column: first.column, utf8Range: first.range,
          message: "\(e.english) is written in \(forms.count) spellings: \(list); house style is '\(e.hindi)'",
          entryID: id, suggestion: e.hindi))
    }
    return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
  }

  /// Surname + one or two given-name words that score as Korean and are not glossary matches.
  func unknownKoreanNames(in line: String, lineNumber: Int, covered: [Range<Int>]) -> [Finding] {
    unknownKoreanNames(in: line, lineNumber: lineNumber, covered: _Covered(covered))
  }

  func unknownKoreanNames(in line: String, lineNumber: Int, covered: _Covered) -> [Finding] {
    // Words as UTF-8 ranges (their strings are made only for the words looked at).
    struct Word { let range: Range<Int> }
    func text(_ w: Word) -> String { String(line.utf8[line.utf8Range(w.range)]) ?? "" }
    var words: [Word] = []
    var start: Int? = nil
    var offset = 0
    for scalar in line.unicodeScalars {
      let isWord = Devanagari.isNameWordScalar(scalar)
      if isWord && start == nil { start = offset }
      if !isWord, let s = start {
        words.append(Word(range: s..<offset))
        start = nil
      }
      offset += UTF8.width(scalar)
    }
    if let s = start { words.append(Word(range: s..<offset)) }
    var findings: [Finding] = []
    var columns = _Columns(line)
    var i = 0
    while i < words.count {
      defer { i += 1 }
      let w = words[i]
      guard !covered.overlaps(w.range), korean.isSurname(text(w)), i + 1 < words.count else {
        continue
      }
      // Given-name words: not common Hindi words, adjacent (one space apart), not glossary matches.
      var best: (end: Int, romanization: KoreanNameRomanizer.Romanization)? = nil
      for count in 1...2 where i + count < words.count {
        let given = words[(i + 1)...(i + count)]
        if given.contains(where: { g in
          commonWordKeys.contains(MatchKey.key(text(g))) || covered.overlaps(g.range)
        }) {
          break
        }
        if zip(words[i...(i + count - 1)], given).contains(where: { $1.range.lowerBound - $0.range.upperBound != 1 }) {
          break
        }
        let name = words[i...(i + count)].map(text).joined(separator: " ")
        let r = korean.romanize(name)
        if r.koreanLikeness >= 0.8 && (best == nil || r.koreanLikeness >= best!.romanization.koreanLikeness) {
          best = (i + count, r)
        }
      }
      if let best {
        let range = w.range.lowerBound..<words[best.end].range.upperBound
        let surface = String(line.utf8[line.utf8Range(range)]) ?? ""
        let column = columns.scalars(before: range.lowerBound) + 1
        if let known = knownPerson(surface) {
          findings.append(
            Finding(
              kind: .unknownKoreanName, line: lineNumber, column: column, utf8Range: range,
              message: String(
                format: "'%@' is probably %@ (%@, p = %.2f), a spelling the glossary lacks: add this spelling to the variants of %@",
                surface, known.entry.english, known.entry.id, known.probability, known.entry.id),
              entryID: known.entry.id, suggestion: known.entry.hindi))
        } else {
          let slug = String(best.romanization.text.lowercased().map { $0 == " " ? "-" : $0 })
          let hangul = korean.hangulCandidates(surface, limit: 1).first?.hangul ?? ""
          let row = "person.\(slug)\tperson\t\(best.romanization.text)\t\(surface)\t\t\t\t\(hangul)\t\t\tcomposed"
          findings.append(
            Finding(
              kind: .unknownKoreanName, line: lineNumber, column: column, utf8Range: range,
              message: String(
                format: "'%@' looks like a Korean name in no glossary entry; romanized: %@ (p = %.2f); new row: %@",
                surface, best.romanization.text, best.romanization.probability, row),
              entryID: nil, suggestion: best.romanization.text))
        }
        i = best.end
      }
    }
    return findings
  }
}

/// Scalar counts of a line's prefixes, for offsets asked in increasing order: linear in the
/// line however many are asked (counting from the start each time is quadratic on a long
/// line).
struct _Columns {
  let utf8: String.UTF8View
  var index: String.UTF8View.Index
  var offset = 0
  var count = 0

  init(_ line: String) {
    utf8 = line.utf8
    index = utf8.startIndex
  }

  /// The number of scalars in the line's first `target` UTF-8 bytes.
  mutating func scalars(before target: Int) -> Int {
    if target < offset {
      index = utf8.startIndex
      offset = 0
      count = 0
    }
    while offset < target && index < utf8.endIndex {
      if utf8[index] & 0xC0 != 0x80 { count += 1 }
      utf8.formIndex(after: &index)
      offset += 1
    }
    return count
  }
}

/// Ranges a search covered, asked whether a range overlaps any of them in O(log n).
struct _Covered {
  /// Sorted by lower bound, with the running maximum of the upper bounds.
  let lowers: [Int]
  let maxUppers: [Int]

  init(_ ranges: [Range<Int>]) {
    let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
    lowers = sorted.map(\.lowerBound)
    var m = Int.min
    maxUppers = sorted.map {
      m = max(m, $0.upperBound)
      return m
    }
  }

  func overlaps(_ r: Range<Int>) -> Bool {
    guard !r.isEmpty else { return false }
    // The ranges that start before r ends; one of them overlaps when one ends after r starts.
    var (lo, hi) = (0, lowers.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if lowers[mid] < r.upperBound { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 && maxUppers[lo - 1] > r.lowerBound
  }
}
