extension EntityLinker {
  /// A word of the line: a run of Devanagari name scalars (hyphens and joiners included).
  ///
  /// The scan that finds words also tells whether a word is written only with letters that
  /// Korean-name renderings use, and hashes its match key; its text is made only when a word
  /// is looked at, so a long line costs a few integers per word and no strings.
  struct Word {
    var range: Range<Int>
    var line: Substring.UTF8View
    /// Every letter is one some Korean-name rendering uses (hyphens, joiners and the nukta aside).
    var usesRenderingLetters: Bool
    /// 64-bit FNV-1a of the word's match key (`MatchKey.key(text)`), for words that use
    /// rendering letters only (0 for the others: they are never looked up).
    var key: UInt64

    var text: String {
      String(
        Substring(
          line[line.index(line.startIndex, offsetBy: range.lowerBound)..<line.index(line.startIndex, offsetBy: range.upperBound)]))
    }
  }

  /// Per scalar of U+0900–U+097F (by its low 7 bits): whether Korean-name renderings use it.
  static func renderingLetters(of korean: KoreanNameRomanizer) -> [Bool] {
    (0..<0x80).map { low in
      let v = Devanagari.block.lowerBound | UInt32(low)
      return korean.renderingScalars.contains(v) || v == Devanagari.nukta
    }
  }

  /// The words of a line, in order, read from its UTF-8 bytes.
  ///
  /// The line is folded to its match key once (no fold rule looks across the characters
  /// between words), and each word's key is hashed from its part of the line's key; a line
  /// the one-pass fold does not take is keyed word by word.
  func words(in line: String) -> [Word] {
    var copy = line
    let view = Substring(line).utf8
    return copy.withUTF8 { b in
      let n = b.count
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { keyBuffer in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * max(n, 1)) { offsets in
          let lineKey =
            n == 0
            ? nil
            : _FastFold.fold(
              b, compact: false, key: keyBuffer.baseAddress!, starts: offsets.baseAddress!,
              ends: offsets.baseAddress! + n)
          return words(b, view: view, key: lineKey.map { (keyBuffer, offsets, $0) })
        }
      }
    }
  }

  /// The words of `b`; `key` is the line's key, the source offset each key byte starts at
  /// (the first `length` of `starts`), and its length, when the one-pass fold took the line.
  private func words(
    _ b: UnsafeBufferPointer<UInt8>, view: Substring.UTF8View,
    key line: (key: UnsafeMutableBufferPointer<UInt8>, starts: UnsafeMutableBufferPointer<Int32>, length: Int)?
  ) -> [Word] {
    renderingLetters.withUnsafeBufferPointer { letters in
        var words: [Word] = []
        // About one word in seven bytes of Hindi text.
        words.reserveCapacity(b.count / 6 + 1)
        var start = -1
        var allowed = true
        let n = b.count
        var k = 0  // the first key byte not yet passed
        func close(_ end: Int) {
          guard start >= 0 else { return }
          var key: UInt64 = 0
          if allowed {
            if let line {
              while k < line.length && Int(line.starts[k]) < start { k += 1 }
              var first = k
              while k < line.length && Int(line.starts[k]) < end { k += 1 }
              // As MatchKey: no space at either end (a word's hyphens at its edges).
              let last = k > first && line.key[k - 1] == 0x20 ? k - 1 : k
              if first < last && line.key[first] == 0x20 { first += 1 }
              var h: UInt64 = 0xcbf2_9ce4_8422_2325
              for i in first..<last { h = (h ^ UInt64(line.key[i])) &* 0x0100_0000_01b3 }
              key = h
            } else {
              key = Self.keyHash(UnsafeBufferPointer(rebasing: b[start..<end]))
            }
          }
          words.append(Word(range: start..<end, line: view, usesRenderingLetters: allowed, key: key))
          start = -1
        }
        func open(_ i: Int) {
          if start < 0 {
            start = i
            allowed = true
          }
        }
        var i = 0
        while i < n {
          let c = b[i]
          if c == 0x2D {  // hyphen
            open(i)
            i += 1
          } else if c == 0xE0, i + 2 < n, b[i + 1] == 0xA4 || b[i + 1] == 0xA5 {
            // U+0900–U+097F: the low 7 bits are the second byte's last bit and the third's six.
            let low = Int((b[i + 1] & 1) << 6 | (b[i + 2] & 0x3F))
            if low == 0x64 || low == 0x65 {  // danda, double danda
              close(i)
            } else {
              open(i)
              if !letters[low] { allowed = false }
            }
            i += 3
          } else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x8C || b[i + 2] == 0x8D {  // ZWNJ, ZWJ
            open(i)
            i += 3
          } else {
            close(i)
            i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
          }
        }
        close(n)
        return words
    }
  }

  /// FNV-1a of the match key of a word's bytes (valid UTF-8): folded in one pass on the
  /// stack when the fast fold takes the word, else through ``MatchKey/key(_:)``.
  static func keyHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = bytes.count
    guard n > 0 else { return fnv("") }
    let folded = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { key -> UInt64? in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * n) { offsets -> UInt64? in
        guard
          var length = _FastFold.fold(
            bytes, compact: false, key: key.baseAddress!, starts: offsets.baseAddress!,
            ends: offsets.baseAddress! + n)
        else { return nil }
        if length > 0 && key[length - 1] == 0x20 { length -= 1 }  // as MatchKey: no space at either end
        let first = length > 0 && key[0] == 0x20 ? 1 : 0
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key[first..<length] { h = (h ^ UInt64(b)) &* 0x0100_0000_01b3 }
        return h
      }
    }
    return folded ?? fnv(MatchKey.key(String(decoding: bytes, as: UTF8.self)))
  }
}

/// A set of 64-bit hashes (``EntityLinker/fnv(_:)`` values) with open addressing: the values
/// are hashes already, so a lookup is a multiply, a mask and a probe or two, where `Set`
/// would hash them again.
struct HashSet64: Sendable {
  private var slots: [UInt64]
  private var hasZero = false
  private let shift: UInt64

  init(_ values: some Sequence<UInt64>) {
    let list = Array(values)
    var bits: UInt64 = 4
    while (1 << bits) < list.count * 2 { bits += 1 }
    shift = 64 - bits
    slots = [UInt64](repeating: 0, count: 1 << bits)
    for v in list {
      if v == 0 {
        hasZero = true
        continue
      }
      var i = Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while slots[i] != 0 && slots[i] != v { i = (i + 1) & (slots.count - 1) }
      slots[i] = v
    }
  }

  @inline(__always) func contains(_ v: UInt64) -> Bool {
    if v == 0 { return hasZero }
    var i = Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let s = slots[i]
      if s == v { return true }
      if s == 0 { return false }
      i = (i + 1) & (slots.count - 1)
    }
  }
}
