import Foundation

/// The data of the Korean-name model (`glossaries/romanization/`): the prior over English
/// spellings, counted from real names (`prior-surnames.tsv`, `prior-given.tsv`,
/// `prior-lengths.tsv`, `prior-names.tsv`), and the channel learned from real Hindi renderings (`channel.tsv`)
/// with its orthographic base (`orthography.tsv`).
public struct KoreanNameTables: Sendable {
  /// One spelling of a Hangul surname.
  public struct SurnameSpelling: Sendable, Hashable {
    public var hangul: String
    /// Lower case (`lee`).
    public var spelling: String
    /// People with this Hangul surname in the 2015 South Korean census.
    public var population: Int
    /// People with this Hangul surname spelled this way among the counted real names (a name
    /// without Hangul is shared among the surnames its spelling stands for, so it can be a fraction).
    public var count: Double
    /// Whether Wikipedia's table gives this spelling for the Hangul.
    public var isListed: Bool
  }

  /// One spelling of a given-name syllable.
  public struct GivenSpelling: Sendable, Hashable {
    /// Lower case (`myung`).
    public var spelling: String
    /// How often it is the first syllable of a given name among the counted real names.
    public var first: Int
    /// How often it is a later syllable.
    public var later: Int
    /// The Hangul syllables it stood for, with counts, most frequent first.
    public var hangul: [String]
    public var hangulCounts: [Int]
  }

  public let surnames: [SurnameSpelling]
  public let given: [GivenSpelling]
  /// Given names counted by their number of syllables (index 0: one syllable).
  public let givenLengths: [Int]
  /// Whole names of real people (`park geun-hye`: surname, space, given syllables joined by
  /// hyphens, lower case), with how many people bear each.
  public let names: [String: Int]
  public let orthography: KoreanOrthography
  /// The learned rendering counts of the channel.
  public let channelCounts: [KoreanChannel.Unit: [String: Double]]

  /// Creates tables from values.
  public init(
    surnames: [SurnameSpelling], given: [GivenSpelling], givenLengths: [Int], names: [String: Int] = [:],
    orthography: KoreanOrthography, channelCounts: [KoreanChannel.Unit: [String: Double]]
  ) {
    self.surnames = surnames
    self.given = given
    self.givenLengths = givenLengths
    self.names = names
    self.orthography = orthography
    self.channelCounts = channelCounts
  }

  /// The items of a `|` list, split at every `|` scalar (a `|` before a combining mark is one
  /// character with it, so splitting by characters would keep ंग|ं whole).
  static func list(_ cell: String) -> [String] {
    cell.unicodeScalars.split(separator: "|").map { String(String.UnicodeScalarView($0)) }
  }

  /// The empty rendering in the tables' `hindi` cells.
  static let emptyRendering = "∅"

  /// The table files, by name.
  public static let fileNames = [
    "prior-surnames.tsv", "prior-given.tsv", "prior-lengths.tsv", "prior-names.tsv", "orthography.tsv", "channel.tsv",
  ]

  /// Reads the tables from a folder.
  ///
  /// - Throws: ``HinGlossError`` with file, line and column for a missing file or a malformed row.
  public init(folder: URL) throws(HinGlossError) {
    try self.init { name in
      let url = folder.appendingPathComponent(name)
      return (FileManager.default.contents(atPath: url.path).map { Array($0) }, url.path)
    }
  }

  /// Reads the tables through `file`, which gives a table file's bytes by its name
  /// (`channel.tsv`), or nil when it is missing, and the path to report in errors.
  ///
  /// - Throws: ``HinGlossError`` for a missing file or a malformed row.
  public init(file: (String) -> (bytes: [UInt8]?, path: String)) throws(HinGlossError) {
    func load(_ name: String) throws(HinGlossError) -> (TSVReader, (String) throws(HinGlossError) -> Int) {
      let (bytes, path) = file(name)
      guard let bytes else {
        throw HinGlossError(.missingFile, "missing romanization table \(path)")
      }
      let tsv = try TSVReader(bytes: bytes, file: path)
      func column(_ name: String) throws(HinGlossError) -> Int {
        guard let i = tsv.header.firstIndex(of: name) else {
          throw HinGlossError(.badHeader, "the header has no '\(name)' column", at: tsv.headerLocation(cell: 0))
        }
        return i
      }
      return (tsv, column)
    }
    func number(_ tsv: TSVReader, _ r: TSVReader.Record, _ i: Int) throws(HinGlossError) -> Int {
      guard let n = Int(r.cells[i]), n >= 0 else {
        throw HinGlossError(.badCell, "'\(tsv.header[i])' must be a whole number of at least 0, not '\(r.cells[i])'", at: tsv.location(r, cell: i))
      }
      return n
    }
    func fraction(_ tsv: TSVReader, _ r: TSVReader.Record, _ i: Int) throws(HinGlossError) -> Double {
      guard let n = Double(r.cells[i]), n >= 0, n.isFinite else {
        throw HinGlossError(.badCell, "'\(tsv.header[i])' must be a number of at least 0, not '\(r.cells[i])'", at: tsv.location(r, cell: i))
      }
      return n
    }
    func spelling(_ tsv: TSVReader, _ r: TSVReader.Record, _ i: Int) throws(HinGlossError) -> String {
      let s = r.cells[i]
      guard !s.isEmpty, s.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
        throw HinGlossError(.badCell, "a spelling is lower-case ASCII letters, not '\(s)'", at: tsv.location(r, cell: i))
      }
      return s
    }

    let (s, sc) = try load("prior-surnames.tsv")
    let (sh, ss, sp, sn, sl) = (try sc("hangul"), try sc("spelling"), try sc("population"), try sc("count"), try sc("listed"))
    var surnames: [SurnameSpelling] = []
    for r in s.records {
      surnames.append(SurnameSpelling(
        hangul: r.cells[sh], spelling: try spelling(s, r, ss), population: try number(s, r, sp),
        count: try fraction(s, r, sn), isListed: r.cells[sl] == "1"))
    }

    let (g, gc) = try load("prior-given.tsv")
    let (gs, gf, gl, gh) = (try gc("spelling"), try gc("first"), try gc("later"), try gc("hangul"))
    var given: [GivenSpelling] = []
    for r in g.records {
      var hangul: [String] = []
      var counts: [Int] = []
      for item in Self.list(r.cells[gh]) {
        let parts = item.split(separator: ":")
        guard parts.count == 2, let n = Int(parts[1]) else {
          throw HinGlossError(.badCell, "a Hangul count is written 재:41, not '\(item)'", at: g.location(r, cell: gh))
        }
        hangul.append(String(parts[0]))
        counts.append(n)
      }
      given.append(GivenSpelling(
        spelling: try spelling(g, r, gs), first: try number(g, r, gf), later: try number(g, r, gl),
        hangul: hangul, hangulCounts: counts))
    }

    let (l, lc) = try load("prior-lengths.tsv")
    let (ly, ln) = (try lc("syllables"), try lc("count"))
    var lengths = [0, 0, 0]
    for r in l.records {
      let k = try number(l, r, ly)
      guard (1...3).contains(k) else {
        throw HinGlossError(.badCell, "'syllables' is 1, 2 or 3", at: l.location(r, cell: ly))
      }
      lengths[k - 1] = try number(l, r, ln)
    }

    let (w, wc) = try load("prior-names.tsv")
    let (wn, wk) = (try wc("name"), try wc("count"))
    var names: [String: Int] = [:]
    for r in w.records { names[r.cells[wn], default: 0] += try number(w, r, wk) }

    func slot(_ tsv: TSVReader, _ r: TSVReader.Record, _ i: Int) throws(HinGlossError) -> KoreanChannel.Slot {
      guard let slot = KoreanChannel.Slot(rawValue: r.cells[i]) else {
        let names = KoreanChannel.Slot.allCases.map(\.rawValue).joined(separator: ", ")
        throw HinGlossError(.badCell, "'slot' is one of \(names), not '\(r.cells[i])'", at: tsv.location(r, cell: i))
      }
      return slot
    }

    let (o, oc) = try load("orthography.tsv")
    let (os, ol, oh) = (try oc("slot"), try oc("letters"), try oc("hindi"))
    var rows: [(slot: KoreanChannel.Slot, letters: String, hindi: [String])] = []
    for r in o.records {
      try TSVReader.validateHindiCell(r.cells[oh], column: "hindi", at: o.location(r, cell: oh))
      rows.append((try slot(o, r, os), r.cells[ol], Self.list(r.cells[oh]).map { $0 == Self.emptyRendering ? "" : $0 }))
    }

    let (c, cc) = try load("channel.tsv")
    let (cs, cl, ch, cn) = (try cc("slot"), try cc("letters"), try cc("hindi"), try cc("count"))
    var channel: [KoreanChannel.Unit: [String: Double]] = [:]
    for r in c.records {
      try TSVReader.validateHindiCell(r.cells[ch], column: "hindi", at: c.location(r, cell: ch))
      let unit = KoreanChannel.Unit(try slot(c, r, cs), r.cells[cl])
      channel[unit, default: [:]][r.cells[ch] == Self.emptyRendering ? "" : r.cells[ch]] = Double(try number(c, r, cn))
    }
    self.init(
      surnames: surnames, given: given, givenLengths: lengths, names: names,
      orthography: KoreanOrthography(rows: rows), channelCounts: channel)
  }

  /// The tables shipped with HinGloss, read once per process.
  public static var `default`: KoreanNameTables {
    get throws(HinGlossError) { try DefaultTables.shared.get() }
  }
}

enum DefaultTables {
  /// The tables compiled into the library (`glossaries/romanization/`), never a file on disk.
  static let shared: Result<KoreanNameTables, HinGlossError> = Result { () throws(HinGlossError) in
    try KoreanNameTables { name in
      (BundledResources.bytes("romanization/" + name), BundledResources.builtInPrefix + "romanization/" + name)
    }
  }
}

extension TSVReader {
  /// Refuses a `hindi` cell with Latin letters or text that is not canonical.
  static func validateHindiCell(_ value: String, column: String, at location: SourceLocation) throws(HinGlossError) {
    let cell = KoreanNameTables.list(value).filter { $0 != KoreanNameTables.emptyRendering }.joined(separator: "|")
    try TSVReader.validateCell(cell, column: column, hindi: true, at: location)
  }
}
