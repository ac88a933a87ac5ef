extension EntityLinker {
  /// Words that follow a name in Hindi news: postpositions and the conjunction. A surname that
  /// is also an ordinary word (ली: "took") stands for a person only before one of them.
  static let wordsAfterAName: Set<String> = ["ने", "का", "की", "के", "को", "से", "पर", "में", "और", "तथा", "एवं"]

  /// Longest spans first: a surname and up to three given-name words, adjacent (one space
  /// apart), none of them an ordinary word (the surname may be one) or already covered.
  static let maximumNameWords = 4

  func names(in line: String, words: [Word], covered: Coverage, state: inout DocumentState) -> [Mention] {
    var mentions: [Mention] = []
    var i = 0
    // A word a Korean name could be made of: not covered, and written only with letters that
    // Korean-name renderings use (most Hindi words have one they never use: ष, ध, ृ).
    func isFree(_ w: Word) -> Bool { !covered.overlaps(w.range) }
    func isNameLike(_ k: Int) -> Bool { words[k].usesRenderingLetters && isFree(words[k]) }
    // Whether a (name-like) word is an ordinary word, or a surname.
    func isStop(_ k: Int) -> Bool { stopKeys.contains(words[k].key) }
    // Linking needs the surname of a glossary person; discovery, any surname.
    func isSurname(_ k: Int, linking: Bool) -> Bool { (linking ? linkSurnameKeys : surnameKeys).contains(words[k].key) }
    var givenLike: [Bool?] = Array(repeating: nil, count: words.count)
    func isGivenLike(_ k: Int) -> Bool {
      if let known = givenLike[k] { return known }
      let ok = korean.isGivenNameLike(words[k].text)
      givenLike[k] = ok
      return ok
    }
    func adjacent(_ a: Word, _ b: Word) -> Bool { b.range.lowerBound - a.range.upperBound == 1 }
    while i < words.count {
      guard isFree(words[i]) else {
        i += 1
        continue
      }
      var found: (mention: Mention, end: Int)? = nil
      // The longest run of free, adjacent words from i.
      var end = i
      if isNameLike(i) {
        while end + 1 < words.count, end + 1 - i < Self.maximumNameWords, isNameLike(end + 1), adjacent(words[end], words[end + 1]) {
          end += 1
        }
      }
      // Links first (a glossary person in a new spelling), then a person named before, then
      // an unknown name.
      // A span is read once, for both passes.
      var readings: [Int: Reading] = [:]
      for pass in 0..<(end > i ? 2 : 0) where found == nil {
        let discover = pass == 1
        if discover, configuration.coreference, !state.partialNames.isEmpty, let m = coreferent(words, at: i, line: line, state: state, isFree: isFree) {
          found = m
          break
        }
        if discover && !configuration.discover { break }
        var last = end + 1
        while last > i + 1 {
          last -= 1
          // Every word but the surname (first or last) must cut into given-name syllables.
          // Eastern order starts with a surname, western ends with one; the other words are not
          // ordinary Hindi words (the surname may be one: ली), and a western surname is not either.
          let eastern = isSurname(i, linking: !discover) && !((i + 1)...last).contains(where: isStop)
          let western = !eastern && isSurname(last, linking: !discover) && !(i...last).contains(where: isStop)
          guard eastern || western else { continue }
          let given = eastern ? (i + 1)...last : i...(last - 1)
          guard given.allSatisfy(isGivenLike) else { continue }
          let reading = readings[last] ?? read(words[i...last], in: line)
          readings[last] = reading
          if let m = name(reading, discover: discover) {
            found = (m, last)
            break
          }
        }
      }
      if found == nil, configuration.coreference, !state.partialNames.isEmpty, isNameLike(i), let m = coreferent(words, at: i, line: line, state: state, isFree: isFree) {
        found = m
      }
      if let found {
        if found.mention.quality == .romanized || found.mention.quality == .fuzzy {
          remember(found.mention, words: words, state: &state)
        }
        mentions.append(found.mention)
        i = found.end + 1
      } else {
        i += 1
      }
    }
    return mentions
  }

  /// A span of words with the model's readings of it.
  struct Reading {
    var span: ArraySlice<Word>
    var range: Range<Int>
    var surface: String
    var candidates: [KoreanNameRomanizer.Romanization]
  }

  /// Reads a span as a Korean name (its order and words already checked by ``names(in:words:covered:state:)``).
  func read(_ span: ArraySlice<Word>, in line: String) -> Reading {
    let range = span.first!.range.lowerBound..<span.last!.range.upperBound
    let surface = String(line.utf8[line.utf8Range(range)]) ?? ""
    // Running text: listed spellings only (a name made of syllables nobody listed is rare,
    // and reading every span from letter groups would cost most of the time).
    return Reading(span: span, range: range, surface: surface, candidates: korean.listedCandidates(surface, limit: 5))
  }

  /// A span read as a Korean name: linked to a glossary entry whose English equals one of the
  /// model's readings, or discovered.
  func name(_ reading: Reading, discover: Bool) -> Mention? {
    let (span, range, surface, candidates) = (reading.span, reading.range, reading.surface, reading.candidates)
    guard let best = candidates.first, best.koreanLikeness > 0 else { return nil }
    for c in candidates where !discover && c.probability >= configuration.linkProbability {
      let people = glossary.lookup(english: c.text).filter { $0.kind == .person }
      if let entry = people.first, people.count == 1 {
        return Mention(utf8Range: range, surface: surface, entry: entry, quality: .romanized, probability: c.probability, english: entry.english)
      }
    }
    // A person's glossary form one edit away (री यान्ग-हो for री योंग हो): the whole span, and
    // only one person.
    if !discover, let fuzzyPeople {
      let hits = fuzzyPeople.matches(in: surface)
      if hits.count == 1, let hit = hits.first, hit.utf8Range == 0..<surface.utf8.count,
        let entry = hit.entry.flatMap({ entriesByID[$0.id] })
      {
        return Mention(utf8Range: range, surface: surface, entry: entry, quality: Mention.Quality(hit.quality), english: entry.english)
      }
    }
    // An unknown name that starts with an ordinary word (को, के: also Ko and Kye) needs more
    // than one given-name word, or a hyphenated one: "को इनाम" is "to the prize".
    if discover && span.count < 3 && stopKeys.contains(span[span.startIndex].key)
      && !span[span.startIndex + 1].text.contains("-")
    {
      return nil
    }
    guard discover, configuration.discover, span.count >= 2, best.koreanLikeness >= configuration.discoveryLikeness,
      best.probability >= configuration.discoveryProbability
    else { return nil }
    return Mention(
      utf8Range: range, surface: surface, entry: nil, quality: .discovered, probability: best.probability,
      english: best.text, candidates: candidates.map { Mention.Candidate(text: $0.text, probability: $0.probability) },
      hangul: korean.hangulCandidates(surface, limit: 3).map { Mention.Candidate(text: $0.hangul, probability: $0.probability) })
  }

  /// A surname, or a person's first two words, standing alone after the person was named.
  func coreferent(
    _ words: [Word], at i: Int, line: String, state: DocumentState, isFree: (Word) -> Bool
  ) -> (mention: Mention, end: Int)? {
    guard state.partialFirstWords.contains(words[i].key) else { return nil }
    for count in [2, 1] where i + count <= words.count {
      let span = words[i..<(i + count)]
      guard span.allSatisfy(isFree) else { continue }
      if count == 2, span[i + 1].range.lowerBound - span[i].range.upperBound != 1 { continue }
      let key = span.map { MatchKey.key($0.text) }.joined(separator: " ")
      // Only people named before this word, and only one of them.
      let here = DocumentState.Place(line: state.line, offset: span[i].range.lowerBound)
      let ids = Set((state.partialNames[key] ?? []).filter { $0.place < here }.map(\.id))
      guard ids.count == 1, let id = ids.first, let entry = state.entries[id] else { continue }
      // An ordinary word (ली: "took") is a name only before a postposition.
      if count == 1 && stopWords.contains(span[i].text) {
        guard i + 1 < words.count, Self.wordsAfterAName.contains(words[i + 1].text) else { continue }
      }
      let range = span[i].range.lowerBound..<span[i + count - 1].range.upperBound
      let surface = String(line.utf8[line.utf8Range(range)]) ?? ""
      return (Mention(utf8Range: range, surface: surface, entry: entry, quality: .coreferent, english: entry.english), i + count - 1)
    }
    return nil
  }

  /// Remembers a person's surname and first two words (of the surface as written, when the
  /// surface has two or more words and starts with a surname rendering).
  func remember(_ mention: Mention, words: [Word], state: inout DocumentState) {
    guard let entry = mention.entry else { return }
    // The words inside the mention (words are in order: find the first by binary search).
    var lo = 0
    var hi = words.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if words[mid].range.lowerBound < mention.utf8Range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    var inside: [Word] = []
    while lo < words.count, mention.utf8Range.contains(words[lo].range.lowerBound) {
      inside.append(words[lo])
      lo += 1
    }
    guard inside.count >= 2 else { return }
    state.entries[entry.id] = entry
    // The word that writes the person's surname (the first of the English form), first or last.
    var keys: [(key: String, first: String)] = []
    let surname = entry.english.split(separator: " ").first.map { Evaluation.comparable(String($0)) } ?? ""
    func writesSurname(_ word: Word) -> Bool {
      korean.isSurname(word.text) && korean.candidates(word.text, limit: 3).contains { Evaluation.comparable($0.text) == surname }
    }
    if writesSurname(inside[0]) {
      let key = MatchKey.key(inside[0].text)
      keys.append((key, key))
    } else if writesSurname(inside[inside.count - 1]) {
      let key = MatchKey.key(inside[inside.count - 1].text)
      keys.append((key, key))
    }
    if inside.count >= 3 {
      let first = MatchKey.key(inside[0].text)
      keys.append((first + " " + MatchKey.key(inside[1].text), first))
    }
    let place = DocumentState.Place(line: state.line, offset: mention.utf8Range.lowerBound)
    for (key, first) in keys where !(state.partialNames[key] ?? []).contains(where: { $0.id == entry.id && $0.place <= place }) {
      state.partialNames[key, default: []].append((entry.id, place))
      state.partialFirstWords.insert(Self.fnv(first))
    }
  }
}
