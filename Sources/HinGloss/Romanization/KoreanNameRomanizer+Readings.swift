extension KoreanNameRomanizer {
  /// A distinct text among the best combinations, with its probability.
  struct Ranked {
    var combo: Int
    var hash: UInt64
    var probability: Double
    var likeness: Double
  }

  /// A surname reading: a row of the surname table, or a spelling nobody listed.
  struct SurnameReading {
    var unit: Int?
    var text: String
    var hash: TextHash
    var score: Double
    var channel: Double
    var novel: Int
  }

  /// One order of a name's words: where its surname readings and its given-name readings
  /// are in the name's lists.
  struct Option {
    var reading: Int
    var surnames: Range<Int>
    var given: Range<Int>
  }

  /// A surname reading with a given reading (indices of the name's lists), scored.
  struct Combo {
    var option: Int
    var surname: Int
    var given: Int
    var score: Double
  }

  /// The text of a reading in house style.
  func readingText(_ combo: Combo, _ surnames: [SurnameReading], _ givens: [Path], _ store: PathStore) -> String {
    let s = surnames[combo.surname].text
    let g = givenText(givens[combo.given], store)
    return s.isEmpty ? g : g.isEmpty ? s : s + " " + g
  }

  /// The hash of a given reading's text (``givenText(_:)``), without making it.
  func givenHash(_ p: Path, _ store: PathStore) -> TextHash {
    var hash = TextHash()
    guard !p.units.isEmpty else { return hash }
    let first = store.units[p.units.lowerBound]
    var novel = p.novels.lowerBound
    if first >= 0 {
      hash.add(givenDisplay[first])
    } else {
      hash.add(Self.capitalized(novel < p.novels.upperBound ? store.novel[novel] : ""))
      novel += 1
    }
    if p.units.count > 1 { hash.add(UInt8(ascii: "-")) }
    for k in p.units.dropFirst() {
      let u = store.units[k]
      if u >= 0 {
        hash.add(tables.given[u].spelling)
      } else {
        hash.add(novel < p.novels.upperBound ? store.novel[novel] : "")
        novel += 1
      }
    }
    return hash
  }

  /// A polynomial hash of UTF-8 text, Σ byte · P^(bytes after it) (mod 2^64), that joins: the
  /// hash of `a + " " + b` comes from the hashes of `a` and `b`.
  struct TextHash: Sendable {
    var value: UInt64 = 0
    var count = 0

    static let base: UInt64 = 0x0000_0100_0000_01b3

    init() {}

    init(_ s: String) { add(s) }

    @inline(__always) mutating func add(_ byte: UInt8) {
      value = value &* Self.base &+ UInt64(byte)
      count += 1
    }

    mutating func add(_ s: String) {
      var s = s
      s.withUTF8 { for b in $0 { add(b) } }
    }

    /// The hash of this text, a space and `other`; either alone when the other is empty.
    func joined(_ other: TextHash) -> TextHash {
      if count == 0 { return other }
      if other.count == 0 { return self }
      var power: UInt64 = 1
      for _ in 0..<other.count { power = power &* Self.base }
      var joined = self
      joined.add(UInt8(ascii: " "))
      joined.value = joined.value &* power &+ other.value
      joined.count += other.count
      return joined
    }
  }

  /// A path's given name as ``KoreanNameTables/names`` writes it (`jae-myung`).
  func givenKey(_ p: Path, _ store: PathStore) -> String {
    spellings(p, store).joined(separator: "-")
  }

  /// A path's given name in house style (`Jae-myung`): the first syllable capitalized, the
  /// rest joined after a hyphen.
  func givenText(_ p: Path, _ store: PathStore) -> String {
    guard !p.units.isEmpty else { return "" }
    let all = spellings(p, store)
    let first = store.units[p.units.lowerBound]
    var text = first >= 0 ? givenDisplay[first] : Self.capitalized(all[0])
    if all.count > 1 {
      text += "-"
      for later in all.dropFirst() { text += later }
    }
    return text
  }
}
