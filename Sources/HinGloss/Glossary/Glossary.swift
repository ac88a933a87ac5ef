import Foundation

/// An immutable, thread-safe set of glossary entries with lookups by Hindi (any variant,
/// through the match key), by English (case-insensitive, alias-aware) and by Hangul.
///
///     let glossary = try Glossary.default
///     glossary.lookup(hindi: "किम योंग बीओम").first?.english   // "Kim Yong-beom"
///     glossary.lookup(english: "coupang").first?.hindi           // "कूपांग"
public struct Glossary: Sendable {
  /// The entries, in file order.
  public let entries: [GlossaryEntry]
  /// The files the glossary was read from.
  public let files: [String]
  private let byKey: [String: [Int]]
  private let byEnglish: [String: [Int]]
  private let byHangul: [String: [Int]]

  /// Builds a glossary from entries. A later entry with the same id replaces an earlier one
  /// (glossaries read from files refuse a duplicate id instead: see ``duplicateIDs(in:)``).
  public init(entries: [GlossaryEntry], files: [String] = []) {
    var seen: [String: Int] = [:]
    seen.reserveCapacity(entries.count)
    var list: [GlossaryEntry] = []
    list.reserveCapacity(entries.count)
    for entry in entries {
      if let i = seen[entry.id] {
        list[i] = entry
      } else {
        seen[entry.id] = list.count
        list.append(entry)
      }
    }
    self.entries = list
    self.files = files
    var byKey: [String: [Int]] = [:]
    var byEnglish: [String: [Int]] = [:]
    var byHangul: [String: [Int]] = [:]
    byKey.reserveCapacity(list.count * 2)
    byEnglish.reserveCapacity(list.count * 2)
    byHangul.reserveCapacity(list.count)
    /// Adds `i` under `key` unless it is there already (one hash lookup).
    func add(_ i: Int, _ key: String, to table: inout [String: [Int]]) {
      table[key, default: []].appendOnce(i)
    }
    for i in list.indices {
      for form in list[i].hindiForms { add(i, MatchKey.key(form.text), to: &byKey) }
      add(i, Self.englishKey(list[i].english), to: &byEnglish)
      for alias in list[i].aliases { add(i, Self.englishKey(alias), to: &byEnglish) }
      if let hangul = list[i].hangul { byHangul[hangul, default: []].append(i) }
    }
    self.byKey = byKey
    self.byEnglish = byEnglish
    self.byHangul = byHangul
  }

  /// Reads glossary files and folders (a folder contributes ``glossaryFiles(in:)``).
  ///
  /// - Throws: ``HinGlossError`` naming the file, line and column of the first problem,
  ///   including an id defined twice.
  public init(contentsOf urls: [URL]) throws(HinGlossError) {
    try self.init(files: Self.files(of: urls))
  }

  /// Reads glossary files, on disk or built in.
  ///
  /// - Throws: ``HinGlossError`` naming the file, line and column of the first problem; an
  ///   id defined twice (in one file or two) is an error (`duplicate-id`) at its second row.
  public init(files: [GlossaryFile]) throws(HinGlossError) {
    var entries: [GlossaryEntry] = []
    for file in files {
      try Self.parseEntries(file.read(), file: file.path, into: &entries)
    }
    if let error = Self.duplicateIDs(in: entries).first { throw error }
    self.init(entries: entries, files: files.map(\.path))
  }

  /// An error for every entry whose id an earlier entry already has, at the later entry.
  public static func duplicateIDs(in entries: [GlossaryEntry]) -> [HinGlossError] {
    var first: [String: GlossaryEntry] = [:]
    first.reserveCapacity(entries.count)
    var errors: [HinGlossError] = []
    for entry in entries {
      if let earlier = first[entry.id] {
        errors.append(
          HinGlossError(
            .duplicateID,
            "duplicate id '\(entry.id)', first defined at \(earlier.location.map(\.description) ?? "an earlier entry"); ids are unique across all glossary files (to replace a shipped file, use --replace)",
            at: entry.location))
      } else {
        first[entry.id] = entry
      }
    }
    return errors
  }

  /// The `glossaries/` folder of the source tree HinGloss was built from, when it is still
  /// on disk (development, benchmarks); nil anywhere else. The library never needs it: its
  /// data is compiled in (``GlossarySource/builtIn``).
  public static var bundledFolder: URL? { BundledResources.sourceFolder }

  /// The glossaries compiled into HinGloss, read once per process.
  ///
  /// - Throws: ``HinGlossError`` when the built-in data is broken (a build from a broken
  ///   `glossaries/`); never traps.
  public static var `default`: Glossary {
    get throws(HinGlossError) { try DefaultGlossary.shared.get() }
  }

  /// The built-in glossaries plus extra files or folders, which always add to them (an id
  /// defined twice is an error). See ``files(base:adding:replacing:)`` to replace a file.
  public static func loading(adding extra: [URL]) throws(HinGlossError) -> Glossary {
    guard !extra.isEmpty else { return try .default }
    return try Glossary(files: files(base: .builtIn, adding: extra))
  }

  static func englishKey(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII: letters lowercased, digits kept, the rest dropped.
      return String(unsafeUninitializedCapacity: s.utf8.count) { buffer in
        var n = 0
        for b in s.utf8 {
          switch b {
          case 0x41...0x5A: buffer[n] = b + 32
          case 0x61...0x7A, 0x30...0x39: buffer[n] = b
          default: continue
          }
          n += 1
        }
        return n
      }
    }
    return String(
      s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(
        Character.init))
  }

  /// Entries one of whose Hindi forms has the same match key as `text`.
  public func lookup(hindi text: String) -> [GlossaryEntry] {
    (byKey[MatchKey.key(text)] ?? []).map { entries[$0] }
  }

  /// Entries whose English form or an alias equals `text`, ignoring case, spaces, hyphens
  /// and punctuation.
  public func lookup(english text: String) -> [GlossaryEntry] {
    (byEnglish[Self.englishKey(text)] ?? []).map { entries[$0] }
  }

  /// Entries with this Hangul spelling.
  public func lookup(hangul text: String) -> [GlossaryEntry] {
    (byHangul[text.trimmingCharacters(in: " ")] ?? []).map { entries[$0] }
  }

  /// Looks `text` up by the script it is written in: Devanagari by match key, Hangul by
  /// Hangul, anything else by English.
  public func lookup(_ text: String) -> [GlossaryEntry] {
    if Devanagari.containsAny(text) { return lookup(hindi: text) }
    if text.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) { return lookup(hangul: text) }
    return lookup(english: text)
  }

  /// The match keys of all Hindi forms, with the entries that claim each.
  public var hindiKeys: [String: [GlossaryEntry]] {
    byKey.mapValues { $0.map { entries[$0] } }
  }

  /// The entries nearest to `text`: by edit distance between match keys (Hindi input) or
  /// between lowercased English forms (other input).
  public func nearest(_ text: String, limit: Int = 5) -> [(entry: GlossaryEntry, distance: Int)] {
    let isHindi = Devanagari.containsAny(text)
    let probe = Array((isHindi ? MatchKey.key(text) : Self.englishKey(text)).unicodeScalars)
    var best: [Int: Int] = [:]
    let table = isHindi ? byKey : byEnglish
    for (key, ids) in table {
      let d = EditDistance.levenshtein(probe, Array(key.unicodeScalars), limit: max(probe.count, 8))
      for i in ids where d < (best[i] ?? .max) { best[i] = d }
    }
    return best.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
      .prefix(limit).map { (entries[$0.key], $0.value) }
  }
}

/// The built-in glossary, loaded on first use.
enum DefaultGlossary {
  static let shared: Result<Glossary, HinGlossError> = Result { () throws(HinGlossError) in
    try GlossarySource.builtIn.glossary()
  }
}

extension Array where Element == Int {
  /// Appends `i` unless it is the last element. Entries are indexed in order, so an index
  /// already present under a key is always the last one.
  fileprivate mutating func appendOnce(_ i: Int) {
    if last != i { append(i) }
  }
}
