// libFuzzer target: GlossaryMatcher over a small glossary built in code.
//
// Invariants, for a leftmost-longest (default) and a leftmost-first matcher (a violation
// stops the run with a message, libFuzzer saves the input):
// - every match's utf8Range is non-empty, lies inside the input and falls on scalar
//   boundaries;
// - matches are in order and do not overlap;
// - match.surface is the input's text in match.utf8Range;
// - every match has an entry, and MatchKey.key(match.surface) equals MatchKey.key of one
//   of that entry's Hindi forms;
// - a surface that normalizes to the entry's house-style form has quality .houseStyle.
// For an overlapping matcher: ranges inside the input, sorted by start.

import HinGloss

#if canImport(Glibc)
  import Glibc
#endif

private func fail(_ message: String, _ input: String) -> Never {
  fuzzFailure("matcher", message, input: input.utf8)
}

/// A small glossary that exercises the folds: hyphen/space, anusvara/nasal + virama,
/// long/short vowels, AA before a nasal, nukta, candra O, ASCII case, and nested forms
/// (किम inside किम योंग-बीओम) for longest-match selection.
private let glossary = Glossary(entries: [
  GlossaryEntry(
    id: "person.kim-yong-beom", kind: .person, english: "Kim Yong-beom", hindi: "किम योंग-बीओम", variants: ["किम योंग बीओम"],
    sources: ["fuzz"]),
  GlossaryEntry(
    id: "person.lee-jae-myung", kind: .person, english: "Lee Jae-myung", hindi: "ली जे म्युंग",
    variants: ["ली जे-म्युंग", "ली जे-म्योंग"], sources: ["fuzz"]),
  GlossaryEntry(
    id: "person.bae-kyung-hoon", kind: .person, english: "Bae Kyung-hoon", hindi: "बे क्यूंग-हून", variants: ["बे क्यूङ्ग-हून"],
    sources: ["fuzz"]),
  GlossaryEntry(
    id: "company.coupang", kind: .company, english: "Coupang", hindi: "कूपांग", variants: ["कूपंग"], deprecated: ["कुपांग"],
    sources: ["fuzz"]),
  GlossaryEntry(
    id: "company.samsung", kind: .company, english: "Samsung", hindi: "सैमसंग", variants: ["सामसंग"],
    aliases: ["Samsung Electronics"], sources: ["fuzz"]),
  GlossaryEntry(id: "place.seoul", kind: .place, english: "Seoul", hindi: "सियोल", variants: ["सोल"], sources: ["fuzz"]),
  GlossaryEntry(id: "place.hind", kind: .place, english: "Hind", hindi: "हिंद", variants: ["हिन्द"], sources: ["fuzz"]),
  GlossaryEntry(id: "term.zero", kind: .term, english: "zero", hindi: "ज़ीरो", sources: ["fuzz"]),
  GlossaryEntry(id: "term.doctor", kind: .term, english: "doctor", hindi: "डॉक्टर", sources: ["fuzz"]),
  GlossaryEntry(id: "term.data-breach", kind: .term, english: "data breach", hindi: "डेटा उल्लंघन", sources: ["fuzz"]),
  GlossaryEntry(id: "term.ict", kind: .term, english: "ICT", hindi: "आईसीटी", variants: ["ICT"], sources: ["fuzz"]),
  GlossaryEntry(id: "person.kim", kind: .person, english: "Kim", hindi: "किम", sources: ["fuzz"]),
  GlossaryEntry(id: "term.hans", kind: .term, english: "swan", hindi: "हँस", sources: ["fuzz"]),
])

private func makeMatcher(_ kind: MatchKind) -> GlossaryMatcher {
  var configuration = GlossaryMatcher.Configuration()
  configuration.matchKind = kind
  do { return try GlossaryMatcher(glossary: glossary, configuration: configuration) } catch {
    preconditionFailure("cannot build the fuzz matcher: \(error)")
  }
}

private let longest = makeMatcher(.leftmostLongest)
private let first = makeMatcher(.leftmostFirst)
private let overlapping = makeMatcher(.overlapping)
private let formKeys: [String: Set<String>] = Dictionary(
  uniqueKeysWithValues: glossary.entries.map { entry in
    (entry.id, Set(entry.hindiForms.map { MatchKey.key($0.text) }))
  })

private func checkRange(_ m: Match, _ bytes: [UInt8], _ input: String, _ what: String) {
  let r = m.utf8Range
  if r.lowerBound < 0 || r.upperBound > bytes.count || r.isEmpty {
    fail("\(what): match \(r) is empty or outside the input 0..<\(bytes.count)", input)
  }
  if !isBoundary(bytes, r.lowerBound) || !isBoundary(bytes, r.upperBound) {
    fail("\(what): match \(r) does not fall on scalar boundaries", input)
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let bytes = Array(input.utf8)
  let normalizer = HindiNormalizer()

  for (what, matcher) in [("leftmost-longest", longest), ("leftmost-first", first)] {
    var previousEnd = 0
    for m in matcher.matches(in: input) {
      checkRange(m, bytes, input, what)
      let r = m.utf8Range
      if r.lowerBound < previousEnd {
        fail("\(what): match \(r) starts before the previous match ends (\(previousEnd))", input)
      }
      previousEnd = r.upperBound
      let slice = String(decoding: bytes[r], as: UTF8.self)
      if m.surface != slice || Array(m.surface.utf8) != Array(slice.utf8) {
        fail(
          "\(what): surface [\(hexScalars(m.surface))] is not the input's text at \(r) [\(hexScalars(slice))]", input)
      }
      guard let entry = m.entry else { fail("\(what): match \(r) without an entry", input) }
      let surfaceKey = MatchKey.key(m.surface)
      if !(formKeys[entry.id]?.contains(surfaceKey) ?? false) {
        fail(
          "\(what): key of surface [\(hexScalars(m.surface))] at \(r) is [\(hexScalars(surfaceKey))], not the key of any form of \(entry.id)",
          input)
      }
      if normalizer.normalize(m.surface).text == entry.hindi && m.quality != .houseStyle {
        fail("\(what): surface equal to the house-style form of \(entry.id) has quality \(m.quality)", input)
      }
    }
  }

  var previousStart = 0
  for m in overlapping.matches(in: input) {
    checkRange(m, bytes, input, "overlapping")
    if m.utf8Range.lowerBound < previousStart {
      fail("overlapping: matches not sorted by start", input)
    }
    previousStart = m.utf8Range.lowerBound
  }
  return 0
}
