import Synchronization

/// Romanizes Hindi (Devanagari) text.
///
/// Two schemes:
/// - ``Scheme/hindi``: readable romanization as Hindi is spoken, with the inherent vowels
///   that Hindi drops deleted (कमला → kamla, समझना → samajhna, अटल बिहारी वाजपेयी →
///   atal bihari vajpeyi), written as HinGloss's own ICU transform rules.
/// - ``Scheme/iso15919``: ICU's `Devanagari-Latin`, a lossless ISO 15919 transliteration
///   (किम → kima).
///
/// Text outside Devanagari passes through unchanged. Each word goes to ICU on its own (ICU's
/// rule-based transliteration is quadratic in the length of one string and serialized
/// process-wide); repeated words come from a cache.
///
///     let r = HindiRomanizer()
///     r.romanize("नरेंद्र मोदी", titleCase: true)   // "Narendra Modi"
///
/// The rules compile once per process; share one romanizer across tasks.
public struct HindiRomanizer: Sendable {
  /// A romanization scheme.
  public enum Scheme: String, Sendable, CaseIterable {
    /// Readable Hindi romanization with schwa deletion.
    case hindi
    /// ISO 15919 as ICU implements it (`Devanagari-Latin`).
    case iso15919
  }

  /// The scheme in use.
  public let scheme: Scheme
  private let rules: TransformRules
  private let cache: WordCache

  /// Creates a romanizer for the ``Scheme/hindi`` scheme, HinGloss's own rules. The rules
  /// are compiled once per process.
  public init() {
    scheme = .hindi
    (rules, cache) = SharedRules.hindi
  }

  /// Creates a romanizer for a scheme. The rules are compiled once per process.
  ///
  /// - Throws: ``HinGlossError`` with code ``HinGlossError/Code/icu`` when the ICU in use
  ///   has no `Devanagari-Latin` transform (``Scheme/iso15919``).
  public init(scheme: Scheme) throws(HinGlossError) {
    self.scheme = scheme
    switch scheme {
    case .hindi: (rules, cache) = SharedRules.hindi
    case .iso15919: (rules, cache) = try SharedRules.iso.get()
    }
  }

  /// Romanizes `text` word by word.
  ///
  /// - Parameters:
  ///   - text: any text; Devanagari runs are romanized, everything else is kept.
  ///   - titleCase: capitalize the first letter of each space-separated word, as names are
  ///     written (`नरेंद्र मोदी` → `Narendra Modi`).
  /// - Returns: the romanized text.
  /// - Complexity: O(*n*) in the length of `text` for words seen before.
  public func romanize(_ text: String, titleCase: Bool = false) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      output += romanizeWord(word)
      word.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      if Devanagari.isTransliterable(scalar) && (!word.isEmpty || !Devanagari.isJoiner(scalar.value)) {
        word.unicodeScalars.append(scalar)
      } else {
        flush()
        output.unicodeScalars.append(scalar)
      }
    }
    flush()
    return titleCase ? Self.titleCased(output) : output
  }

  /// Romanizes one Devanagari word.
  func romanizeWord(_ word: String) -> String {
    if let hit = cache.value(for: word) { return hit }
    var result = rules.apply(word)
    if scheme == .iso15919 { result = (try? ICU.Normalization.nfc.normalize(result)) ?? result }
    cache.store(result, for: word)
    return result
  }

  /// Capitalizes the first letter of each space-separated word. Letters after a hyphen stay
  /// as they are (`Kim Yong-beom`).
  public static func titleCased(_ text: String) -> String {
    var out = ""
    var atStart = true
    for ch in text {
      if atStart, ch.isLetter {
        out += ch.uppercased()
        atStart = false
      } else {
        out.append(ch)
        if ch == " " || ch == "\t" { atStart = true } else if ch.isLetter { atStart = false }
      }
    }
    return out
  }
}

/// The compiled rule sets, made once per process.
enum SharedRules {
  static let hindi: (TransformRules, WordCache) = {
    do {
      return (try TransformRules(hindiSchemeRules, name: "hindi-latin"), WordCache())
    } catch {
      preconditionFailure("the shipped hindi rules do not compile: \(error)")
    }
  }()
  /// ICU's own transform; an ICU built without it (a trimmed data file) is an error for
  /// the caller, not a trap.
  static let iso: Result<(TransformRules, WordCache), HinGlossError> = Result { () throws(HinGlossError) in
    do throws(HinGlossError) {
      return (try TransformRules(icuID: "Devanagari-Latin"), WordCache())
    } catch {
      throw HinGlossError(.icu, "ICU has no Devanagari-Latin transform (\(error.message)); use the hindi scheme")
    }
  }
}

/// A bounded cache of romanized words, safe to share.
final class WordCache: Sendable {
  private let table = Mutex<[String: String]>([:])
  private let limit: Int

  init(limit: Int = 100_000) { self.limit = limit }

  func value(for key: String) -> String? { table.withLock { $0[key] } }

  func store(_ value: String, for key: String) {
    table.withLock { t in
      if t.count >= limit { t.removeAll(keepingCapacity: true) }
      t[key] = value
    }
  }
}
