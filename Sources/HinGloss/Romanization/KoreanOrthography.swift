import Foundation

/// The plain Devanagari transcription of English letter groups (`glossaries/romanization/
/// orthography.tsv`): the base the learned channel smooths towards. A group the table lacks
/// is written from its parts: consonants joined by a virama (`ky` → क्य), a vowel group's
/// later letters as vowel letters.
public struct KoreanOrthography: Sendable {
  private let table: [KoreanChannel.Unit: [String]]

  /// Creates the base from rows of (slot, letters, renderings); `initial-vowel` rows are
  /// derived from `vowel` rows when absent.
  public init(rows: [(slot: KoreanChannel.Slot, letters: String, hindi: [String])]) {
    var table: [KoreanChannel.Unit: [String]] = [:]
    for row in rows {
      var forms = row.hindi
      // A coda consonant is also written half, with a virama, before the next syllable (वोन्हो).
      if row.slot == .coda {
        forms += row.hindi.filter { $0.unicodeScalars.last.map { (0x0915...0x0939).contains($0.value) } ?? false }.map { $0 + "\u{094D}" }
      }
      table[KoreanChannel.Unit(row.slot, row.letters), default: []] += forms
    }
    self.table = table
  }

  /// The units the table lists, with the syllable-initial form of each vowel group.
  var units: [KoreanChannel.Unit] {
    let vowelSlots: [KoreanChannel.Slot] = [.vowel, .initialVowel, .openVowel, .openInitialVowel]
    return table.keys.flatMap { unit in
      unit.slot == .vowel ? vowelSlots.map { KoreanChannel.Unit($0, unit.letters) } : [unit]
    }
  }

  /// The base renderings of a unit (possibly the empty string), in table order.
  func renderings(_ unit: KoreanChannel.Unit) -> [String] {
    if let listed = table[unit] { return listed }
    if unit.letters.hasPrefix(KoreanChannel.afterGlide) {
      return renderings(KoreanChannel.Unit(unit.slot, String(unit.letters.dropFirst())))
    }
    if unit.slot.base != unit.slot { return renderings(KoreanChannel.Unit(unit.slot.base, unit.letters)) }
    switch unit.slot {
    case .initialVowel:
      if let listed = table[KoreanChannel.Unit(.initialVowel, unit.letters)] { return listed }
      return unique(renderings(KoreanChannel.Unit(.vowel, unit.letters)).map(Self.initialForm))
    case .vowel:
      return compose(unit, joiner: nil)
    case .onset, .coda, .openVowel, .openInitialVowel:
      return compose(unit, joiner: "\u{094D}")
    }
  }

  /// Splits the letters into the longest listed groups and joins their first renderings.
  private func compose(_ unit: KoreanChannel.Unit, joiner: String?) -> [String] {
    let letters = Array(unit.letters)
    var pieces: [[String]] = []
    var i = 0
    while i < letters.count {
      var found: [String]? = nil
      var length = min(3, letters.count - i)
      while length > 0 {
        if let r = table[KoreanChannel.Unit(unit.slot, String(letters[i..<(i + length)]))], length < letters.count || i > 0 {
          found = r
          break
        }
        length -= 1
      }
      guard let r = found, length > 0 else { return [] }
      // A later vowel letter of a group is written as a vowel letter of its own.
      pieces.append(joiner == nil && i > 0 ? r.map(Self.initialForm) : r)
      i += length
    }
    var result = [""]
    for (k, options) in pieces.enumerated() {
      var next: [String] = []
      for prefix in result {
        for option in options.prefix(2) {
          let glue = (k > 0 && !prefix.isEmpty && !option.isEmpty) ? (joiner ?? "") : ""
          next.append(prefix + glue + option)
        }
      }
      result = next
    }
    return unique(result)
  }

  private func unique(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
  }

  /// The form a vowel rendering takes at the start of a syllable: its first vowel sign as the
  /// vowel letter (ु → उ, ियो → इयो), a leading virama dropped (्यु → यु), the inherent vowel as अ.
  static func initialForm(_ rendering: String) -> String {
    var scalars = Array(rendering.unicodeScalars)
    guard let first = scalars.first else { return "\u{0905}" }
    if first == "\u{094D}" {
      scalars.removeFirst()
      return String(String.UnicodeScalarView(scalars))
    }
    if let letter = KoreanNameText.independentVowel(forSign: first) {
      scalars[0] = letter
      return String(String.UnicodeScalarView(scalars))
    }
    return "\u{0905}" + rendering
  }
}
