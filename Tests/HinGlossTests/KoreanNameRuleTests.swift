import Foundation
import Testing

@testable import HinGloss

/// The scoring rules of ``KoreanNameRomanizer``: observed positional counts, the given-name
/// length prior, glide readings, vowel length and the rank cost of renderings.
@Suite struct KoreanNameRuleTests {
  static let korean: KoreanNameRomanizer? = try? KoreanNameRomanizer()

  /// A small table: each tuple is (spelling, renderings, weight, first count, later count).
  static func tables(_ rows: [(String, [String], Int, Int, Int)]) -> KoreanNameTables {
    KoreanNameTables(
      surnames: [KoreanNameTables.Surname(hangul: "김", spelling: "Kim", revisedRomanization: "Gim", isPreferred: true, hindi: ["किम"], rank: 1)],
      syllables: rows.map { row in
        var s = KoreanNameTables.Syllable(spelling: row.0, hangul: ["가"], revisedRomanization: ["ga"], hindi: row.1, weight: row.2)
        s.firstCount = row.3
        s.laterCount = row.4
        return s
      })
  }

  // MARK: - Observed counts

  /// Lowercased name without spaces and hyphens, as the dev fixture is compared.
  static func key(_ name: String) -> String {
    String(name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "-" })
  }

  /// Recounts the `first` and `later` columns and the given-name lengths from the entity
  /// glossaries, leaving out the people of the dev fixture.
  static func recount(_ tables: KoreanNameTables) throws -> (first: [String: Int], later: [String: Int], lengths: [Int: Int]) {
    let dev = Set(try Fixtures.rows("dev-names.tsv").map { key($0.cells[1]) })
    let known = Set(tables.syllables.map(\.spelling))
    var surnameHangul: [String: Set<String>] = [:]
    for s in tables.surnames { surnameHangul[s.spelling.lowercased(), default: []].insert(s.hangul) }
    let folder = try #require(Glossary.bundledFolder).appendingPathComponent("entities")
    var first: [String: Int] = [:]
    var later: [String: Int] = [:]
    var lengths: [Int: Int] = [:]
    for file in ["people-culture.tsv", "people-politics.tsv"] {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      var header: [String]? = nil
      for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard let h = header else {
          header = cells
          continue
        }
        guard let e = h.firstIndex(of: "english"), let g = h.firstIndex(of: "hangul"), cells.count > max(e, g) else { continue }
        let hangul = cells[g]
        guard !hangul.isEmpty, hangul.unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) }) else { continue }
        guard !dev.contains(key(cells[e])) else { continue }
        let words = cells[e].split(separator: " ").map(String.init)
        guard words.count >= 2,
          let surname = surnameHangul[words[0].lowercased()]?.first(where: { hangul.hasPrefix($0) && hangul.count > $0.count })
        else { continue }
        let syllables = words.dropFirst().joined(separator: " ").lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard syllables.count == hangul.count - surname.count else { continue }
        lengths[syllables.count, default: 0] += 1
        for (i, s) in syllables.enumerated() where known.contains(s) {
          if i == 0 { first[s, default: 0] += 1 } else { later[s, default: 0] += 1 }
        }
      }
    }
    return (first, later, lengths)
  }

  @Test func observedCountsAreTheEntityGlossaryCountsWithoutDevPeople() throws {
    let tables = try KoreanNameTables.default
    let counts = try Self.recount(tables)
    for s in tables.syllables {
      #expect(s.firstCount == counts.first[s.spelling] ?? 0, "first count of \(s.spelling)")
      #expect(s.laterCount == counts.later[s.spelling] ?? 0, "later count of \(s.spelling)")
    }
    #expect(tables.syllables.reduce(0) { $0 + $1.firstCount } > 200)
    let lengths = KoreanNameRomanizer.givenLengthCounts
    for k in 1...lengths.count {
      #expect(Int(lengths[k - 1]) == counts.lengths[k] ?? 0, "given names of \(k) syllables")
    }
    #expect(counts.lengths.keys.allSatisfy { $0 <= lengths.count })
  }

  @Test func countsRaiseAWeightOnlyInTheirPosition() {
    let plain = Self.tables([("ji", ["जी"], 50, 0, 0), ("hun", ["हुन"], 50, 0, 0)])
    let (first, later) = KoreanNameRomanizer.positionalLogWeights(plain.syllables)
    // Without counts the weight is the editor's, unchanged.
    #expect(abs(first[0] - log(0.5)) < 1e-12 && abs(later[1] - log(0.5)) < 1e-12)
    let counted = Self.tables([("ji", ["जी"], 50, 10, 0), ("hun", ["हुन"], 50, 0, 10)])
    let (f, l) = KoreanNameRomanizer.positionalLogWeights(counted.syllables)
    #expect(f[0] > f[1] && l[1] > l[0])
  }

  @Test func positionDecidesBetweenSpellingsOfOneRendering() {
    // सू is su and soo alike; su is seen first in names, soo later.
    let korean = KoreanNameRomanizer(tables: Self.tables([
      ("su", ["सू"], 40, 30, 0), ("soo", ["सू"], 40, 0, 30), ("min", ["मिन"], 40, 0, 0),
    ]))
    #expect(korean.romanize("किम सू-मिन").text == "Kim Su-min")
    #expect(korean.romanize("किम मिन-सू").text == "Kim Min-soo")
  }

  // MARK: - Given-name length

  @Test func lengthPriorFavoursTwoSyllables() {
    #expect(KoreanNameRomanizer.givenLengthContinuationLogPrior(1) == 0)
    #expect(KoreanNameRomanizer.givenLengthContinuationLogPrior(2) > -0.1)
    #expect(KoreanNameRomanizer.givenLengthContinuationLogPrior(3) < -5)
    #expect(KoreanNameRomanizer.givenLengthStopLogPrior(2) > KoreanNameRomanizer.givenLengthStopLogPrior(1))
  }

  @Test func lengthPriorKeepsOneRenderingOneSyllable() throws {
    // जियुन is a late rendering of geun, but also ji + yun: three syllables are rare.
    let korean = KoreanNameRomanizer(tables: Self.tables([
      ("geun", ["ग्युन", "गेउन", "गुन", "ज्यून", "जियुन"], 35, 0, 0), ("ji", ["जी", "जि"], 95, 20, 0),
      ("yun", ["युन"], 45, 0, 5), ("hye", ["हे"], 60, 0, 5),
    ]))
    #expect(korean.romanize("किम जियुन-हे").text == "Kim Geun-hye")
    #expect(korean.candidates("किम जियुन-हे", limit: 5).map(\.text).contains("Kim Ji-yunhye"))
    // Two syllables in one word stay two.
    #expect(korean.romanize("किम जियुन").text == "Kim Ji-yun")
    let shipped = try #require(Self.korean)
    #expect(shipped.romanize("पार्क जियुन-हे").text == "Park Geun-hye")
  }

  // MARK: - Glides

  @Test func glideForms() {
    #expect(KoreanNameRomanizer.glideForms(spelling: "eun", rendering: "उन") == ["युन"])
    #expect(KoreanNameRomanizer.glideForms(spelling: "ae", rendering: "ए") == ["ये"])
    #expect(KoreanNameRomanizer.glideForms(spelling: "an", rendering: "अन") == ["यन"])
    #expect(KoreanNameRomanizer.glideForms(spelling: "min", rendering: "मिन").isEmpty)
    #expect(KoreanNameRomanizer.glideForms(spelling: "yoon", rendering: "यून").isEmpty)
  }

  @Test func glideIsReadOnlyAfterAVowel() {
    let korean = KoreanNameRomanizer(tables: Self.tables([
      ("na", ["ना"], 45, 0, 0), ("eun", ["उन"], 85, 0, 0), ("yun", ["युन"], 20, 0, 0), ("jin", ["जिन"], 80, 0, 0),
    ]))
    #expect(korean.romanize("किम ना-यून").text == "Kim Na-eun")
    #expect(korean.romanize("किम ना-युन").text == "Kim Na-eun")
    // At the start of the given name and after a consonant, युन is yun.
    #expect(korean.romanize("किम युन-ना").text == "Kim Yun-na")
    #expect(korean.romanize("किम जिन-युन").text == "Kim Jin-yun")
  }

  // MARK: - Vowel length and rendering rank

  @Test func shortVowelsAreRecognized() {
    #expect(KoreanNameRomanizer.shortOnlyVowels("हुन") == .init(oo: true, ee: false))
    #expect(KoreanNameRomanizer.shortOnlyVowels("हून") == .init(oo: false, ee: false))
    #expect(KoreanNameRomanizer.shortOnlyVowels("हि") == .init(oo: false, ee: true))
    #expect(KoreanNameRomanizer.shortOnlyVowels("मिन") == .init(oo: false, ee: true))
  }

  @Test func shortUIsReadAsUNotOo() throws {
    // hoon is more common, but हुन writes the vowel short.
    let korean = KoreanNameRomanizer(tables: Self.tables([
      ("ji", ["जी", "जि"], 95, 0, 0), ("hoon", ["हून"], 75, 0, 20), ("hun", ["हुन", "हून"], 55, 0, 0),
    ]))
    #expect(korean.romanize("किम जिहुन").text == "Kim Ji-hun")
    #expect(korean.romanize("किम जी-हून").text == "Kim Ji-hoon")
    let shipped = try #require(Self.korean)
    #expect(shipped.romanize("यांग जिहुन").text == "Yang Ji-hun")
    #expect(shipped.romanize("चोई जी हून").text == "Choi Ji-hoon")
  }

  @Test func renderingRankCostFallsOffLikeZipf() {
    let second = KoreanNameRomanizer.renderingRankCost * log(2)
    let third = KoreanNameRomanizer.renderingRankCost * log(3)
    #expect(abs(second - 1) < 1e-12)
    #expect(third > second && third - second < second)
  }

  @Test func yongAndYoungKeepTheirOwnRenderings() throws {
    let korean = try #require(Self.korean)
    #expect(korean.romanize("किम योंग-बीओम").text == "Kim Yong-beom")
    #expect(korean.romanize("किम यंग-सैम").text == "Kim Young-sam")
  }
}
