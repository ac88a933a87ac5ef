/// Text in canonical form, with the map back to the caller's original string.
public struct NormalizedText: Sendable, Hashable {
  /// The caller's text.
  public let original: String
  /// The canonical text (see ``HindiNormalizer``).
  public let text: String
  /// Maps UTF-8 offsets of ``text`` to UTF-8 offsets of ``original``.
  public let offsetMap: OffsetMap

  /// The UTF-8 range of ``original`` that produced a UTF-8 range of ``text``.
  public func originalUTF8Range(for normalized: Range<Int>) -> Range<Int> {
    offsetMap.sourceRange(for: normalized)
  }

  /// The range of ``original`` that produced a range of ``text``, as string indices.
  public func originalRange(for normalized: Range<String.Index>) -> Range<String.Index> {
    let lower = text.utf8.distance(from: text.utf8.startIndex, to: normalized.lowerBound)
    let upper = text.utf8.distance(from: text.utf8.startIndex, to: normalized.upperBound)
    let mapped = originalUTF8Range(for: lower..<upper)
    return original.utf8Range(mapped)
  }
}

extension String {
  /// String indices for a UTF-8 offset range. O(1) on native strings.
  func utf8Range(_ range: Range<Int>) -> Range<String.Index> {
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let upper = utf8.index(lower, offsetBy: range.count)
    return lower..<upper
  }
}

/// Puts text into HinGloss's canonical form, keeping a map back to the input.
///
/// Canonical text is display-safe:
/// - Unicode NFC (ICU), which also gives Devanagari nukta letters one form: U+0958–U+095F
///   are composition exclusions, so क़ becomes क + ◌़ while ऩ, ऱ and ऴ stay composed;
/// - zero-width characters that carry no meaning are removed (U+200B, U+2060, U+FEFF,
///   U+00AD, U+180E, and ZWJ/ZWNJ except right after a consonant's virama (consonant,
///   optional nukta, virama), where they select a half form or block a conjunct);
/// - hyphen and dash variants (U+2010–U+2015, U+2212, U+FE58, U+FE63, U+FF0D) become `-`;
/// - space variants (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000) become a space.
///
/// Text that is already canonical is returned without copying.
///
///     let n = HindiNormalizer().normalize("\u{0958}ानून")   // precomposed क़ (U+0958)
///     n.text.unicodeScalars.count  // 6: क ◌़ ◌ा न ◌ू न
///     n.originalUTF8Range(for: 0..<6)  // 0..<3: क ◌़ came from the one scalar U+0958
///
/// `HindiNormalizer` is a value without state; share it freely.
public struct HindiNormalizer: Sendable, Hashable {
  /// Creates a normalizer.
  public init() {}

  /// Normalizes `text` and maps every position back to it.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public func normalize(_ text: String) -> NormalizedText {
    var text = text
    text.makeContiguousUTF8()
    if Self.isCanonicalQuick(text) {
      return NormalizedText(original: text, text: text, offsetMap: .identity(length: text.utf8.count))
    }
    let source = Array(text.utf8)
    if let (canonical, map) = canonicalize(source) {
      var result = String(decoding: canonical, as: UTF8.self)
      var offsetMap = map
      // Removing a character can bring marks together that NFC orders or composes
      // (virama, ZWSP, nukta), and NFC can move a joiner away from its virama: pass again
      // until the text is stable, so that canonical text is its own canonical form.
      var current = canonical
      for _ in 0..<3 {
        guard let (again, map2) = canonicalize(current) else { break }
        current = again
        result = String(decoding: again, as: UTF8.self)
        offsetMap = map2.composed(with: offsetMap)
      }
      return NormalizedText(original: text, text: result, offsetMap: offsetMap)
    }
    return NormalizedText(original: text, text: text, offsetMap: .identity(length: source.count))
  }

  /// Whether `text` is already canonical.
  public func isNormalized(_ text: String) -> Bool {
    Self.isCanonicalQuick(text) || canonicalize(Array(text.utf8)) == nil
  }

  /// The canonical form of `text`, without the offset map.
  public func canonical(_ text: String) -> String {
    Self.isCanonicalQuick(text) ? text : normalize(text).text
  }

  /// Whether `text` is canonical, decided without building anything: when no scalar is
  /// dropped or replaced, ``canonicalize(_:)`` changes the text exactly when NFC changes one
  /// of its segments, and NFC leaves every segment alone exactly when it leaves the whole
  /// text alone (segments start where nothing interacts across, so NFC of the text is the
  /// concatenation of NFC of its segments, each canonically equivalent to its input).
  ///
  /// ICU checks the text one space-separated run at a time: a space is NFC-inert (it never
  /// composes, reorders or decomposes), so the text is NFC exactly when every run is, and
  /// the UTF-16 copy ICU needs stays as small as the longest run.
  ///
  /// Returns false when it cannot tell cheaply; the caller then takes the full path.
  static func isCanonicalQuick(_ text: String) -> Bool {
    if isPlain(text) { return true }
    var units: [UInt16] = []
    var runIsASCII = true
    var previous = Context()
    for scalar in text.unicodeScalars {
      if scalar == " " {
        // ASCII runs have no marks to compose or reorder.
        if !runIsASCII && !ICU.Normalization.nfc.isNormalized(units) { return false }
        units.removeAll(keepingCapacity: true)
        runIsASCII = true
        previous.push(scalar)
        continue
      }
      if scalar.isASCII {
        units.append(UInt16(scalar.value))
      } else {
        guard case .keep = action(for: scalar, after: previous) else { return false }
        units.append(contentsOf: UTF16.encode(scalar)!)
        runIsASCII = false
      }
      previous.push(scalar)
    }
    return runIsASCII || ICU.Normalization.nfc.isNormalized(units)
  }

  /// Whether `text` is made only of printable ASCII and of Devanagari letters and signs other
  /// than the nukta, the nukta letters (U+0958–U+095F) and the stress marks: such text is
  /// canonical without asking ICU. Nothing in it is dropped or replaced; the virama is its
  /// only mark with a non-zero combining class, so NFC reorders nothing; and nothing
  /// composes (in Devanagari only a letter and the nukta compose).
  static func isPlain(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      var i = 0
      while i < b.count {
        let c = b[i]
        if c >= 0x20 && c < 0x7F {
          i += 1
          continue
        }
        guard c == 0xE0, i + 2 < b.count, b[i + 1] == 0xA4 || b[i + 1] == 0xA5 else { return false }
        let low = (b[i + 1] & 1) << 6 | (b[i + 2] & 0x3F)
        if low == 0x3C || (0x51...0x54).contains(low) || (0x58...0x5F).contains(low) { return false }
        i += 3
      }
      return true
    }
  }

  /// Returns nil when the input is already canonical.
  private func canonicalize(_ source: [UInt8]) -> ([UInt8], OffsetMap)? {
    let nfc = ICU.Normalization.nfc
    var output: [UInt8] = []
    var builder = OffsetMapBuilder()
    var changed = false
    // A pending NFC segment: source byte range and its scalars.
    var pendingStart = 0
    var pending: [Unicode.Scalar] = []
    var pendingInert = true
    var previous = Context()

    func flushPending(upTo end: Int) {
      guard !pending.isEmpty else { return }
      if pendingInert || (pending.count == 1 && Self.stableAlone(pending[0])) {
        let d = output.count
        output.append(contentsOf: source[pendingStart..<end])
        builder.identity(derived: d, source: pendingStart, length: end - pendingStart)
      } else {
        var units: [UInt16] = []
        for s in pending { units.append(contentsOf: UTF16.encode(s)!) }
        let normalized = (try? nfc.normalize(units)) ?? units
        let d = output.count
        if normalized == units {
          output.append(contentsOf: source[pendingStart..<end])
          builder.identity(derived: d, source: pendingStart, length: end - pendingStart)
        } else {
          changed = true
          output.append(contentsOf: String(decoding: normalized, as: UTF16.self).utf8)
          builder.replacement(
            derived: d, derivedLength: output.count - d, source: pendingStart, sourceLength: end - pendingStart)
        }
      }
      pending.removeAll(keepingCapacity: true)
      pendingInert = true
    }

    var i = 0
    while i < source.count {
      let (scalar, length) = Self.decode(source, at: i)
      let next = i + length
      switch Self.action(for: scalar, after: previous) {
      case .keep:
        // Every scalar, ASCII too, joins the NFC segment it belongs to (e + U+0300
        // composes to è).
        let props = Self.properties(of: scalar)
        if pending.isEmpty || props.boundaryBefore {
          flushPending(upTo: i)
          pendingStart = i
        }
        pending.append(scalar)
        if !props.inert { pendingInert = false }
      case .drop:
        flushPending(upTo: i)
        changed = true
        builder.replacement(derived: output.count, derivedLength: 0, source: i, sourceLength: length)
      case .replace(let replacement):
        flushPending(upTo: i)
        changed = true
        let d = output.count
        output.append(replacement)
        builder.replacement(derived: d, derivedLength: 1, source: i, sourceLength: length)
      }
      previous.push(scalar)
      i = next
    }
    flushPending(upTo: source.count)
    guard changed else { return nil }
    return (output, builder.finish(derivedLength: output.count, sourceLength: source.count))
  }

  private enum Action { case keep, drop, replace(UInt8) }

  /// NFC properties of the first 4,096 code points (Latin through Devanagari and the other
  /// Indic blocks), asked of ICU once; other scalars are asked each time.
  private static let table: [UInt8] = (0..<0x1000).map { v -> UInt8 in
    guard let s = Unicode.Scalar(UInt32(v)) else { return 0 }
    return (ICU.Normalization.nfc.isInert(s) ? 1 : 0) | (ICU.Normalization.nfc.hasBoundaryBefore(s) ? 2 : 0)
  }

  /// Whether a scalar on its own is unchanged by NFC (true for all but singletons and
  /// composition exclusions such as U+0958).
  private static let stableTable: [Bool] = (0..<0x1000).map { v in
    guard let s = Unicode.Scalar(UInt32(v)) else { return true }
    let units = Array(String(s).utf16)
    return (try? ICU.Normalization.nfc.normalize(units)) == units
  }

  @inline(__always)
  private static func stableAlone(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x1000 { return stableTable[Int(s.value)] }
    let units = Array(String(s).utf16)
    return (try? ICU.Normalization.nfc.normalize(units)) == units
  }

  @inline(__always)
  private static func properties(of s: Unicode.Scalar) -> (inert: Bool, boundaryBefore: Bool) {
    if s.value < 0x1000 {
      let bits = table[Int(s.value)]
      return (bits & 1 != 0, bits & 2 != 0)
    }
    return (ICU.Normalization.nfc.isInert(s), ICU.Normalization.nfc.hasBoundaryBefore(s))
  }

  /// The last three scalars before the current one, most recent first.
  struct Context {
    var last: UInt32 = 0x20
    var beforeLast: UInt32 = 0x20
    var third: UInt32 = 0x20

    @inline(__always)
    mutating func push(_ s: Unicode.Scalar) {
      third = beforeLast
      beforeLast = last
      last = s.value
    }

    /// Whether the scalars before end in a consonant's virama: consonant, optional nukta,
    /// virama. Only there does a joiner select a half form or block a conjunct, and only
    /// there is its place stable: the consonant starts the run of marks, so NFC never moves
    /// the virama away from the joiner, however marks around it are reordered. (A joiner
    /// after a virama that follows some other mark could lose its virama to NFC's reordering
    /// once a neighbouring joiner is removed, one joiner per pass.)
    @inline(__always)
    var endsWithConsonantVirama: Bool {
      last == Devanagari.virama
        && (Devanagari.isConsonant(beforeLast) || (beforeLast == Devanagari.nukta && Devanagari.isConsonant(third)))
    }
  }

  private static func action(for scalar: Unicode.Scalar, after previous: Context) -> Action {
    let v = scalar.value
    if v < 0x80 || Devanagari.contains(v) { return .keep }
    if Devanagari.isDroppedInvisible(v) { return .drop }
    if Devanagari.isJoiner(v) { return previous.endsWithConsonantVirama ? .keep : .drop }
    if Devanagari.isDashVariant(v) { return .replace(UInt8(ascii: "-")) }
    if Devanagari.isSpaceVariant(v) { return .replace(UInt8(ascii: " ")) }
    return .keep
  }

  /// Decodes one scalar; a malformed sequence decodes as U+FFFD of length 1. (Swift
  /// strings are valid UTF-8, so this only matters for callers passing raw bytes.)
  @inline(__always)
  static func decode(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
    let b0 = bytes[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    var it = bytes[i...].makeIterator()
    var decoder = UTF8()
    switch decoder.decode(&it) {
    case .scalarValue(let s): return (s, UTF8.width(s))
    default: return ("\u{FFFD}", 1)
    }
  }
}
