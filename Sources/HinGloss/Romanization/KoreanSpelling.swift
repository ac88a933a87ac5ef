/// English spellings of Korean syllables, cut into the letter groups the channel renders.
///
/// A Korean syllable spelled in English is an onset (consonant letters, with a `y` or `w`
/// glide: `ky`, `hw`), a vowel group (`eo`, `eui`, `oo`) and an optional coda (`ng`, `n`, `k`):
/// `kyung` is `ky` + `u` + `ng`, `eun` is `` + `eu` + `n`, `choi` is `ch` + `oi` + ``.
struct KoreanSpelling: Hashable, Sendable {
  /// Consonant letters before the vowel group, glides included; empty for a vowel-initial syllable.
  var onset: String
  /// The vowel letters.
  var vowel: String
  /// Consonant letters after the vowel group.
  var coda: String

  /// The whole syllable.
  var text: String { onset + vowel + coda }

  static func isVowel(_ c: Character) -> Bool { c == "a" || c == "e" || c == "i" || c == "o" || c == "u" }

  /// Codas a Korean syllable's English spelling ends in, longest first. Korean syllables end in
  /// a vowel or in n, ng, m, l, k, p, t; the rest are spellings of those (r for l, ck and kk for k).
  static let codas = ["ng", "ck", "kk", "rk", "hn", "hm", "hl", "c", "n", "m", "l", "k", "p", "t", "r", "b", "g", "d", "s", "h"]

  /// Cuts one syllable, lower case (`kyung`); nil when it is not one onset, one vowel group
  /// and a coda from ``codas``.
  init?(syllable: String) {
    let letters = Array(syllable)
    guard !letters.isEmpty, letters.allSatisfy({ $0.isASCII && $0.isLetter && $0.isLowercase }) else { return nil }
    var i = 0
    while i < letters.count, !Self.isVowel(letters[i]) { i += 1 }
    // "y" and "w" are consonants here: they precede a vowel letter.
    let onsetEnd = i
    while i < letters.count, Self.isVowel(letters[i]) { i += 1 }
    guard i > onsetEnd, onsetEnd <= 3 else { return nil }
    let coda = String(letters[i...])
    guard coda.isEmpty || Self.codas.contains(coda) else { return nil }
    onset = String(letters[..<onsetEnd])
    vowel = String(letters[onsetEnd..<i])
    self.coda = coda
  }

  /// Cuts an English name part into syllables (`jongmin` → `jong` `min`, `namgung` →
  /// `nam` `gung`): between two vowel groups, the coda is the longest one of ``codas`` that
  /// leaves a consonant for the next onset. Nil when a piece is not a syllable.
  static func syllables(_ word: String) -> [KoreanSpelling]? {
    let letters = Array(word.lowercased())
    guard !letters.isEmpty else { return nil }
    var result: [KoreanSpelling] = []
    var start = 0
    var i = 0
    while i < letters.count, !isVowel(letters[i]) { i += 1 }
    while i < letters.count {
      while i < letters.count, isVowel(letters[i]) { i += 1 }
      let clusterStart = i
      while i < letters.count, !isVowel(letters[i]) { i += 1 }
      if i == letters.count {
        guard let s = KoreanSpelling(syllable: String(letters[start...])) else { return nil }
        result.append(s)
        break
      }
      let cluster = String(letters[clusterStart..<i])
      var codaLength = 0
      for coda in codas where coda.count < cluster.count && cluster.hasPrefix(coda) {
        codaLength = coda.count
        break
      }
      // A lone "y" or "w" after a consonant is the next syllable's glide (taec-yeon, hyun-woo).
      if cluster.count - codaLength == 1, let last = cluster.last, last == "y" || last == "w", codaLength == 0, cluster.count == 1 {
        codaLength = 0
      }
      let end = clusterStart + codaLength
      guard let s = KoreanSpelling(syllable: String(letters[start..<end])) else { return nil }
      result.append(s)
      start = end
    }
    return result.isEmpty ? nil : result
  }
}
