/// The variants of pattern keys one edit away, for fuzzy matching: a vowel sign or nasal
/// deleted (missing in the text), inserted after a consonant (extra in the text), or
/// replaced by another vowel sign or nasal (a swapped nasal or matra).
final class _FuzzyIndex: Sendable {
  let automaton: _Automaton
  /// For each variant: the pattern it came from, and its length in key bytes.
  let patterns: [UInt32]
  let lengths: [Int]

  /// Vowel signs and nasal marks as they appear in keys (after folding).
  static let vowelSigns: [Unicode.Scalar] = [
    "\u{093E}", "\u{093F}", "\u{0941}", "\u{0943}", "\u{0947}", "\u{0948}", "\u{094B}", "\u{094C}",
  ]
  static let nasals: [Unicode.Scalar] = ["\u{0902}", "\u{094D}", "\u{0903}"]

  init(keys: [String], compact: Bool, minimumLength: Int) throws(HinGlossError) {
    var seen = Set<[UInt8]>(
      keys.map { compact ? $0.unicodeScalars.map { _FastFold.compactByte($0.value) } : Array($0.utf8) })
    var variants: [[UInt8]] = []
    var owners: [UInt32] = []
    let editable = Set(Self.vowelSigns + Self.nasals)
    func encode(_ scalars: [Unicode.Scalar]) -> [UInt8] {
      compact ? scalars.map { _FastFold.compactByte($0.value) } : Array(String(String.UnicodeScalarView(scalars)).utf8)
    }
    func add(_ scalars: [Unicode.Scalar], _ owner: Int) {
      let bytes = encode(scalars)
      guard !bytes.isEmpty, seen.insert(bytes).inserted else { return }
      variants.append(bytes)
      owners.append(UInt32(owner))
    }
    for (p, key) in keys.enumerated() {
      let s = Array(key.unicodeScalars)
      guard s.count >= minimumLength else { continue }
      for i in s.indices {
        if editable.contains(s[i]) {
          var d = s
          d.remove(at: i)
          add(d, p)
          for r in Self.vowelSigns + Self.nasals where r != s[i] {
            var t = s
            t[i] = r
            add(t, p)
          }
        }
        // An extra vowel sign or nasal after a consonant that has none.
        if Devanagari.isConsonant(s[i]), i + 1 == s.count || !editable.contains(s[i + 1]) {
          for m in Self.vowelSigns + Self.nasals {
            var t = s
            t.insert(m, at: i + 1)
            add(t, p)
          }
        }
      }
    }
    automaton = try _Automaton(patterns: variants)
    patterns = owners
    lengths = variants.map(\.count)
  }
}
