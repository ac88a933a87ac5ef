/// The variants of pattern keys one edit away, for fuzzy matching of names:
/// - a vowel sign or the nasal (anusvara) deleted (missing in the text), or inserted: a vowel
///   sign after a consonant that has none (सैमसंग → सैमसुंग, कूपंग → कूपैंग), the nasal after
///   a syllable that has none; E and AI, O and AU swapped (the pairs writers confuse; other
///   vowels swapped make other words and names: नेक्सन / निक्सन);
/// - a word joined to the next (योंग बीओम → योंगबीओम) or split in two between syllables;
/// - a vowel letter after a vowel written as a glide and its sign, or back (बीओम → बीयोम,
///   बीयोम → बीओम).
///
/// With word boundaries (the default) the variants are searched like the keys, by a trie
/// walked only from word starts; without, by an automaton.
final class _FuzzyIndex: Sendable {
  let automaton: _Automaton?
  let trie: _WordTrie?
  /// For each variant: the pattern it came from, and its length in key bytes.
  let patterns: [UInt32]
  let lengths: [Int]

  /// Vowel signs and nasal marks as they appear in keys (after folding).
  static let vowelSigns: [Unicode.Scalar] = [
    "\u{093E}", "\u{093F}", "\u{0941}", "\u{0943}", "\u{0947}", "\u{0948}", "\u{094B}", "\u{094C}",
  ]
  static let anusvara: Unicode.Scalar = "\u{0902}"
  /// The vowel signs writers swap: E and AI, O and AU.
  static let swaps: [Unicode.Scalar: Unicode.Scalar] = [
    "\u{0947}": "\u{0948}", "\u{0948}": "\u{0947}", "\u{094B}": "\u{094C}", "\u{094C}": "\u{094B}",
  ]
  /// Independent vowels (as keys have them) and their signs; अ has none.
  static let vowelLetters: [Unicode.Scalar: Unicode.Scalar?] = [
    "\u{0905}": nil, "\u{0906}": "\u{093E}", "\u{0907}": "\u{093F}", "\u{0909}": "\u{0941}",
    "\u{090F}": "\u{0947}", "\u{0910}": "\u{0948}", "\u{0913}": "\u{094B}", "\u{0914}": "\u{094C}",
  ]
  /// The glides a writer puts between two vowels (य, व).
  static let glides: [Unicode.Scalar] = ["\u{092F}", "\u{0935}"]

  /// - Parameters:
  ///   - keys: every pattern key; `eligible[p]` tells which get variants (names, not terms).
  init(keys: [String], eligible: [Bool], compact: Bool, minimumLength: Int, wordBoundaries: Bool) throws(HinGlossError) {
    var seen = Set<[UInt8]>(
      keys.map { compact ? $0.unicodeScalars.map { _FastFold.compactByte($0.value) } : Array($0.utf8) })
    var variants: [[UInt8]] = []
    var owners: [UInt32] = []
    func encode(_ scalars: [Unicode.Scalar]) -> [UInt8] {
      compact ? scalars.map { _FastFold.compactByte($0.value) } : Array(String(String.UnicodeScalarView(scalars)).utf8)
    }
    func add(_ scalars: [Unicode.Scalar], _ owner: Int) {
      let bytes = encode(scalars)
      guard !bytes.isEmpty, seen.insert(bytes).inserted else { return }
      variants.append(bytes)
      owners.append(UInt32(owner))
    }
    for (p, key) in keys.enumerated() where eligible[p] {
      let s = Array(key.unicodeScalars)
      guard s.count >= minimumLength else { continue }
      for variant in Self.variants(of: s) { add(variant, p) }
    }
    if wordBoundaries {
      var bytes: [UInt8] = []
      var offsets = [0]
      for v in variants {
        bytes += v
        offsets.append(bytes.count)
      }
      trie = _WordTrie(bytes: bytes, offsets: offsets)
      automaton = nil
    } else {
      automaton = try _Automaton(patterns: variants)
      trie = nil
    }
    patterns = owners
    lengths = variants.map(\.count)
  }

  /// The keys one edit away from `s` (some may repeat `s` or each other).
  static func variants(of s: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    let editable = Set(vowelSigns + [anusvara])
    let signs = Set(vowelSigns)
    var out: [[Unicode.Scalar]] = []
    func isWordStart(_ i: Int) -> Bool { i == 0 || s[i - 1] == " " }
    for i in s.indices {
      if editable.contains(s[i]) {
        var d = s
        d.remove(at: i)
        out.append(d)
        if let r = swaps[s[i]] {
          var t = s
          t[i] = r
          out.append(t)
        }
      }
      let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
      if Devanagari.isConsonant(s[i]) {
        // A vowel sign after a consonant that has none (a nasal may follow: सं → सुं).
        if next.map({ !signs.contains($0) && $0 != "\u{094D}" }) ?? true {
          for m in vowelSigns {
            var t = s
            t.insert(m, at: i + 1)
            out.append(t)
          }
        }
        // The nasal where nothing editable follows.
        if next.map({ !editable.contains($0) && $0 != "\u{094D}" }) ?? true {
          var t = s
          t.insert(anusvara, at: i + 1)
          out.append(t)
        }
      } else if signs.contains(s[i]) || vowelLetters[s[i]] != nil, next != anusvara {
        // A nasal after a vowel that has none.
        var t = s
        t.insert(anusvara, at: i + 1)
        out.append(t)
      }
      // A vowel letter inside a word written as a glide and its sign, and back.
      if let sign = vowelLetters[s[i]], !isWordStart(i) {
        for g in glides {
          var t = s
          t.replaceSubrange(i...i, with: [g] + (sign.map { [$0] } ?? []))
          out.append(t)
        }
      }
      if glides.contains(s[i]), i > 0, signs.contains(s[i - 1]) || vowelLetters[s[i - 1]] != nil {
        if let n = next, signs.contains(n), let letter = vowelLetters.first(where: { $0.value == n })?.key {
          var t = s
          t.replaceSubrange(i...(i + 1), with: [letter])
          out.append(t)
        }
      }
      // Two words joined.
      if s[i] == " " {
        var t = s
        t.remove(at: i)
        out.append(t)
      }
      // A word split between syllables: before a consonant that starts one, with at least
      // three scalars on each side (a shorter piece is a postposition: के सोंग).
      if i >= 3, i + 2 < s.count, Devanagari.isConsonant(s[i]), s[i - 1] != "\u{094D}",
        !s[(i - 3)..<(i + 3)].contains(" ")
      {
        var t = s
        t.insert(" ", at: i)
        out.append(t)
      }
    }
    return out
  }
}
