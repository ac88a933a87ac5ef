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

  /// One order of a name's words: its surname readings and its given-name readings.
  struct Option {
    var reading: Int
    var surnames: [SurnameReading]
    var given: [Path]
    /// The hash of each given reading's text.
    var givenHashes: [TextHash]
  }

  /// A surname reading with a given reading, scored.
  struct Combo {
    var option: Int
    var surname: Int
    var given: Int
    var score: Double
  }

  /// The text of a reading in house style.
  func readingText(_ combo: Combo, _ options: [Option]) -> String {
    let option = options[combo.option]
    let s = option.surnames[combo.surname].text
    let g = givenText(option.given[combo.given])
    return s.isEmpty ? g : g.isEmpty ? s : s + " " + g
  }

  /// The hash of a given reading's text (``givenText(_:)``), without making it.
  func givenHash(_ p: Path) -> TextHash {
    var hash = TextHash()
    guard let first = p.units.first else { return hash }
    if first >= 0 {
      hash.add(givenDisplay[first])
    } else {
      hash.add(Self.capitalized(p.novelSpellings.first ?? ""))
    }
    if p.units.count > 1 { hash.add(UInt8(ascii: "-")) }
    var novel = p.novelSpellings.dropFirst(first >= 0 ? 0 : 1).makeIterator()
    for u in p.units.dropFirst() { hash.add(u >= 0 ? tables.given[u].spelling : (novel.next() ?? "")) }
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
  func givenKey(_ p: Path) -> String {
    var text = ""
    var novel = p.novelSpellings.makeIterator()
    for (i, u) in p.units.enumerated() {
      if i > 0 { text += "-" }
      text += u >= 0 ? tables.given[u].spelling : (novel.next() ?? "")
    }
    return text
  }

  /// A path's given name in house style (`Jae-myung`): the first syllable capitalized, the
  /// rest joined after a hyphen.
  func givenText(_ p: Path) -> String {
    guard let first = p.units.first else { return "" }
    var novel = p.novelSpellings.makeIterator()
    var text = first >= 0 ? givenDisplay[first] : Self.capitalized(novel.next() ?? "")
    for (i, u) in p.units.dropFirst().enumerated() {
      if i == 0 { text += "-" }
      text += u >= 0 ? tables.given[u].spelling : (novel.next() ?? "")
    }
    return text
  }
}
