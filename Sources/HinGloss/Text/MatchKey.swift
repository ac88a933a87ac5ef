/// The aggressive folding that makes spelling variants of one name meet.
///
/// A match key is for lookup only, never for display. It folds what Hindi writers vary when
/// they write foreign names, by the rules in ``MatchKey/table``:
///
/// | fold | example |
/// | --- | --- |
/// | chandrabindu → anusvara | हँस / हंस |
/// | vowel sign AA + nasal → nasal | कूपांग / कूपंग |
/// | nasal consonant + virama before a consonant → anusvara | क्यूङ्ग / क्यूंग, हिन्द / हिंद |
/// | nukta removed | ज़ी / जी |
/// | long vowel → short (ई ऊ ◌ी ◌ू) | बीओम / बिओम |
/// | candra O and E → O and E (ऑ ◌ॉ ऍ ◌ॅ) | डॉक्टर / डोक्टर |
/// | ZWJ, ZWNJ removed | क्‍ष / क्ष |
/// | hyphen → space; runs of spaces → one | योंग-बीओम / योंग बीओम |
/// | ASCII letters lowercased | ICT / ict |
///
/// Everything else stays apart: aspiration (कल / खल), vowel quality (कम / काम, मेल / मैल,
/// ओर / और), consonants. Keys are computed on canonical text (``HindiNormalizer``).
public struct MatchKey: Sendable, Hashable, CustomStringConvertible {
  /// The folded text.
  public let text: String
  /// Maps UTF-8 offsets of ``text`` to the text the key was made from.
  public let offsetMap: OffsetMap

  public var description: String { text }

  /// One row of the folding table.
  public struct Fold: Sendable, Hashable {
    /// The scalars replaced.
    public var from: String
    /// Their replacement (empty: removed).
    public var to: String
    /// Whether the fold applies only when a Devanagari consonant follows.
    public var onlyBeforeConsonant: Bool
    /// Why the fold exists.
    public var reason: String
  }

  /// The folding table, in the order the rules are tried (longest `from` first at a position).
  public static let table: [Fold] = {
    var rows: [Fold] = [
      Fold(
        from: "\u{0901}", to: "\u{0902}", onlyBeforeConsonant: false,
        reason: "chandrabindu and anusvara both mark nasality"),
      Fold(
        from: "\u{093E}\u{0902}", to: "\u{0902}", onlyBeforeConsonant: false,
        reason: "कूपांग / कूपंग: AA before a nasal against the inherent vowel"),
      Fold(
        from: "\u{093E}\u{0901}", to: "\u{0902}", onlyBeforeConsonant: false,
        reason: "AA + chandrabindu against the inherent vowel + nasal"),
      Fold(from: "\u{093C}", to: "", onlyBeforeConsonant: false, reason: "nukta: ज़ / ज, फ़ / फ"),
      Fold(from: "\u{0929}", to: "\u{0928}", onlyBeforeConsonant: false, reason: "ऩ is न + nukta"),
      Fold(from: "\u{0931}", to: "\u{0930}", onlyBeforeConsonant: false, reason: "ऱ is र + nukta"),
      Fold(from: "\u{0934}", to: "\u{0933}", onlyBeforeConsonant: false, reason: "ऴ is ळ + nukta"),
      Fold(from: "\u{0940}", to: "\u{093F}", onlyBeforeConsonant: false, reason: "long and short i signs"),
      Fold(from: "\u{0942}", to: "\u{0941}", onlyBeforeConsonant: false, reason: "long and short u signs"),
      Fold(from: "\u{0908}", to: "\u{0907}", onlyBeforeConsonant: false, reason: "long and short independent i"),
      Fold(from: "\u{090A}", to: "\u{0909}", onlyBeforeConsonant: false, reason: "long and short independent u"),
      Fold(from: "\u{0949}", to: "\u{094B}", onlyBeforeConsonant: false, reason: "candra O sign (ॉ) against O"),
      Fold(from: "\u{0911}", to: "\u{0913}", onlyBeforeConsonant: false, reason: "independent candra O against O"),
      Fold(from: "\u{0945}", to: "\u{0947}", onlyBeforeConsonant: false, reason: "candra E sign against E"),
      Fold(from: "\u{090D}", to: "\u{090F}", onlyBeforeConsonant: false, reason: "independent candra E against E"),
      Fold(from: "\u{200C}", to: "", onlyBeforeConsonant: false, reason: "ZWNJ only changes the rendering"),
      Fold(from: "\u{200D}", to: "", onlyBeforeConsonant: false, reason: "ZWJ only changes the rendering"),
      Fold(from: "-", to: " ", onlyBeforeConsonant: false, reason: "योंग-बीओम / योंग बीओम"),
    ]
    // Nasal consonant + virama before a consonant is written with anusvara as often.
    for nasal in Devanagari.nasalConsonants {
      rows.append(
        Fold(
          from: String(Unicode.Scalar(nasal)!) + "\u{094D}", to: "\u{0902}", onlyBeforeConsonant: true,
          reason: "nasal + virama against anusvara (क्यूङ्ग / क्यूंग)"))
    }
    // Precomposed nukta letters, in case the key is made from non-canonical text.
    let bases: [UInt32] = [0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F]
    for (offset, base) in bases.enumerated() {
      rows.append(
        Fold(
          from: String(Unicode.Scalar(0x0958 + UInt32(offset))!), to: String(Unicode.Scalar(base)!),
          onlyBeforeConsonant: false, reason: "precomposed nukta letter"))
    }
    return rows
  }()

  /// Rules indexed by their first scalar, longest first.
  private static let index: [Unicode.Scalar: [(from: [Unicode.Scalar], to: [UInt8], beforeConsonant: Bool)]] = {
    var index: [Unicode.Scalar: [(from: [Unicode.Scalar], to: [UInt8], beforeConsonant: Bool)]] = [:]
    for row in table {
      let from = Array(row.from.unicodeScalars)
      index[from[0], default: []].append((from, Array(row.to.utf8), row.onlyBeforeConsonant))
    }
    for key in index.keys { index[key]!.sort { $0.from.count > $1.from.count } }
    return index
  }()

  /// ``index`` for the scalars below U+0980 (ASCII and Devanagari), without hashing:
  /// `slots[v]` is a position in `rules`, or -1.
  private static let smallIndex:
    (slots: [Int8], rules: [[(from: [Unicode.Scalar], to: [UInt8], beforeConsonant: Bool)]]) = {
      var slots = [Int8](repeating: -1, count: 0x980)
      var rules: [[(from: [Unicode.Scalar], to: [UInt8], beforeConsonant: Bool)]] = []
      for (key, list) in index where key.value < 0x980 {
        slots[Int(key.value)] = Int8(rules.count)
        rules.append(list)
      }
      return (slots, rules)
    }()

  /// The rules that start with `s`, longest first.
  @inline(__always)
  private static func rules(
    startingWith s: Unicode.Scalar
  ) -> [(from: [Unicode.Scalar], to: [UInt8], beforeConsonant: Bool)]? {
    if s.value < 0x980 {
      let slot = smallIndex.slots[Int(s.value)]
      return slot < 0 ? nil : smallIndex.rules[Int(slot)]
    }
    return index[s]
  }

  /// Unicode White_Space, without a property lookup for ASCII and Devanagari.
  @inline(__always)
  static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return s.value == 0x20 || (0x09...0x0D).contains(s.value) }
    if Devanagari.contains(s.value) { return false }
    return s.properties.isWhitespace
  }

  /// Makes the key of a string. The text is normalized first; ``offsetMap`` maps back to
  /// `text` itself.
  public init(_ text: String) {
    let normalized = HindiNormalizer().normalize(text)
    self.init(canonical: normalized.text)
    self = MatchKey(text: self.text, offsetMap: self.offsetMap.composed(with: normalized.offsetMap))
  }

  /// Folds until nothing changes: a fold can make a new foldable pair (कान्ये: न् becomes
  /// an anusvara after ा, and ां folds again), and a key must be its own key.
  private static func fixpoint(_ first: MatchKey) -> MatchKey {
    var key = first
    for _ in 0..<4 {
      guard Self.mayFoldAgain(key.text) else { return key }
      let again = MatchKey(singlePass: key.text)
      if again.text == key.text { return key }
      key = MatchKey(text: again.text, offsetMap: again.offsetMap.composed(with: key.offsetMap))
    }
    return key
  }

  /// ``fixpoint(_:)`` for the text alone.
  private static func fixpointText(_ first: String) -> String {
    var key = first
    for _ in 0..<4 {
      guard Self.mayFoldAgain(key) else { return key }
      let again = Self.foldText(key)
      if again == key { return key }
      key = again
    }
    return key
  }

  private init(text: String, offsetMap: OffsetMap) {
    self.text = text
    self.offsetMap = offsetMap
  }

  /// Makes the key of text that is already canonical.
  public init(canonical text: String) {
    self = Self.fixpoint(MatchKey(singlePass: text))
  }

  /// Whether a folded text still holds a pair that a pass folds: AA before a nasal, or a
  /// nasal consonant with a virama (joiners between are dropped by the pass).
  private static func mayFoldAgain(_ text: String) -> Bool {
    var previous: Unicode.Scalar = " "
    for s in text.unicodeScalars {
      if previous.value == Devanagari.vowelSignAA
        && (s.value == Devanagari.anusvara || s.value == Devanagari.chandrabindu)
      {
        return true
      }
      if s.value == Devanagari.virama && Devanagari.isNasalConsonant(previous.value) { return true }
      previous = s
    }
    return false
  }

  /// One pass of the folding table.
  private init(singlePass text: String) {
    var map = OffsetMapBuilder()
    var length = 0
    self.text = Self.fold(text, offsets: &map, sourceLength: &length, tracking: true)
    self.offsetMap = map.finish(derivedLength: self.text.utf8.count, sourceLength: length)
  }

  /// One pass of the folding table, for the text alone.
  private static func foldText(_ text: String) -> String {
    var map = OffsetMapBuilder()
    var length = 0
    return fold(text, offsets: &map, sourceLength: &length, tracking: false)
  }

  /// One pass of the folding table; with `tracking`, records in `builder` where each
  /// output byte came from.
  private static func fold(
    _ text: String, offsets builder: inout OffsetMapBuilder, sourceLength: inout Int, tracking: Bool
  ) -> String {
    let scalars = Array(text.unicodeScalars)
    // UTF-8 offset of each scalar, and of the end (only needed for the map).
    var offsets: [Int] = []
    var o = 0
    if tracking {
      offsets.reserveCapacity(scalars.count + 1)
      for s in scalars {
        offsets.append(o)
        o += UTF8.width(s)
      }
      offsets.append(o)
    } else {
      o = text.utf8.count
    }
    sourceLength = o

    var out: [UInt8] = []
    out.reserveCapacity(o)
    var i = 0
    var lastWasSpace = true  // trims leading space
    /// Appends the bytes `out[from...]` just written for `scalars[start..<end]`.
    func emitted(from d: Int, start: Int, end: Int, identity: Bool) {
      // Collapse runs of spaces.
      if out.count - d == 1 && out[d] == 0x20 && lastWasSpace { out.removeLast() }
      if tracking {
        let count = out.count - d
        if identity && count == offsets[end] - offsets[start] {
          builder.identity(derived: d, source: offsets[start], length: count)
        } else {
          builder.replacement(
            derived: d, derivedLength: count, source: offsets[start], sourceLength: offsets[end] - offsets[start])
        }
      }
      if out.count > d { lastWasSpace = out[out.count - 1] == 0x20 }
    }
    scan: while i < scalars.count {
      let s = scalars[i]
      if let rules = Self.rules(startingWith: s) {
        for rule in rules where i + rule.from.count <= scalars.count {
          guard scalars[i..<(i + rule.from.count)].elementsEqual(rule.from) else { continue }
          if rule.beforeConsonant {
            let j = i + rule.from.count
            guard j < scalars.count, Devanagari.isConsonant(scalars[j]) else { continue }
          }
          let d = out.count
          out.append(contentsOf: rule.to)
          emitted(from: d, start: i, end: i + rule.from.count, identity: false)
          i += rule.from.count
          continue scan
        }
      }
      let d = out.count
      if Self.isWhitespace(s) {
        out.append(0x20)
        emitted(from: d, start: i, end: i + 1, identity: s == " ")
      } else if s.isASCII, (65...90).contains(s.value) {
        out.append(UInt8(s.value + 32))
        emitted(from: d, start: i, end: i + 1, identity: false)
      } else {
        out.append(contentsOf: UTF8.encode(s)!)
        emitted(from: d, start: i, end: i + 1, identity: true)
      }
      i += 1
    }
    // Trailing space.
    if out.last == 0x20 { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }

  /// The key of `text`, as a string.
  ///
  /// The same text as `MatchKey(text).text`, without building the offset maps.
  public static func key(_ text: String) -> String {
    fixpointText(foldText(HindiNormalizer().canonical(text)))
  }
}
