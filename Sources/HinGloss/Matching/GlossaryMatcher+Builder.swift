extension GlossaryMatcher {
  /// Collects patterns, then builds a matcher.
  public struct Builder: Sendable {
    public var configuration: Configuration
    var keys: [String] = []
    var forms: [String] = []
    var entryIndex: [Int32] = []
    var qualities: [Match.Quality] = []
    var entries: [GlossaryEntry] = []
    /// The search engine, when a test wants one rather than the automatic choice.
    var engine: _Engine? = nil

    public init(configuration: Configuration = .init()) { self.configuration = configuration }

    /// Adds a pattern (any Hindi or Latin text); returns its id.
    @discardableResult
    public mutating func add(_ pattern: String) -> PatternID {
      add(pattern, entry: -1, quality: .houseStyle)
    }

    mutating func add(_ pattern: String, entry: Int32, quality: Match.Quality) -> PatternID {
      let id = PatternID(rawValue: UInt32(keys.count))
      keys.append(_FastFold.key(pattern) ?? MatchKey.key(pattern))
      forms.append(HindiNormalizer().normalize(pattern).text)
      entryIndex.append(entry)
      qualities.append(quality)
      return id
    }

    /// Adds every Hindi form of every entry.
    public mutating func add(_ glossary: Glossary) {
      for entry in glossary.entries {
        let i = Int32(entries.count)
        entries.append(entry)
        for form in entry.hindiForms {
          let quality: Match.Quality =
            form.status == .preferred ? .houseStyle : form.status == .admitted ? .variant : .deprecated
          _ = add(form.text, entry: i, quality: quality)
        }
      }
    }

    /// Compiles the patterns.
    public func build() throws(HinGlossError) -> GlossaryMatcher {
      let compact = keys.allSatisfy(_FastFold.isCompactEncodable)
      // Every key back to back in the matcher's encoding.
      var bytes: [UInt8] = []
      var offsets: [Int] = [0]
      offsets.reserveCapacity(keys.count + 1)
      for key in keys {
        if compact {
          for s in key.unicodeScalars { bytes.append(_FastFold.compactByte(s.value)) }
        } else {
          bytes.append(contentsOf: key.utf8)
        }
        offsets.append(bytes.count)
      }
      var automaton: _Automaton? = nil
      var trie: _WordTrie? = nil
      let longest = offsets.indices.dropLast().lazy.map { offsets[$0 + 1] - offsets[$0] }.max() ?? 0
      let useTrie: Bool
      switch engine {
      case nil: useTrie = configuration.requiresWordBoundaries && longest <= GlossaryMatcher.longestWalk
      case .wordTrie?:
        // The walk starts only at word starts and is bounded by the longest key.
        precondition(configuration.requiresWordBoundaries, "the word trie needs word boundaries")
        useTrie = true
      case .ahoCorasick?: useTrie = false
      }
      if useTrie {
        trie = _WordTrie(bytes: bytes, offsets: offsets)
      } else {
        automaton = try _Automaton(
          patterns: offsets.indices.dropLast().map { Array(bytes[offsets[$0]..<offsets[$0 + 1]]) })
      }
      var fuzzy: _FuzzyIndex? = nil
      if configuration.fuzzy {
        // Names get variants; terms and titles (ordinary words, whose one-edit neighbours
        // are other words) do not. A pattern added without an entry is the caller's: it does.
        let names: Set<GlossaryEntry.Kind> = [.person, .organization, .company, .place]
        let eligible = entryIndex.map { $0 < 0 || names.contains(entries[Int($0)].kind) }
        fuzzy = try _FuzzyIndex(
          keys: keys, eligible: eligible, compact: compact, minimumLength: configuration.fuzzyMinimumLength,
          wordBoundaries: configuration.requiresWordBoundaries)
      }
      let lengths = offsets.indices.dropLast().map { UInt32(offsets[$0 + 1] - offsets[$0]) }
      return GlossaryMatcher(
        configuration: configuration, automaton: automaton, trie: trie, compact: compact, forms: forms,
        entryIndex: entryIndex, qualities: qualities, entries: entries, keyLengths: lengths, fuzzy: fuzzy)
    }
  }

  /// The two search engines (``GlossaryMatcher/Builder`` picks one): a trie walked from each
  /// word start, and an Aho–Corasick automaton over every byte.
  enum _Engine: CaseIterable, Sendable {
    case wordTrie, ahoCorasick
  }
}
