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
  func words(in line: String) -> [Word] {
    var copy = line
    let view = Substring(line).utf8
    return copy.withUTF8 { b in
      renderingLetters.withUnsafeBufferPointer { letters in
        var words: [Word] = []
        var start = -1
        var allowed = true
        let n = b.count
        func close(_ end: Int) {
          guard start >= 0 else { return }
          let key = allowed ? Self.keyHash(UnsafeBufferPointer(rebasing: b[start..<end])) : 0
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
        if length > 0 && key[length - 1] == 0x20 { length -= 1 }  // as MatchKey: no final space
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key[..<length] { h = (h ^ UInt64(b)) &* 0x0100_0000_01b3 }
        return h
      }
    }
    return folded ?? fnv(MatchKey.key(String(decoding: bytes, as: UTF8.self)))
  }
}
