// libFuzzer target: MatchKey.
//
// Invariants (a violation stops the run with a message, libFuzzer saves the input):
// - the key of a key is stable: MatchKey.key(MatchKey.key(x)) == MatchKey.key(x);
// - the key's offset map describes the key and the input: derivedLength is the key's UTF-8
//   length, sourceLength the input's;
// - the offset map stays in bounds: every key scalar, the whole key and (for short keys)
//   every range between key scalar boundaries map to a range inside the input, and the
//   mapped starts of successive key scalars do not go backwards;
// - MatchKey(canonical:) on the normalized text gives the same key text as MatchKey(_:).

import HinGloss

#if canImport(Glibc)
  import Glibc
#endif

private func fail(_ message: String, _ input: String) -> Never {
  fuzzFailure("matchkey", message, input: input.utf8)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let length = input.utf8.count
  let key = MatchKey(input)
  let keyText = key.text
  let keyLength = keyText.utf8.count

  // Stability.
  let again = MatchKey.key(keyText)
  if again != keyText || Array(again.utf8) != Array(keyText.utf8) {
    // Show where the two first differ.
    let a = Array(keyText.unicodeScalars)
    let b = Array(again.unicodeScalars)
    var k = 0
    while k < a.count && k < b.count && a[k] == b[k] { k += 1 }
    func show(_ s: [Unicode.Scalar]) -> String {
      hexScalars(String(String.UnicodeScalarView(s[min(max(0, k - 3), s.count)..<min(k + 4, s.count)])))
    }
    fail("key of key differs at scalar \(k): key [... \(show(a)) ...], key(key) [... \(show(b)) ...]", input)
  }
  if MatchKey.key(input) != keyText {
    fail("MatchKey.key(x) != MatchKey(x).text", input)
  }
  let canonical = HindiNormalizer().normalize(input).text
  let viaCanonical = MatchKey(canonical: canonical).text
  if viaCanonical != keyText {
    fail(
      "MatchKey(canonical: normalize(x)).text [\(hexScalars(viaCanonical))] != MatchKey(x).text [\(hexScalars(keyText))]",
      input)
  }

  // The offset map.
  let map = key.offsetMap
  if map.derivedLength != keyLength {
    fail("offsetMap.derivedLength \(map.derivedLength) != key UTF-8 length \(keyLength)", input)
  }
  if map.sourceLength != length {
    fail("offsetMap.sourceLength \(map.sourceLength) != input UTF-8 length \(length)", input)
  }
  func check(_ r: Range<Int>, _ what: String) -> Range<Int> {
    let mapped = map.sourceRange(for: r)
    if mapped.lowerBound < 0 || mapped.upperBound > length || mapped.lowerBound > mapped.upperBound {
      fail("\(what) \(r) maps to \(mapped), outside the input 0..<\(length)", input)
    }
    return mapped
  }
  _ = check(0..<keyLength, "the whole key")
  var bounds: [Int] = [0]
  var o = 0
  var previousStart = 0
  for scalar in keyText.unicodeScalars {
    let w = UTF8.width(scalar)
    let mapped = check(o..<(o + w), "key scalar U+\(String(scalar.value, radix: 16, uppercase: true)) at")
    if mapped.lowerBound < previousStart {
      fail(
        "key scalar at \(o)..<\(o + w) maps to \(mapped), before the previous scalar's start \(previousStart)", input)
    }
    previousStart = mapped.lowerBound
    o += w
    bounds.append(o)
  }
  if bounds.count <= 25 {
    for i in bounds.indices {
      for j in i..<bounds.count { _ = check(bounds[i]..<bounds[j], "key range") }
    }
  }
  return 0
}
