import Foundation

/// Learning and measuring the Korean-name model on real pairs: reading pair files, the
/// glossary's observed Korean names, writing the learned channel table, and
/// cross-validation by person.
public enum KoreanNameTraining {
  /// Reads pairs from a TSV file with `hindi` and `english` columns (and optionally `order`:
  /// `western` when the Hindi writes the given name first).
  ///
  /// - Throws: ``HinGlossError`` for a missing file, a missing column or a malformed line.
  public static func pairs(contentsOf url: URL) throws(HinGlossError) -> [KoreanNamePair] {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw HinGlossError(.missingFile, "no such file: \(url.path)")
    }
    let tsv = try TSVReader(bytes: Array(data), file: url.path)
    guard let h = tsv.header.firstIndex(of: "hindi") else {
      throw HinGlossError(.badHeader, "the header has no 'hindi' column", at: tsv.headerLocation(cell: 0))
    }
    guard let e = tsv.header.firstIndex(of: "english") else {
      throw HinGlossError(.badHeader, "the header has no 'english' column", at: tsv.headerLocation(cell: 0))
    }
    let o = tsv.header.firstIndex(of: "order")
    return tsv.records.map { r in
      KoreanNamePair(hindi: r.cells[h], english: r.cells[e], givenNameFirst: o.map { r.cells[$0] == "western" } ?? false)
    }
  }

  /// The glossary's Korean people as pairs: every Hindi form a source showed (variants,
  /// deprecated forms, and the house style unless it was `composed`), with the English form.
  public static func pairs(from glossary: Glossary) -> [KoreanNamePair] {
    var result: [KoreanNamePair] = []
    for entry in glossary.entries where entry.kind == .person && entry.hangul != nil && !entry.flags.contains(.established) {
      var forms = entry.variants + entry.deprecated
      if !entry.isComposed { forms.insert(entry.hindi, at: 0) }
      for form in forms { result.append(KoreanNamePair(hindi: form, english: entry.english)) }
    }
    return result
  }

  /// The learned channel as the TSV text of `channel.tsv`: one row per unit and rendering,
  /// with its count and smoothed probability.
  public static func channelTable(_ channel: KoreanChannel, pairs: Int, sources: [String]) -> String {
    var out = "# Learned by `hingloss train` from \(pairs) real (Hindi, English) pairs; do not edit by hand.\n"
    out += "# Pairs: \(sources.joined(separator: ", ")). See README.md.\n"
    out += "# count: renderings seen in the aligned pairs; probability: smoothed towards orthography.tsv.\n"
    out += "slot\tletters\thindi\tcount\tprobability\n"
    for unit in channel.counts.keys.sorted() {
      for r in channel.renderings(unit) where r.count > 0 {
        let hindi = r.hindi.isEmpty ? KoreanNameTables.emptyRendering : r.hindi
        out += "\(unit.slot.rawValue)\t\(unit.letters)\t\(hindi)\t\(Int(r.count))\t\(String(format: "%.4f", exp(r.logProbability)))\n"
      }
    }
    return out
  }

  /// Results of a cross-validation.
  public struct Report: Sendable {
    /// Names scored.
    public var count = 0
    /// Names whose right English was the top candidate, and among the top `k`.
    public var top1 = 0
    public var topK = 0
    public var k = 5
    /// Calibration: for bins of the top candidate's probability (0–0.1, … 0.9–1), how many
    /// names fell in the bin, how many of those were right, and their mean probability.
    public var bins = [(count: Int, right: Int, probability: Double)](repeating: (0, 0, 0), count: 10)
    /// Wrong answers: Hindi, expected, got.
    public var errors: [(hindi: String, expected: String, got: String)] = []
    /// Mean negative log-probability of the right answer at each candidate temperature
    /// (an answer outside the candidates counts as probability 0.001).
    public var logLoss: [(temperature: Double, loss: Double)] = []
    /// Brier score of the top candidate's probability (is it right?) for each weight of the
    /// unconsidered spellings (`KoreanNameRomanizer.unlistedMass`).
    public var brier: [(unlistedMass: Double, score: Double)] = []
  }

  /// Weights of the unconsidered spellings tried when calibrating.
  static let unlistedMasses = [0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0]

  /// Temperatures tried when calibrating the candidate probabilities.
  static let temperatures = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4]

  /// Cross-validation by person: the people are split into `folds` groups (all renderings of
  /// one person in the same group, by a hash of the English name), the channel is trained on
  /// the other groups' pairs, and each held-out pair is decoded.
  ///
  /// With `unseenPeople`, the held-out people's names are also taken out of the whole-name
  /// prior (``KoreanNameTables/names``), which measures names of people nobody counted.
  public static func crossValidate(
    pairs: [KoreanNamePair], tables: KoreanNameTables, folds: Int = 5, k: Int = 5, unseenPeople: Bool = false
  ) -> Report {
    var report = Report()
    report.k = k
    var losses = [Double](repeating: 0, count: temperatures.count)
    var briers = [Double](repeating: 0, count: unlistedMasses.count)
    func fold(_ english: String) -> Int { personFold(english, folds: folds) }
    for f in 0..<folds {
      let train = pairs.filter { fold($0.english) != f }
      let test = pairs.filter { fold($0.english) == f }
      let (channel, _) = KoreanChannel.train(pairs: train, orthography: tables.orthography)
      var foldTables = tables
      if unseenPeople {
        let held = Set(test.compactMap { KoreanEnglishName($0.english)?.key })
        foldTables = KoreanNameTables(
          surnames: tables.surnames, given: tables.given, givenLengths: tables.givenLengths,
          names: tables.names.filter { !held.contains($0.key) }, orthography: tables.orthography,
          channelCounts: tables.channelCounts)
      }
      let model = KoreanNameRomanizer(tables: foldTables, channel: channel)
      for pair in test {
        let all = model.candidates(pair.hindi, limit: KoreanNameRomanizer.beam)
        report.add(Array(all.prefix(k)), pair)
        let expected = Evaluation.comparable(pair.english)
        let scores = all.map(\.score)
        let right = all.firstIndex { Evaluation.comparable($0.text) == expected }
        // The top probability is 1 / (weights + unlistedMass): recompute it for other masses.
        if let p = all.first?.probability, p > 0 {
          let weights = 1 / p - KoreanNameRomanizer.unlistedMass
          let correct = right == 0 ? 1.0 : 0.0
          for (a, mass) in unlistedMasses.enumerated() {
            let q = 1 / (weights + mass)
            briers[a] += (q - correct) * (q - correct)
          }
        } else {
          for a in unlistedMasses.indices { briers[a] += 1 }
        }
        for (t, temperature) in temperatures.enumerated() {
          guard let top = scores.first, let right else {
            losses[t] += -log(0.001)
            continue
          }
          let z = scores.reduce(0) { $0 + exp(($1 - top) / temperature) }
          losses[t] += -log(max(0.001, exp((scores[right] - top) / temperature) / z))
        }
      }
    }
    report.logLoss = zip(temperatures, losses).map { ($0, $1 / Double(max(report.count, 1))) }
    report.brier = zip(unlistedMasses, briers).map { ($0, $1 / Double(max(report.count, 1))) }
    return report
  }
}

extension KoreanNameTraining.Report {
  /// Scores one name's candidates against its expected English.
  mutating func add(_ candidates: [KoreanNameRomanizer.Romanization], _ pair: KoreanNamePair) {
    let expected = Evaluation.comparable(pair.english)
    let texts = candidates.map { Evaluation.comparable($0.text) }
    count += 1
    let right = texts.first == expected
    let inTopK = texts.contains(expected)
    if right {
      top1 += 1
    } else {
      errors.append((pair.hindi, pair.english, (candidates.first?.text ?? "") + (inTopK ? "" : " [not in top \(k)]")))
    }
    if inTopK { topK += 1 }
    let p = candidates.first?.probability ?? 0
    let bin = min(9, Int(p * 10))
    bins[bin].count += 1
    bins[bin].right += right ? 1 : 0
    bins[bin].probability += p
  }
}

extension KoreanNameTraining {
  /// The fold of a person in cross-validation: a hash of the English name as the scoring
  /// convention compares it, so every rendering of one person falls in the same fold.
  static func personFold(_ english: String, folds: Int) -> Int {
    var h: UInt64 = 1_469_598_103_934_665_603
    for b in Evaluation.comparable(english).utf8 { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
    return Int(h % UInt64(folds))
  }

  /// Cross-validation of ``Renderer`` by person: each held-out person's English name is
  /// composed with a channel trained on the other folds, and counts as right when its match key
  /// equals that of a rendering a real source printed for the person (any of them).
  public static func crossValidateRendering(
    pairs: [KoreanNamePair], tables: KoreanNameTables, folds: Int = 5
  ) -> (people: Int, matched: Int, misses: [(english: String, composed: String, seen: [String])]) {
    func fold(_ english: String) -> Int { personFold(english, folds: folds) }
    var people = 0
    var matched = 0
    var misses: [(String, String, [String])] = []
    let byPerson = Dictionary(grouping: pairs.filter { !$0.givenNameFirst }, by: { Evaluation.comparable($0.english) })
    for f in 0..<folds {
      let (channel, _) = KoreanChannel.train(pairs: pairs.filter { fold($0.english) != f }, orthography: tables.orthography)
      let renderer = Renderer(glossary: nil, tables: tables, channel: channel)
      for (key, seen) in byPerson.sorted(by: { $0.key < $1.key }) where fold(seen[0].english) == f {
        guard let composed = renderer.compose(seen[0].english) else { continue }
        people += 1
        let keys = Set(seen.map { MatchKey.key($0.hindi) })
        if keys.contains(MatchKey.key(composed)) {
          matched += 1
        } else {
          misses.append((key, composed, seen.map(\.hindi)))
        }
      }
    }
    return (people, matched, misses)
  }
}
