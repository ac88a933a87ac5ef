import Foundation

extension KoreanNameRomanizer {
  /// A decoded name: its romanization, and the table rows it was read as (nil, or -1 for a
  /// given syllable, for a spelling the prior does not list).
  struct Candidate {
    var romanization: Romanization
    var surname: Int?
    var given: ArraySlice<Int>
  }

  /// A reading of a given name: its score and where its syllables are in the name's
  /// ``PathStore`` (a plain value: copying one costs no reference counting).
  struct Path {
    var score: Double
    /// Sum of the channel's log-probabilities alone (how typical the renderings are).
    var channel: Double
    /// Its syllables in ``PathStore/units``: rows of ``KoreanNameTables/given``, -1 for a
    /// spelling the prior does not list.
    var units: Range<Int>
    /// The spellings of its -1 units in ``PathStore/novel``, in order.
    var novels: Range<Int>
    var novel: Int

    static let empty = Path(score: 0, channel: 0, units: 0..<0, novels: 0..<0, novel: 0)
  }

  /// The syllables of the paths of one name.
  struct PathStore: Sendable {
    var units: [Int] = []
    var novel: [String] = []

    mutating func removeAll() {
      units.removeAll(keepingCapacity: true)
      novel.removeAll(keepingCapacity: true)
    }
  }

  /// A path's syllable spellings.
  func spellings(_ p: Path, _ store: PathStore) -> [String] {
    var novel = store.novel[p.novels].makeIterator()
    return store.units[p.units].map { $0 >= 0 ? tables.given[$0].spelling : (novel.next() ?? "") }
  }

  /// Higher score first; equal scores by spelling.
  func isBetter(_ a: Path, _ b: Path, _ store: PathStore) -> Bool {
    if a.score != b.score { return a.score > b.score }
    // By spellings, syllable by syllable, without making the lists.
    var novelA = store.novel[a.novels].makeIterator()
    var novelB = store.novel[b.novels].makeIterator()
    var i = a.units.lowerBound
    var j = b.units.lowerBound
    while i < a.units.upperBound {
      guard j < b.units.upperBound else { return false }
      let x = store.units[i] >= 0 ? tables.given[store.units[i]].spelling : (novelA.next() ?? "")
      let y = store.units[j] >= 0 ? tables.given[store.units[j]].spelling : (novelB.next() ?? "")
      if x != y { return x < y }
      i += 1
      j += 1
    }
    return j < b.units.upperBound
  }

  /// Paths kept per position of the lattice, and candidates considered per name.
  static let beam = 12
  /// Surname readings of one word considered.
  static let surnameOptions = 4
  /// Log-probability that a Hindi text writes the given name first: the share of such
  /// renderings among the observed pairs (62 of 579 in `observed-names.tsv`).
  static let givenNameFirstLogPrior = log(62.0 / 579)
  /// Log-probability of a surname the census table does not list.
  static let novelSurnameLogPrior = log(1e-4)
  /// Listed spellings whose renderings are on average less likely than this per syllable do
  /// not explain a name: then spellings nobody listed are tried too.
  static let novelReadingLogProbability = log(0.005)
  /// A rendering at least this likely is a common way of writing its spelling.
  static let commonRenderingLogProbability = log(0.02)
  /// Temperature of the candidate probabilities: the one with the least log-loss of the right
  /// answer in cross-validation by person with unseen people (`hingloss train --cross-validate 5
  /// --unseen-people`; see README).
  static let temperature = 1.25

  func decode(_ name: String, limit: Int, novel: Bool = true) -> [Candidate] {
    guard name.unicodeScalars.count <= Self.maximumNameScalars * 4 else { return [] }
    let text = KoreanNameText(name, normalizer: normalizer)
    let chunks = text.chunks
    guard !chunks.isEmpty, text.hasDevanagari, chunks.count <= Self.maximumNameParts,
      text.scalarCount <= Self.maximumNameScalars
    else { return [] }

    // (surname chunk, given chunks, log prior of the order)
    typealias Reading = (surname: Int?, given: Range<Int>, logPrior: Double)
    var readings: [Reading] = []
    readings.reserveCapacity(2)
    if chunks.count >= 2 {
      readings.append((0, 1..<chunks.count, 0))
      // Given name first only when the first word is not a common surname written in a common
      // way: a writer who starts with Kim or Park has written the name in its own order.
      if let last = chunks.last, !last.afterHyphen, !isCommonSurname(chunks[0].scalars) {
        readings.append((chunks.count - 1, 0..<(chunks.count - 1), Self.givenNameFirstLogPrior))
      }
    } else {
      readings.append((nil, 0..<chunks.count, 0))
      readings.append((0, 0..<0, 0))
    }

    // Every reading's surname options and given-name paths, scored; texts are built only for
    // the best combinations.
    // Every option's surname and given readings in one list each (options and combinations
    // point into them).
    var options: [Option] = []
    options.reserveCapacity(readings.count)
    var surnames: [SurnameReading] = []
    surnames.reserveCapacity(readings.count * (Self.surnameOptions + 3))
    var givens: [Path] = []
    givens.reserveCapacity(readings.count * Self.beam)
    var givenHashes: [TextHash] = []
    givenHashes.reserveCapacity(readings.count * Self.beam)
    var combos: [Combo] = []
    combos.reserveCapacity(readings.count * Self.surnameOptions * Self.beam)
    var scratch = scratchPool.take()
    defer { scratchPool.give(scratch) }
    scratch.store.removeAll()
    for (r, reading) in readings.enumerated() {
      let surnameStart = surnames.count
      if let c = reading.surname {
        let chunk = chunks[c]
        let edges = surnameIndex.edges(chunk.scalars)
        for e in edges.prefix(Self.surnameOptions) {
          surnames.append(SurnameReading(
            unit: e.unit, text: surnameDisplay[e.unit], hash: surnameDisplayHash[e.unit],
            score: surnameLogPrior[e.unit] + e.logProbability, channel: e.logProbability, novel: 0))
        }
        // A word alone is read as an unlisted surname only when it is not a whole given name.
        if edges.isEmpty && !reading.given.isEmpty {
          for p in givenPaths(chunks[c...c], lengthPrior: false, novel: novel, scratch: &scratch).prefix(3) {
            let text = Self.capitalized(spellings(p, scratch.store).joined())
            surnames.append(SurnameReading(
              unit: nil, text: text, hash: TextHash(text), score: Self.novelSurnameLogPrior + p.channel,
              channel: p.channel, novel: p.novel + p.units.count))
          }
        }
        if surnames.count == surnameStart { continue }
      } else {
        surnames.append(SurnameReading(unit: nil, text: "", hash: TextHash(), score: 0, channel: 0, novel: 0))
      }
      let givenStart = givens.count
      if reading.given.isEmpty {
        givens.append(.empty)
      } else {
        givens.append(contentsOf: givenPaths(chunks[reading.given], lengthPrior: true, novel: novel, scratch: &scratch).prefix(Self.beam))
      }
      for gi in givenStart..<givens.count { givenHashes.append(givenHash(givens[gi], scratch.store)) }
      let o = options.count
      options.append(Option(reading: r, surnames: surnameStart..<surnames.count, given: givenStart..<givens.count))
      for gi in givenStart..<givens.count {
        let g = givens[gi]
        // Real people with this given name, by surname spelling.
        let listed = g.novel == 0 ? Self.rowsKey(scratch.store.units[g.units]) : nil
        let named = listed.flatMap { namesByGivenRows[$0] }
        let bySpelling = g.units.isEmpty || listed != nil ? nil : namesByGiven[givenKey(g, scratch.store)]
        for si in surnameStart..<surnames.count {
          let sn = surnames[si]
          var score = reading.logPrior + sn.score + g.score
          var count = 0
          if let unit = sn.unit, !g.units.isEmpty {
            if listed != nil {
              if let named {
                for i in Int(named >> 32)..<Int(named & 0xFFFF_FFFF) where namedSurnames[i] == unit {
                  count = namedCounts[i]
                  break
                }
              }
            } else if let bySpelling {
              // A syllable nobody listed (rare), or a long name: by spelling.
              count = bySpelling[surnameSpellings[unit]] ?? 0
            }
          }
          score += namePriorBoost(count: count, syllableLogPrior: sn.score - sn.channel + g.score - g.channel)
          combos.append(Combo(option: o, surname: si, given: gi, score: score))
        }
      }
    }
    combos.sort { $0.score != $1.score ? $0.score > $1.score : ($0.option, $0.surname, $0.given) < ($1.option, $1.surname, $1.given) }
    guard let top = combos.first?.score else { return [] }
    let normalizer = combos.reduce(Self.unlistedMass) { $0 + exp(($1.score - top) / Self.temperature) }

    // Texts only for the returned candidates; a text reached by several readings (another cut
    // of the same spellings) adds its probability to the first. Texts are told apart by a hash
    // of their bytes, and by the texts themselves when two hashes agree.
    let ranked = combos
    let store = scratch.store
    var results: [Ranked] = []
    var likeness = 0.0
    // The same combinations whatever the limit, so that fewer candidates are a prefix of more
    // (a duplicate's probability can lift a text above another).
    let kept = max(limit, Self.beam)
    results.reserveCapacity(kept)
    for (c, combo) in ranked.prefix(kept * 3).enumerated() {
      let option = options[combo.option]
      let s = surnames[combo.surname]
      let g = givens[combo.given]
      guard !s.text.isEmpty || !g.units.isEmpty else { continue }
      let hash = s.hash.joined(givenHashes[combo.given]).value
      let probability = exp((combo.score - top) / Self.temperature) / normalizer
      var duplicate = -1
      for (i, r) in results.enumerated() where r.hash == hash {
        if readingText(ranked[r.combo], surnames, givens, store) == readingText(combo, surnames, givens, store) {
          duplicate = i
          break
        }
      }
      if duplicate >= 0 {
        results[duplicate].probability += probability
        continue
      }
      if results.isEmpty {
        let syllables = g.units.count + (readings[option.reading].surname == nil ? 0 : 1)
        likeness = Self.likeness(
          channelPerSyllable: (s.channel + g.channel) / Double(max(syllables, 1)), novel: s.novel + g.novel,
          knownSurname: s.unit != nil, chunks: chunks.count)
        // A given name longer than real ones are (2,994 of 3,023 counted names have two
        // syllables, 1 has three) is not a Korean name, however well its pieces read. (One
        // syllable is common in news, Cho Hyun, though the counts undercount it.)
        let k = g.units.count
        if k > lengthLogPrior.count {
          likeness = 0
        } else if k > 2, let common = lengthLogPrior.max() {
          likeness *= min(1, exp(lengthLogPrior[k - 1] - common) * 10)
        }
      }
      guard results.count < kept else { continue }
      results.append(Ranked(combo: c, hash: hash, probability: probability, likeness: likeness))
    }
    // Summed duplicates can change the order; equal probabilities go by text.
    results.sort { $0.probability > $1.probability }
    var runStart = 0
    while runStart < results.count {
      var runEnd = runStart + 1
      while runEnd < results.count && results[runEnd].probability == results[runStart].probability { runEnd += 1 }
      if runEnd - runStart > 1 {
        let texts = results[runStart..<runEnd].map { (readingText(ranked[$0.combo], surnames, givens, store), $0) }
        results.replaceSubrange(runStart..<runEnd, with: texts.sorted { $0.0 < $1.0 }.map(\.1))
      }
      runStart = runEnd
    }
    return results.prefix(limit).map { r in
      let combo = ranked[r.combo]
      let s = surnames[combo.surname]
      let g = givens[combo.given]
      return Candidate(
        romanization: Romanization(
          text: readingText(combo, surnames, givens, store), probability: r.probability, score: combo.score,
          koreanLikeness: r.likeness, surname: s.text.isEmpty ? nil : s.text, givenSyllables: spellings(g, store)),
        surname: s.unit, given: store.units[g.units])
    }
  }

  /// Up to four given-name rows (each below 2^16) packed in one integer, for
  /// ``namesByGivenRows``; nil when a syllable is not a listed row or there are more.
  static func rowsKey(_ rows: some Collection<Int>) -> UInt64? {
    guard rows.count <= 4 else { return nil }
    var key = UInt64(rows.count)
    for row in rows {
      guard row >= 0, row < 0xFFFF else { return nil }
      key = key << 16 | UInt64(row + 1)
    }
    return key
  }

  /// The weight, against the best reading's 1, of the English spellings the decoder did not
  /// consider (a misprint, a spelling no table lists): what keeps a lone reading from claiming
  /// certainty. Fitted by the Brier score of the top candidate's probability in
  /// cross-validation by person (`hingloss train --cross-validate 5`): the least with the
  /// shipped whole-name prior, within 0.002 of the least (0.3) with unseen people.
  static let unlistedMass = 0.2

  /// A surname borne by at least this share of people counts as common (Kim, Lee, Park,
  /// Song, Hong: each 0.5 % or more of the census).
  static let commonSurnameLogShare = log(0.005)

  /// Whether a word is a common rendering of a common surname.
  func isCommonSurname(_ word: [Unicode.Scalar]) -> Bool {
    surnameIndex.edges(word).contains {
      $0.logProbability > Self.commonRenderingLogProbability && surnameLogPrior[$0.unit] > Self.commonSurnameLogShare
    }
  }

  /// How Korean-like a reading is: 1 when every syllable is a listed spelling written in a
  /// common way after a known surname; less for atypical renderings (per syllable, below
  /// ``commonRenderingLogProbability``), for spellings the prior does not list, and without a
  /// known surname.
  static func likeness(channelPerSyllable: Double, novel: Int, knownSurname: Bool, chunks: Int) -> Double {
    var value = exp(min(0, channelPerSyllable - commonRenderingLogProbability))
    value *= pow(0.3, Double(novel))
    if chunks >= 2 && !knownSurname { value *= 0.4 }
    return max(0, min(1, value))
  }

  /// Share of the prior that goes to whole names of real people (``KoreanNameTables/names``):
  /// the share of the people of the observed pairs whose name the table holds (111 of 226).
  static let knownNameShare = 111.0 / 226

  /// The prior is a mixture: P(E) = (1 − s) · P_syllables(E) + s · count(E) / people. Returns
  /// log(P(E) / P_syllables(E)), the change to a reading scored with the syllable prior alone.
  func namePriorBoost(count: Int, syllableLogPrior: Double) -> Double {
    guard count > 0, prior.namedPeople > 0 else { return Self.unknownNameLogShare }
    let known = Self.knownNameShare * Double(count) / prior.namedPeople
    return Self.logSumExp(Self.unknownNameLogShare, log(known) - syllableLogPrior)
  }

  static let unknownNameLogShare = log(1 - knownNameShare)

  static func logSumExp(_ a: Double, _ b: Double) -> Double {
    let m = max(a, b)
    return m == -.infinity ? m : m + log(exp(a - m) + exp(b - m))
  }

  static func capitalized(_ s: String) -> String {
    guard let f = s.first else { return s }
    return f.uppercased() + s.dropFirst().lowercased()
  }
}
