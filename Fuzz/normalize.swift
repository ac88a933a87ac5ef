// libFuzzer target: HindiNormalizer and its offset map.
//
// Invariants (a violation stops the run with a message, libFuzzer saves the input):
// - every normalized scalar maps to a range inside the input, on scalar boundaries;
// - mapped ranges move forward: the mapped start of a later scalar is not before the
//   mapped start of an earlier one;
// - the whole normalized text maps to a range inside the input; for short texts, every
//   range between two scalar boundaries does too;
// - re-normalizing the input slice that a normalized scalar maps to gives non-empty text
//   (ZWJ/ZWNJ are kept only right after a virama, so for them the check is that the input
//   scalar before the slice is a virama);
// - normalizing is idempotent: normalize(canonical).text == canonical, and the canonical
//   text reports isNormalized;
// - the canonical text is NFC (Foundation's NFC as the oracle, for text of scalars below
//   U+1000, ZWJ/ZWNJ and U+FFFD, where ICU 72 and Foundation agree).

import Foundation
import HinGloss

#if canImport(Glibc)
  import Glibc
#endif

private func fail(_ message: String, _ input: String) -> Never {
  fuzzFailure("normalize", message, input: input.utf8)
}

/// UTF-8 offsets of each scalar of `s`: (start, end) pairs.
private func scalarRanges(_ s: String) -> [Range<Int>] {
  var result: [Range<Int>] = []
  var o = 0
  for scalar in s.unicodeScalars {
    let w = UTF8.width(scalar)
    result.append(o..<(o + w))
    o += w
  }
  return result
}

/// Whether a UTF-8 offset is a scalar boundary of valid UTF-8 bytes.

private let normalizer = HindiNormalizer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let inputBytes = Array(input.utf8)
  let n = normalizer.normalize(input)
  let length = inputBytes.count
  let text = n.text
  let textLength = text.utf8.count

  if n.offsetMap.derivedLength != textLength {
    fail("offsetMap.derivedLength \(n.offsetMap.derivedLength) != normalized UTF-8 length \(textLength)", input)
  }
  if n.offsetMap.sourceLength != length {
    fail("offsetMap.sourceLength \(n.offsetMap.sourceLength) != input UTF-8 length \(length)", input)
  }

  // The whole text.
  let whole = n.originalUTF8Range(for: 0..<textLength)
  if whole.lowerBound < 0 || whole.upperBound > length {
    fail("whole normalized text maps to \(whole), outside the input 0..<\(length)", input)
  }

  // Each scalar.
  let ranges = scalarRanges(text)
  let scalars = Array(text.unicodeScalars)
  var previousStart = 0
  for (k, r) in ranges.enumerated() {
    let mapped = n.originalUTF8Range(for: r)
    if mapped.lowerBound < 0 || mapped.upperBound > length {
      fail(
        "scalar \(k) (U+\(String(scalars[k].value, radix: 16, uppercase: true))) at \(r) maps to \(mapped), outside the input 0..<\(length)",
        input)
    }
    if mapped.lowerBound < previousStart {
      fail("scalar \(k) at \(r) maps to \(mapped), before the previous scalar's start \(previousStart)", input)
    }
    previousStart = mapped.lowerBound
    guard isBoundary(inputBytes, mapped.lowerBound), isBoundary(inputBytes, mapped.upperBound) else {
      fail("scalar \(k) at \(r) maps to \(mapped), which does not fall on scalar boundaries of the input", input)
    }
    let slice = String(decoding: inputBytes[mapped], as: UTF8.self)
    let sv = scalars[k].value
    if sv == 0x200C || sv == 0x200D {
      // Context-dependent: kept only right after a virama.
      if mapped.lowerBound < 3 || Array(inputBytes[(mapped.lowerBound - 3)..<mapped.lowerBound]) != [0xE0, 0xA5, 0x8D] {
        fail("ZWJ/ZWNJ kept at \(r) but the input before \(mapped) is not a virama", input)
      }
      continue
    }
    if normalizer.normalize(slice).text.isEmpty {
      fail(
        "scalar \(k) (U+\(String(sv, radix: 16, uppercase: true))) at \(r) maps to input slice \(mapped) whose normalization is empty",
        input)
    }
  }

  // Every range between scalar boundaries, for short texts.
  if ranges.count <= 24 {
    let bounds = [0] + ranges.map(\.upperBound)
    for i in bounds.indices {
      for j in i..<bounds.count {
        let mapped = n.originalUTF8Range(for: bounds[i]..<bounds[j])
        if mapped.lowerBound < 0 || mapped.upperBound > length || mapped.lowerBound > mapped.upperBound {
          fail("range \(bounds[i])..<\(bounds[j]) maps to \(mapped), outside the input 0..<\(length)", input)
        }
      }
    }
  }

  // Idempotence.
  let again = normalizer.normalize(text)
  if again.text != text || Array(again.text.utf8) != Array(text.utf8) {
    // Show where the two first differ.
    let a = Array(text.unicodeScalars)
    let b = Array(again.text.unicodeScalars)
    var k = 0
    while k < a.count && k < b.count && a[k] == b[k] { k += 1 }
    let from = max(0, k - 3)
    func show(_ s: [Unicode.Scalar]) -> String {
      s[min(from, s.count)..<min(k + 4, s.count)].map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(
        separator: " ")
    }
    fail(
      "not idempotent: normalize(canonical) changed the text at scalar \(k): canonical [... \(show(a)) ...], normalized again [... \(show(b)) ...]",
      input)
  }
  if !normalizer.isNormalized(text) {
    fail("isNormalized(canonical) is false", input)
  }

  // Canonical text is NFC. Foundation's NFC is the oracle, for text whose scalars are all
  // below U+1000 (Latin through the Indic blocks, whose compositions have not changed
  // between Unicode versions), ZWJ/ZWNJ or U+FFFD, so that ICU 72 and Foundation agree.
  if text.unicodeScalars.allSatisfy({
    $0.value < 0x1000 || $0.value == 0x200C || $0.value == 0x200D || $0.value == 0xFFFD
  }) {
    let nfc = text.precomposedStringWithCanonicalMapping
    if !nfc.unicodeScalars.elementsEqual(text.unicodeScalars) {
      let a = Array(text.unicodeScalars)
      let b = Array(nfc.unicodeScalars)
      var k = 0
      while k < a.count && k < b.count && a[k] == b[k] { k += 1 }
      func show(_ s: [Unicode.Scalar]) -> String {
        s[min(max(0, k - 2), s.count)..<min(k + 3, s.count)].map { "U+" + String($0.value, radix: 16, uppercase: true) }
          .joined(separator: " ")
      }
      fail("canonical text is not NFC at scalar \(k): canonical [... \(show(a)) ...], NFC [... \(show(b)) ...]", input)
    }
  }
  return 0
}
