/// The channel's letter groups by their Devanagari renderings, for reading given-name
/// syllables the prior does not list: an onset, a vowel group and a coda whose renderings make
/// up a piece of the name.
///
/// Pieces and letters are packed in integers, so that reading a piece builds no string: a
/// piece of at most eight Devanagari scalars is one byte per scalar, and a spelling of at most
/// twelve letters a–z is five bits per letter, first letter highest, so that packed spellings
/// sort as their text does.
struct LetterGroupIndex: Sendable {
  /// One letter group with one of its renderings.
  struct Group: Sendable {
    /// The letters (a vowel learned after a glide without its mark), packed, and how many.
    var packed: UInt64
    var count: Int
    /// An onset that ends in a glide (y, w); a vowel group learned after one.
    var glide: Bool
    /// Log P(rendering | letters), from the channel.
    var logProbability: Double
    /// Log share of the letters among real spellings, when they have one.
    var prior: Double?
  }

  /// Groups by packed rendering, per slot (``KoreanChannel/Slot/allCases`` order), in the
  /// order of their units.
  private var bySlot: [[UInt64: [Group]]]
  /// The empty onset (a syllable that starts with its vowel) and the empty coda.
  let noOnset: [Group]
  let noCoda: [Group]

  static let maximumLetters = 12

  init(channel: KoreanChannel, units: [KoreanChannel.Unit], renderingsPerUnit: Int, prior: KoreanNamePrior) {
    bySlot = Array(repeating: [:], count: KoreanChannel.Slot.allCases.count)
    noOnset = [Group(packed: 0, count: 0, glide: false, logProbability: 0, prior: prior.novelOnset[""])]
    noCoda = [Group(packed: 0, count: 0, glide: false, logProbability: 0, prior: prior.novelCoda[""])]
    for unit in units {
      let slot = Self.slotIndex(unit.slot)
      let glide = unit.letters.hasPrefix(KoreanChannel.afterGlide)
      let letters = glide ? String(unit.letters.dropFirst()) : unit.letters
      // Letter groups other than a–z, or too long to pack, cannot be part of a syllable: they
      // keep their place in the lists and are never read.
      let packed = Self.pack(letters)
      let share: Double?
      switch unit.slot.base {
      case .onset: share = prior.novelOnset[letters]
      case .coda: share = prior.novelCoda[letters]
      default: share = prior.novelVowel[letters]
      }
      for r in channel.renderings(unit).prefix(renderingsPerUnit) {
        guard let key = Self.key(r.hindi.unicodeScalars) else { continue }
        let isGlide = unit.slot == .onset ? (letters.last.map { $0 == "y" || $0 == "w" } ?? false) : glide
        bySlot[slot][key, default: []].append(Group(
          packed: packed ?? 0, count: packed == nil ? Self.maximumLetters + 1 : letters.utf8.count, glide: isGlide,
          logProbability: r.logProbability, prior: share))
      }
    }
  }

  /// The groups of `slot` rendered as the piece packed in `key`.
  @inline(__always) func groups(_ slot: KoreanChannel.Slot, _ key: UInt64) -> [Group]? {
    bySlot[Self.slotIndex(slot)][key]
  }

  @inline(__always) static func slotIndex(_ slot: KoreanChannel.Slot) -> Int {
    switch slot {
    case .onset: 0
    case .vowel: 1
    case .initialVowel: 2
    case .coda: 3
    case .openVowel: 4
    case .openInitialVowel: 5
    }
  }

  /// One scalar of a piece as a byte (U+0900–U+097F → 1...128), or nil.
  @inline(__always) static func byte(_ s: Unicode.Scalar) -> UInt64? {
    let low = s.value &- 0x0900
    return low < 0x80 ? UInt64(low + 1) : nil
  }

  /// A piece of at most eight Devanagari scalars, packed; 0 for the empty piece.
  static func key(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64? {
    var key: UInt64 = 0
    var n = 0
    for s in scalars {
      guard n < 8, let b = byte(s) else { return nil }
      key = key << 8 | b
      n += 1
    }
    return key
  }

  /// Letters a–z, five bits each, right-aligned; nil for other letters or more than twelve.
  static func pack(_ letters: String) -> UInt64? {
    var packed: UInt64 = 0
    var n = 0
    for b in letters.utf8 {
      guard n < maximumLetters, b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") else { return nil }
      packed = packed << 5 | UInt64(b - UInt8(ascii: "a") + 1)
      n += 1
    }
    return packed
  }

  /// Codas of ``KoreanSpelling/codas``, packed, with their lengths.
  static let codas: [(packed: UInt64, count: Int)] = KoreanSpelling.codas.compactMap { c in
    pack(c).map { ($0, c.utf8.count) }
  }

  /// The letter of a packed spelling of `count` letters at `i` (1 = a).
  @inline(__always) static func letter(_ packed: UInt64, _ count: Int, _ i: Int) -> UInt64 {
    (packed >> UInt64(5 * (count - 1 - i))) & 31
  }

  @inline(__always) static func isVowel(_ letter: UInt64) -> Bool {
    letter == 1 || letter == 5 || letter == 9 || letter == 15 || letter == 21
  }

  /// Whether a packed spelling is one syllable, as ``KoreanSpelling/init(syllable:)`` decides.
  static func isSyllable(_ packed: UInt64, count: Int) -> Bool {
    guard count > 0 else { return false }
    var i = 0
    while i < count, !isVowel(letter(packed, count, i)) { i += 1 }
    let onsetEnd = i
    while i < count, isVowel(letter(packed, count, i)) { i += 1 }
    guard i > onsetEnd, onsetEnd <= 3 else { return false }
    let rest = count - i
    if rest == 0 { return true }
    let coda = packed & ((1 << UInt64(5 * rest)) - 1)
    return codas.contains { $0.count == rest && $0.packed == coda }
  }

  /// The text of a packed spelling.
  static func text(_ packed: UInt64, count: Int) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for i in 0..<count { bytes.append(UInt8(letter(packed, count, i)) + UInt8(ascii: "a") - 1) }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension KoreanNameRomanizer {
  /// Up to three syllables the prior does not list for `all[start..<end]`, read from the
  /// channel's letter groups, likeliest first (equal ones by spelling), appended to `out`.
  func novelSyllables(_ all: [Unicode.Scalar], _ start: Int, _ end: Int, into out: inout [(spelling: String, logProbability: Double)]) {
    let n = end - start
    // Each piece of the span, packed; nil when a scalar is not Devanagari or it is too long.
    func key(_ a: Int, _ b: Int) -> UInt64? {
      guard b - a <= 8 else { return nil }
      var key: UInt64 = 0
      for i in (start + a)..<(start + b) {
        guard let byte = LetterGroupIndex.byte(all[i]) else { return nil }
        key = key << 8 | byte
      }
      return key
    }
    // The best of each spelling: packed left-aligned, so that order is the spelling's order.
    var found: [(spelling: UInt64, count: Int, logProbability: Double)] = []
    let width = UInt64(5 * LetterGroupIndex.maximumLetters)
    for a in 0..<n {
      let onsets: [LetterGroupIndex.Group]
      if a == 0 {
        onsets = letterGroups.noOnset
      } else {
        guard let k = key(0, a), let listed = letterGroups.groups(.onset, k) else { continue }
        onsets = listed
      }
      for b in a...n {
        let vowelSlot: KoreanChannel.Slot = a == 0 ? (b == n ? .openInitialVowel : .initialVowel) : (b == n ? .openVowel : .vowel)
        guard let vk = key(a, b), let vowels = letterGroups.groups(vowelSlot, vk) else { continue }
        let codas: [LetterGroupIndex.Group]
        if b == n {
          codas = letterGroups.noCoda
        } else {
          guard let ck = key(b, n), let listed = letterGroups.groups(.coda, ck) else { continue }
          codas = listed
        }
        for o in onsets.prefix(3) {
          for v in vowels.prefix(3) where v.glide == o.glide {
            for c in codas.prefix(3) where !(b == a && c.count == 0) {
              let count = o.count + v.count + c.count
              guard count <= LetterGroupIndex.maximumLetters else { continue }
              let packed = (o.packed << UInt64(5 * (v.count + c.count))) | (v.packed << UInt64(5 * c.count)) | c.packed
              guard LetterGroupIndex.isSyllable(packed, count: count),
                let po = o.prior, let pv = v.prior, let pc = c.prior
              else { continue }
              // The channel's probability, and the letter groups' share among real spellings.
              let lp = o.logProbability + v.logProbability + c.logProbability + po + pv + pc
              let spelling = packed << (width - UInt64(5 * count))
              if let i = found.firstIndex(where: { $0.spelling == spelling }) {
                if lp > found[i].logProbability { found[i].logProbability = lp }
              } else {
                found.append((spelling, count, lp))
              }
            }
          }
        }
      }
    }
    found.sort { $0.logProbability != $1.logProbability ? $0.logProbability > $1.logProbability : $0.spelling < $1.spelling }
    for f in found.prefix(3) {
      out.append((LetterGroupIndex.text(f.spelling >> (width - UInt64(5 * f.count)), count: f.count), f.logProbability))
    }
  }
}
