import Foundation

/// A real rendering of a Korean name: the Hindi as printed, and the person's English name.
public struct KoreanNamePair: Sendable, Hashable {
  /// The Devanagari as it was printed.
  public var hindi: String
  /// The person's English name, surname first (`Lee Jae-myung`).
  public var english: String
  /// Whether the Hindi writes the given name first (`क्यूंग-ही सोंग`).
  public var givenNameFirst: Bool

  /// Creates a pair.
  public init(hindi: String, english: String, givenNameFirst: Bool = false) {
    self.hindi = hindi
    self.english = english
    self.givenNameFirst = givenNameFirst
  }
}

/// An English Korean name cut into syllables: `Lee Jae-myung` → [lee] [jae, myung].
struct KoreanEnglishName: Sendable, Hashable {
  var surname: [KoreanSpelling]
  var given: [KoreanSpelling]

  /// Parses `Surname Given-name` (the given name hyphenated, spaced or run together);
  /// nil when a part is not made of Korean syllables.
  init?(_ english: String) {
    let words = english.split(whereSeparator: { $0 == " " }).map(String.init)
    guard words.count >= 2, let surname = KoreanSpelling.syllables(words[0]) else { return nil }
    var given: [KoreanSpelling] = []
    for word in words.dropFirst() {
      for piece in word.split(separator: "-") {
        guard let s = KoreanSpelling.syllables(String(piece)) else { return nil }
        given += s
      }
    }
    guard !given.isEmpty else { return nil }
    self.surname = surname
    self.given = given
  }

  /// The name as ``KoreanNameTables/names`` keys it: `park geun-hye`.
  var key: String {
    surname.map(\.text).joined() + " " + given.map(\.text).joined(separator: "-")
  }
}

extension KoreanChannel {
  /// Learns the channel from real pairs: each pair's Hindi is aligned with its English
  /// spelling's letter groups (the best alignment under the current channel; a rendering the
  /// channel has not seen costs `novelLogProbability` per scalar), the renderings are
  /// counted, and the channel is re-estimated, `iterations` times (hard EM).
  ///
  /// Pairs whose English is not a Korean name of the usual shape, or whose Hindi cannot be
  /// aligned, are left out and returned in `skipped`.
  public static func train(
    pairs: [KoreanNamePair], orthography: KoreanOrthography, iterations: Int = 5
  ) -> (channel: KoreanChannel, skipped: [KoreanNamePair]) {
    var channel = KoreanChannel(counts: [:], orthography: orthography)
    var skipped: [KoreanNamePair] = []
    let normalizer = HindiNormalizer()
    let prepared: [(KoreanNamePair, KoreanNameText, [KoreanSpelling])?] = pairs.map { pair in
      guard let name = KoreanEnglishName(pair.english) else { return nil }
      let text = KoreanNameText(pair.hindi, normalizer: normalizer)
      let order = pair.givenNameFirst ? name.given + name.surname : name.surname + name.given
      return (pair, text, order)
    }
    for _ in 0..<max(1, iterations) {
      var counts: [Unit: [String: Double]] = [:]
      skipped = []
      for (i, item) in prepared.enumerated() {
        guard let (_, text, syllables) = item, let alignment = channel.align(text, syllables) else {
          skipped.append(pairs[i])
          continue
        }
        for (unit, hindi) in alignment { counts[unit, default: [:]][hindi, default: 0] += 1 }
      }
      channel = KoreanChannel(counts: counts, orthography: orthography)
    }
    return (channel, skipped)
  }

  /// Log-probability of a rendering the channel does not list, per scalar it covers: low
  /// enough that listed renderings win whenever they explain the text.
  static let novelLogProbability = -8.0

  /// The longest rendering of one unit, in scalars.
  static let maximumUnitScalars = 5

  /// Whether Devanagari can write a letter group of this slot: an onset starts with a
  /// consonant letter (with ि before a glide: हिय); a syllable-initial vowel with a vowel letter or a glide (य, व); a vowel
  /// after an onset is vowel signs, vowel letters, a virama and glide, or nothing; a coda is
  /// consonants, virama and nasal marks (nothing only for a silent h). Vowels never hold a nasal mark.
  static func canRender(_ unit: Unit, _ piece: ArraySlice<Unicode.Scalar>) -> Bool {
    func consonant(_ s: Unicode.Scalar) -> Bool { (0x0915...0x0939).contains(s.value) || (0x0958...0x095F).contains(s.value) }
    func vowelLetter(_ s: Unicode.Scalar) -> Bool { (0x0904...0x0914).contains(s.value) }
    func vowelSign(_ s: Unicode.Scalar) -> Bool { (0x093E...0x094C).contains(s.value) || s.value == 0x0962 || s.value == 0x0963 }
    func glide(_ s: Unicode.Scalar) -> Bool { s.value == 0x092F || s.value == 0x0935 }
    let virama: Unicode.Scalar = "\u{094D}"
    // Only a vowel (the inherent one) or a silent h goes unwritten.
    guard let first = piece.first else { return unit.slot == .vowel || (unit.slot == .coda && unit.letters == "h") }
    switch unit.slot.base {
    case .onset:
      return consonant(first) && piece.allSatisfy { consonant($0) || $0 == virama || $0 == "\u{093F}" }
    case .initialVowel:
      return (vowelLetter(first) || glide(first)) && piece.allSatisfy { vowelLetter($0) || vowelSign($0) || glide($0) || $0 == virama }
    case .vowel:
      return !consonant(first) && piece.allSatisfy { vowelLetter($0) || vowelSign($0) || glide($0) || $0 == virama }
    case .coda, .openVowel, .openInitialVowel:
      return (consonant(first) || first == "\u{0902}" || first == "\u{0901}")
        && piece.allSatisfy { consonant($0) || $0 == virama || $0 == "\u{0902}" || $0 == "\u{0901}" }
    }
  }

  /// The best alignment of a name's Hindi with its syllables' units, in order; nil when none
  /// respects the chunks (a chunk boundary is always a syllable boundary).
  func align(_ text: KoreanNameText, _ syllables: [KoreanSpelling]) -> [(Unit, String)]? {
    var scalars: [Unicode.Scalar] = []
    var chunkStart = Set<Int>()
    for chunk in text.chunks {
      chunkStart.insert(scalars.count)
      scalars += chunk.scalars
    }
    let n = scalars.count
    var units: [Unit] = []
    var syllableStart = Set<Int>()
    for s in syllables {
      syllableStart.insert(units.count)
      units += Self.units(s)
    }
    let m = units.count
    guard n > 0, m > 0 else { return nil }
    let lookup: [[String: Double]] = units.map { unit in
      Dictionary(renderings(unit).map { ($0.hindi, $0.logProbability) }, uniquingKeysWith: max)
    }
    // best[j][i]: best score with units 0..<j covering scalars 0..<i.
    var best = [[Double]](repeating: [Double](repeating: -.infinity, count: n + 1), count: m + 1)
    var back = [[Int]](repeating: [Int](repeating: -1, count: n + 1), count: m + 1)
    best[0][0] = 0
    for j in 0..<m {
      let unit = units[j]
      let startsSyllable = syllableStart.contains(j)
      let endsSyllable = j + 1 == m || syllableStart.contains(j + 1)
      for i in 0...n where best[j][i] > -.infinity {
        if startsSyllable && i < n && KoreanNameText.isCombining(scalars[i]) { continue }
        let minimum = unit.slot == .onset || unit.slot == .initialVowel ? 1 : 0
        for length in minimum...Self.maximumUnitScalars where i + length <= n {
          let end = i + length
          // A unit never spans a chunk boundary, and only a syllable ends at one.
          if length > 1, (i + 1..<end).contains(where: chunkStart.contains) { break }
          if end < n, chunkStart.contains(end), !endsSyllable { continue }
          guard Self.canRender(unit, scalars[i..<end]) else { continue }
          // The inherent vowel goes unwritten only in a closed syllable (जंग, हन): a bare
          // consonant before a syllable break is a coda, never a syllable of its own.
          if length == 0, unit.slot == .vowel, endsSyllable { continue }
          let piece = String(String.UnicodeScalarView(scalars[i..<end]))
          let lp = lookup[j][piece] ?? Self.novelLogProbability * Double(max(length, 1))
          let score = best[j][i] + lp
          if score > best[j + 1][end] {
            best[j + 1][end] = score
            back[j + 1][end] = i
          }
        }
      }
    }
    // An alignment that needs many renderings nobody listed is a pair of another shape (initials,
    // a stage name, a misprint): it is left out rather than taught.
    guard best[m][n] > Self.novelLogProbability * Double(m) / 2 else { return nil }
    var result: [(Unit, String)] = []
    var i = n
    for j in stride(from: m, to: 0, by: -1) {
      let start = back[j][i]
      result.append((units[j - 1], String(String.UnicodeScalarView(scalars[start..<i]))))
      i = start
    }
    return result.reversed()
  }
}
