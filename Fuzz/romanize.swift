// libFuzzer target: HindiRomanizer (schemes .hindi and .iso15919), KoreanNameRomanizer
// (romanize, candidates, hangulCandidates) and the Romanizer facade.
//
// Invariants (a violation stops the run with a message, libFuzzer saves the input):
// - nothing crashes, for either scheme, with or without title case;
// - output is valid: no U+FFFD that the input did not have, no NUL that the input did not
//   have;
// - the Hindi romanizers work word by word: text without Devanagari comes back unchanged,
//   and romanizing the text split at its first space gives the same result as a whole;
// - Korean: candidates are at most `limit`, sorted by probability (best first), each in
//   0...1 and summing to at most 1, and a Korean likeness in 0...1; romanize(x) is the first
//   candidate; hangulCandidates are at most `limit`, sorted by probability, in 0...1;
// - the facade's likeness is in 0...1.

import HinGloss

#if canImport(Glibc)
  import Glibc
#endif

private func fail(_ message: String, _ input: String) -> Never {
  fuzzFailure("romanize", message, input: input.utf8)
}

private let hindi = HindiRomanizer()
private let iso: HindiRomanizer = {
  do { return try HindiRomanizer(scheme: .iso15919) } catch { preconditionFailure("no ISO 15919 scheme: \(error)") }
}()
private let korean: KoreanNameRomanizer = {
  do { return try KoreanNameRomanizer() } catch { preconditionFailure("cannot load the Korean name tables: \(error)") }
}()
private let facade: Romanizer = {
  do { return try Romanizer(glossary: try Glossary.default) } catch {
    preconditionFailure("cannot load the default glossary: \(error)")
  }
}()

private func isDevanagariWordScalar(_ s: Unicode.Scalar) -> Bool {
  switch s.value {
  case 0x0900...0x097F, 0xA8E0...0xA8FF, 0x200C, 0x200D: true
  default: false
  }
}

private func checkValid(_ output: String, _ input: String, _ what: String) {
  let inputHasReplacement = input.unicodeScalars.contains("\u{FFFD}")
  let inputHasNUL = input.unicodeScalars.contains("\u{0}")
  if !inputHasReplacement && output.unicodeScalars.contains("\u{FFFD}") {
    fail("\(what) output contains U+FFFD: \(output.debugDescription)", input)
  }
  if !inputHasNUL && output.unicodeScalars.contains("\u{0}") {
    fail("\(what) output contains NUL: \(output.debugDescription)", input)
  }
}

private func scalarsEqual(_ a: String, _ b: String) -> Bool {
  a.unicodeScalars.elementsEqual(b.unicodeScalars)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

  for (name, r) in [("hindi", hindi), ("iso15919", iso)] {
    let plain = r.romanize(input, titleCase: false)
    let titled = r.romanize(input, titleCase: true)
    checkValid(plain, input, "\(name)")
    checkValid(titled, input, "\(name) title-case")
    if !scalarsEqual(titled, HindiRomanizer.titleCased(plain)) {
      fail("\(name): romanize(titleCase: true) != titleCased(romanize(titleCase: false))", input)
    }
    // Text without Devanagari passes through.
    let stripped = String(String.UnicodeScalarView(input.unicodeScalars.filter { !isDevanagariWordScalar($0) }))
    let strippedOut = r.romanize(stripped, titleCase: false)
    if !scalarsEqual(strippedOut, stripped) {
      fail(
        "\(name): text without Devanagari changed: \(stripped.debugDescription) -> \(strippedOut.debugDescription)",
        input)
    }
    // Word by word.
    if let space = input.unicodeScalars.firstIndex(of: " ") {
      let head = String(input.unicodeScalars[..<space])
      let tail = String(input.unicodeScalars[input.unicodeScalars.index(after: space)...])
      let joined = r.romanize(head, titleCase: false) + " " + r.romanize(tail, titleCase: false)
      if !scalarsEqual(joined, plain) {
        fail(
          "\(name): romanizing the words one by one (\(joined.debugDescription)) differs from the whole (\(plain.debugDescription))",
          input)
      }
    }
  }

  // Korean names.
  let limit = 5
  let candidates = korean.candidates(input, limit: limit)
  if candidates.count > limit { fail("korean: \(candidates.count) candidates for limit \(limit)", input) }
  if candidates.reduce(0, { $0 + $1.probability }) > 1 + 1e-9 {
    fail("korean: candidate probabilities sum to more than 1: \(candidates.map(\.probability))", input)
  }
  for (i, c) in candidates.enumerated() {
    if c.probability.isNaN || c.probability < 0 || c.probability > 1 {
      fail("korean: candidate \(i) has probability \(c.probability)", input)
    }
    if c.koreanLikeness.isNaN || c.koreanLikeness < 0 || c.koreanLikeness > 1 {
      fail("korean: candidate \(i) has likeness \(c.koreanLikeness), outside 0...1", input)
    }
    if i > 0 && c.probability > candidates[i - 1].probability {
      fail("korean: candidates not sorted by probability: \(candidates.map(\.probability))", input)
    }
    checkValid(c.text, input, "korean candidate \(i)")
  }
  let best = korean.romanize(input)
  checkValid(best.text, input, "korean")
  if best.koreanLikeness.isNaN || best.koreanLikeness < 0 || best.koreanLikeness > 1 {
    fail("korean: romanize likeness \(best.koreanLikeness), outside 0...1", input)
  }
  if let first = candidates.first, first.text != best.text {
    fail(
      "korean: romanize(x).text \(best.text.debugDescription) != candidates(x).first \(first.text.debugDescription)",
      input)
  }
  let hangul = korean.hangulCandidates(input, limit: limit)
  if hangul.count > limit { fail("korean: \(hangul.count) Hangul candidates for limit \(limit)", input) }
  for (i, h) in hangul.enumerated() {
    if h.probability.isNaN || h.probability < 0 || h.probability > 1 + 1e-9 {
      fail("korean: Hangul candidate \(i) has probability \(h.probability)", input)
    }
    if i > 0 && h.probability > hangul[i - 1].probability {
      fail("korean: Hangul candidates not sorted by probability: \(hangul.map(\.probability))", input)
    }
    checkValid(h.hangul, input, "korean Hangul candidate \(i)")
  }

  // The facade.
  let result = facade.romanize(input)
  checkValid(result.text, input, "facade")
  if result.koreanLikeness.isNaN || result.koreanLikeness < 0 || result.koreanLikeness > 1 {
    fail("facade: likeness \(result.koreanLikeness), outside 0...1", input)
  }
  return 0
}
