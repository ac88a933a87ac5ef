/// The Hindi side of the Korean-name model: a name cut into chunks of Devanagari scalars.
///
/// The model reads spelling, not typography: text is normalized (``HindiNormalizer``),
/// joiners and the nukta are dropped and the chandrabindu read as the anusvara, and words
/// split at spaces, hyphens and punctuation. Each chunk remembers whether a hyphen (one name
/// part written in pieces) or a space came before it.
struct KoreanNameText: Sendable {
  /// One chunk of the name.
  struct Chunk: Sendable, Hashable {
    var scalars: [Unicode.Scalar]
    /// A hyphen, not a space, separated it from the chunk before.
    var afterHyphen: Bool
    var text: String { String(String.UnicodeScalarView(scalars)) }
  }

  var chunks: [Chunk]

  /// All scalars of the name, chunk after chunk.
  var scalarCount: Int { chunks.reduce(0) { $0 + $1.scalars.count } }

  /// Cuts a name; `normalizer` makes it canonical first.
  init(_ name: String, normalizer: HindiNormalizer) {
    let text = normalizer.canonical(name)
    var chunks: [Chunk] = []
    chunks.reserveCapacity(4)
    var current: [Unicode.Scalar] = []
    // A chunk's scalars never outnumber the text's bytes.
    let capacity = min(text.utf8.count, 32)
    var hyphen = false
    var pendingHyphen = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case " ", "\t", "\n", ",", ".", ";", ":", "(", ")", "\"", "'", "\u{0964}", "\u{0965}":
        if !current.isEmpty {
          chunks.append(Chunk(scalars: current, afterHyphen: hyphen))
          current = []
        }
        pendingHyphen = false
        hyphen = false
      case "-":
        if !current.isEmpty {
          chunks.append(Chunk(scalars: current, afterHyphen: hyphen))
          current = []
          pendingHyphen = true
        } else if !chunks.isEmpty {
          pendingHyphen = true
        }
      case "\u{200C}", "\u{200D}", "\u{093C}":
        continue
      default:
        if current.isEmpty {
          hyphen = pendingHyphen && !chunks.isEmpty
          current.reserveCapacity(capacity)
        }
        pendingHyphen = false
        current.append(scalar == "\u{0901}" ? "\u{0902}" : scalar)
      }
    }
    if !current.isEmpty { chunks.append(Chunk(scalars: current, afterHyphen: hyphen)) }
    self.chunks = chunks
  }

  /// Whether the name has any Devanagari letter.
  var hasDevanagari: Bool {
    chunks.contains { $0.scalars.contains(where: Devanagari.contains) }
  }

  /// A mark that belongs to the letter before it: a syllable never starts at one.
  @inline(__always) static func isCombining(_ s: Unicode.Scalar) -> Bool { Devanagari.isCombining(s) }

  /// The vowel letter for a vowel sign (ु → उ), or nil.
  static func independentVowel(forSign sign: Unicode.Scalar) -> Unicode.Scalar? {
    let letters: [UInt32: UInt32] = [
      0x093E: 0x0906, 0x093F: 0x0907, 0x0940: 0x0908, 0x0941: 0x0909, 0x0942: 0x090A,
      0x0943: 0x090B, 0x0945: 0x090D, 0x0946: 0x090E, 0x0947: 0x090F, 0x0948: 0x0910,
      0x0949: 0x0911, 0x094A: 0x0912, 0x094B: 0x0913, 0x094C: 0x0914,
    ]
    return letters[sign.value].flatMap(Unicode.Scalar.init)
  }
}
