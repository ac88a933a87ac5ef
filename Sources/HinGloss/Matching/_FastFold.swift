/// Folds UTF-8 text straight to match-key bytes in one pass, recording for each key byte
/// the source bytes it came from.
///
/// It computes what `MatchKey(text)` computes (normalization, then folding) for text whose
/// normalization only concerns Devanagari nukta letters, zero-width characters, and dash and
/// space variants; that is, for Hindi news text. Anything else (a non-inert scalar outside
/// Devanagari, Vedic stress marks) makes it return false, and the caller takes the full path.
enum _FastFold {
  /// Per-scalar actions for U+0900–U+097F, indexed by the low 7 bits: 0 keep, 1 drop,
  /// 2 map to ``devanagariMap``, 3 take the full path.
  ///
  /// Built at first use from the rows of ``MatchKey/table`` that replace one Devanagari
  /// scalar everywhere, so that a new fold row is written once. The other rows are the
  /// shapes ``foldInto(_:_:action:inert:)`` folds itself (see ``isFoldedInline(_:)``).
  private static let devanagariTables: (action: [UInt8], map: [UInt32]) = {
    var action = [UInt8](repeating: 0, count: 0x80)
    var map = (0..<0x80).map { Devanagari.block.lowerBound | UInt32($0) }
    for row in MatchKey.table {
      let from = Array(row.from.unicodeScalars)
      let to = Array(row.to.unicodeScalars)
      guard from.count == 1, Devanagari.contains(from[0]), !row.onlyBeforeConsonant else {
        precondition(isFoldedInline(row), "the one-pass fold has no rule for the MatchKey fold \(row)")
        continue
      }
      let low = Int(from[0].value & 0x7F)
      if to.isEmpty {
        action[low] = 1
      } else {
        precondition(to.count == 1, "the one-pass fold maps one scalar to one scalar: \(row)")
        action[low] = 2
        map[low] = to[0].value
      }
    }
    // Stress marks reorder under NFC: full path.
    for v in 0x51...0x54 { action[v] = 3 }
    return (action, map)
  }()

  /// The fast path's table for U+0900–U+097F, indexed by the low 7 bits: the low 7 bits of
  /// the scalar the key gets (``fastOutMask``), and flags. A scalar without ``fastSimple``
  /// (stress marks, anything the tables do not map to Devanagari) takes the general path;
  /// the others take it only when a neighbour makes them special (``fastNasal``,
  /// ``fastAA``, ``fastMakesAnusvara``). Derived from ``devanagariTables``, so that both
  /// paths fold alike (a test compares them on every corpus line and random text).
  private static let fastTable: [UInt16] = {
    let (action, map) = devanagariTables
    var table = [UInt16](repeating: 0, count: 0x80)
    for low in 0..<0x80 {
      let v = Devanagari.block.lowerBound | UInt32(low)
      var out: UInt32
      switch action[low] {
      case 0: out = v
      case 1:
        table[low] = fastSimple | fastDrop
        continue
      case 2: out = map[low]
      default: continue
      }
      guard Devanagari.contains(out) else { continue }
      var entry = fastSimple | UInt16(out & 0x7F)
      if Devanagari.isNasalConsonant(v) { entry |= fastNasal }
      if v == Devanagari.vowelSignAA { entry |= fastAA }
      if out == Devanagari.anusvara { entry |= fastMakesAnusvara }
      table[low] = entry
    }
    return table
  }()
  static let fastOutMask: UInt16 = 0x7F
  /// The scalar may take the fast path.
  static let fastSimple: UInt16 = 0x8000
  /// Dropped from the key (nukta).
  static let fastDrop: UInt16 = 0x4000
  /// A nasal consonant: general path when a nukta or virama follows.
  static let fastNasal: UInt16 = 0x100
  /// Vowel sign AA: general path when anusvara or candrabindu follows.
  static let fastAA: UInt16 = 0x200
  /// Folds to anusvara: general path when the key ends with AA.
  static let fastMakesAnusvara: UInt16 = 0x400

  /// Whether the one-pass fold applies a ``MatchKey/table`` row in its own code rather than
  /// through ``devanagariTables``: vowel sign AA + a nasal sign, a nasal consonant + virama
  /// before a consonant, the joiners, and the hyphen.
  static func isFoldedInline(_ row: MatchKey.Fold) -> Bool {
    let from = row.from.unicodeScalars.map(\.value)
    let to = row.to.unicodeScalars.map(\.value)
    if from.count == 2, from[0] == Devanagari.vowelSignAA,
      from[1] == Devanagari.anusvara || from[1] == Devanagari.chandrabindu
    {
      return to == [Devanagari.anusvara] && !row.onlyBeforeConsonant
    }
    if from.count == 2, Devanagari.isNasalConsonant(from[0]), from[1] == Devanagari.virama {
      return to == [Devanagari.anusvara] && row.onlyBeforeConsonant
    }
    if from.count == 1, Devanagari.isJoiner(from[0]) { return to.isEmpty && !row.onlyBeforeConsonant }
    return row.from == "-" && row.to == " " && !row.onlyBeforeConsonant
  }

  @inline(__always)
  private static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
    let b0 = UInt32(b[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
    if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
    return (
      (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4
    )
  }

  /// NFC inertness of U+0000–U+0FFF, asked of ICU once.
  private static let inert: [Bool] = (0..<0x1000).map { v in
    Unicode.Scalar(UInt32(v)).map { ICU.Normalization.nfc.isInert($0) } ?? false
  }

  /// Writes key bytes and their source ranges into preallocated buffers (the key is never
  /// longer than the text).
  private struct Sink {
    let key: UnsafeMutablePointer<UInt8>
    let starts: UnsafeMutablePointer<Int32>
    let ends: UnsafeMutablePointer<Int32>
    var count = 0
    var lastWasSpace = true
    /// One byte per scalar (see ``_FastFold/compactByte(_:)``) instead of UTF-8.
    let compact: Bool

    @inline(__always)
    func endsWithAA() -> Bool {
      if compact { return count >= 1 && key[count - 1] == 0xBE }
      return count >= 3 && key[count - 3] == 0xE0 && key[count - 2] == 0xA4 && key[count - 1] == 0xBE
    }

    @inline(__always)
    mutating func put(_ byte: UInt8, _ s: Int32, _ e: Int32) {
      key[count] = byte
      starts[count] = s
      ends[count] = e
      count &+= 1
    }

    @inline(__always)
    mutating func emit(_ v: UInt32, _ s: Int, _ e: Int) {
      var s = s
      if v == Devanagari.anusvara {
        // ा then ं, also when a fold made the ं, folds to ं until no ा precedes (as
        // MatchKey's fixpoint does).
        while endsWithAA() {
          count -= compact ? 1 : 3
          s = Int(starts[count])
        }
      }
      if v == 0x20 {
        if lastWasSpace { return }
        lastWasSpace = true
      } else {
        lastWasSpace = false
      }
      let s32 = Int32(truncatingIfNeeded: s)
      let e32 = Int32(truncatingIfNeeded: e)
      if compact {
        put(_FastFold.compactByte(v), s32, e32)
      } else if v < 0x80 {
        put(UInt8(v), s32, e32)
      } else if v < 0x800 {
        put(UInt8(0xC0 | (v >> 6)), s32, e32)
        put(UInt8(0x80 | (v & 0x3F)), s32, e32)
      } else if v < 0x10000 {
        put(UInt8(0xE0 | (v >> 12)), s32, e32)
        put(UInt8(0x80 | ((v >> 6) & 0x3F)), s32, e32)
        put(UInt8(0x80 | (v & 0x3F)), s32, e32)
      } else {
        put(UInt8(0xF0 | (v >> 18)), s32, e32)
        put(UInt8(0x80 | ((v >> 12) & 0x3F)), s32, e32)
        put(UInt8(0x80 | ((v >> 6) & 0x3F)), s32, e32)
        put(UInt8(0x80 | (v & 0x3F)), s32, e32)
      }
    }
  }

  /// The match key of `text` (`MatchKey(text).text`) when the one-pass fold takes it, else nil.
  static func key(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { utf8 -> String? in
      let n = utf8.count
      if n == 0 { return "" }
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { key in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { starts in
          withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { ends in
            guard
              var length = fold(
                utf8, compact: false, key: key.baseAddress!, starts: starts.baseAddress!, ends: ends.baseAddress!)
            else { return nil }
            if length > 0 && key[length - 1] == 0x20 { length -= 1 }  // MatchKey drops a final space
            return String(decoding: UnsafeBufferPointer(rebasing: key[..<length]), as: UTF8.self)
          }
        }
      }
    }
  }

  /// Folds `text` (valid UTF-8). Returns false when the text needs the full path.
  static func fold(
    _ text: UnsafeBufferPointer<UInt8>, compact: Bool = false, key: inout [UInt8], starts: inout [Int32],
    ends: inout [Int32], fastPaths: Bool = true
  ) -> Bool {
    let n = text.count
    if key.count < n { key = [UInt8](repeating: 0, count: n) }
    if starts.count < n { starts = [Int32](repeating: 0, count: n) }
    if ends.count < n { ends = [Int32](repeating: 0, count: n) }
    var produced = 0
    let ok = key.withUnsafeMutableBufferPointer { k in
      starts.withUnsafeMutableBufferPointer { st in
        ends.withUnsafeMutableBufferPointer { en in
          guard n > 0 else { return true }
          guard
            let length = fold(
              text, compact: compact, key: k.baseAddress!, starts: st.baseAddress!, ends: en.baseAddress!,
              fastPaths: fastPaths)
          else { return false }
          produced = length
          return true
        }
      }
    }
    key.removeSubrange(produced...)
    starts.removeSubrange(produced...)
    ends.removeSubrange(produced...)
    return ok
  }

  /// Folds `text` (valid UTF-8) into buffers of at least `text.count` elements (the key is
  /// never longer than the text). Returns the key length, or nil when the text needs the
  /// full path.
  static func fold(
    _ text: UnsafeBufferPointer<UInt8>, compact: Bool, key: UnsafeMutablePointer<UInt8>,
    starts: UnsafeMutablePointer<Int32>, ends: UnsafeMutablePointer<Int32>, fastPaths: Bool = true
  ) -> Int? {
    // The tables are taken once per call (a static array read in the loop costs a lazy
    // initialization check and a retain on every scalar), and the sink stays a local value
    // that the optimizer keeps in registers.
    let tables = devanagariTables
    return tables.action.withUnsafeBufferPointer { action in
      tables.map.withUnsafeBufferPointer { map in
        inert.withUnsafeBufferPointer { inert in
          fastTable.withUnsafeBufferPointer { fast in
            var sink = Sink(key: key, starts: starts, ends: ends, compact: compact)
            let ok =
              fastPaths
              ? foldInto(text, &sink, action: action, map: map, inert: inert, fast: fast)
              : foldInto(text, &sink, action: action, map: map, inert: inert, fast: nil)
            return ok ? sink.count : nil
          }
        }
      }
    }
  }

  @inline(__always)
  private static func foldInto(
    _ text: UnsafeBufferPointer<UInt8>, _ sink: inout Sink, action devanagariAction: UnsafeBufferPointer<UInt8>,
    map devanagariMap: UnsafeBufferPointer<UInt32>, inert: UnsafeBufferPointer<Bool>,
    fast: UnsafeBufferPointer<UInt16>?
  ) -> Bool {
    let n = text.count
    var i = 0
    while i < n {
      let b0 = text[i]
      if let fast, b0 == 0xE0 {
        // Fast path for Devanagari (E0 A4 xx, E0 A5 xx): one table read, and the general
        // path only when a neighbour matters. The text is valid UTF-8, so i + 2 < n.
        let b1 = text[i &+ 1]
        if b1 & 0xFE == 0xA4 {
          let b2 = text[i &+ 2]
          let entry = fast[Int((b1 & 1) << 6 | (b2 & 0x3F))]
          if entry & fastSimple != 0 {
            var special = false
            let next = i &+ 3
            if entry & (fastNasal | fastAA) != 0 && next &+ 3 <= n && text[next] == 0xE0 {
              let (c1, c2) = (text[next &+ 1], text[next &+ 2])
              if entry & fastNasal != 0 {
                special = (c1 == 0xA4 && c2 == 0xBC) || (c1 == 0xA5 && c2 == 0x8D)  // nukta, virama
              } else {
                special = c1 == 0xA4 && (c2 == 0x82 || c2 == 0x81)  // anusvara, candrabindu
              }
            }
            if entry & fastMakesAnusvara != 0 && sink.endsWithAA() { special = true }
            if !special {
              if entry & fastDrop == 0 {
                let out = UInt8(truncatingIfNeeded: entry & fastOutMask)
                let (s32, e32) = (Int32(truncatingIfNeeded: i), Int32(truncatingIfNeeded: next))
                if sink.compact {
                  sink.put(0x80 | out, s32, e32)
                } else {
                  sink.put(0xE0, s32, e32)
                  sink.put(0xA4 | out >> 6, s32, e32)
                  sink.put(0x80 | (out & 0x3F), s32, e32)
                }
                sink.lastWasSpace = false
              }
              i = next
              continue
            }
          }
        }
      }
      if b0 < 0x80 {
        // ASCII: letters lowercased, whitespace and hyphen to one space.
        switch b0 {
        case 0x41...0x5A: sink.emit(UInt32(b0) + 32, i, i + 1)
        case 0x09...0x0D, 0x20, 0x2D: sink.emit(0x20, i, i + 1)
        default: sink.emit(UInt32(b0), i, i + 1)
        }
        i += 1
        continue
      }
      let (v, len) = decode(text, i)
      let next = i + len
      if Devanagari.contains(v) {
        let low = v & 0x7F
        if Devanagari.isNasalConsonant(v) {
          // nasal, nukta*, virama, joiners*, consonant → anusvara (MatchKey's fixpoint).
          var j = next
          while j + 3 <= n, decode(text, j).0 == Devanagari.nukta { j += 3 }
          if j + 3 <= n, decode(text, j).0 == Devanagari.virama {
            let afterVirama = j + 3
            var k = afterVirama
            while k + 3 <= n, Devanagari.isJoiner(decode(text, k).0) { k += 3 }
            if k < n, Devanagari.isConsonant(decode(text, k).0) {
              sink.emit(Devanagari.anusvara, i, afterVirama)
              i = afterVirama
              continue
            }
          }
        }

        switch devanagariAction[Int(low)] {
        case 1: break  // nukta: dropped
        case 2:
          sink.emit(devanagariMap[Int(low)], i, next)
        case 3:
          return false
        default:
          // AA + nasal → anusvara.
          if v == Devanagari.vowelSignAA, next < n {
            let (w, wl) = decode(text, next)
            if w == Devanagari.anusvara || w == Devanagari.chandrabindu {
              sink.emit(Devanagari.anusvara, i, next + wl)
              i = next + wl
              continue
            }
          }
          sink.emit(v, i, next)
        }
        i = next
        continue
      }
      switch v {
      case _ where Devanagari.isDroppedInvisible(v):
        break  // no meaning
      case _ where Devanagari.isJoiner(v):
        // After a virama the joiner stays in canonical text (and blocks the nasal fold);
        // elsewhere canonical text drops it, which can join its neighbours: full path.
        guard i >= 6, text[i - 3] == 0xE0, text[i - 2] == 0xA5, text[i - 1] == 0x8D else { return false }
        // Kept only after a consonant's virama (consonant, optional nukta, virama; see
        // HindiNormalizer); anywhere else the full path decides.
        let beforeVirama = decode(text, i - 6).0
        if !Devanagari.isConsonant(beforeVirama) {
          guard beforeVirama == Devanagari.nukta, i >= 9, Devanagari.isConsonant(decode(text, i - 9).0) else {
            return false
          }
        }
      case _ where Devanagari.isDashVariant(v) || Devanagari.isSpaceVariant(v) || Devanagari.isLineSeparator(v):
        sink.emit(0x20, i, next)
      default:
        if v < 0x1000 {
          if !inert[Int(v)] { return false }
        } else if (0xAC00...0xD7A3).contains(v) {
          // A Hangul syllable is stable unless a conjoining jamo follows.
          if next < n, case let (w, _) = decode(text, next), (0x1160...0x11FF).contains(w) { return false }
        } else if !ICU.Normalization.nfc.isInert(Unicode.Scalar(v) ?? "\u{FFFD}") {
          return false
        }
        sink.emit(v, i, next)
      }
      i = next
    }
    return true
  }
}
