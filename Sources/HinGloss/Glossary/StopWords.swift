import Foundation

/// Ordinary Hindi words, by match key: text made only of them is a phrase, not a name.
///
/// The matcher drops a fuzzy hit made of stop words (जमीन is a word, not a misspelt
/// जिमिन), the glossary check warns about a form made of them, and the lint does not take
/// them for given names.
///
///     let stop = StopWords.shipped
///     stop.isPhrase("नई दिल्ली")   // false: दिल्ली is a name
///
/// A value; share it freely.
public struct StopWords: Sendable, Hashable {
  /// The match keys of the words.
  public let keys: Set<String>

  /// Stop words from a list of words (any spelling; each is keyed with ``MatchKey``).
  public init(words: some Sequence<String>) {
    keys = Set(words.map { MatchKey.key($0) })
  }

  /// Stop words from match keys that are already computed.
  public init(keys: Set<String> = []) {
    self.keys = keys
  }

  /// The shipped list of the 2,000 most frequent Hindi words
  /// (`glossaries/common-words/hindi-top-2000.txt`, compiled into the library), read once.
  public static var shipped: StopWords { shippedList }

  private static let shippedList = StopWords(text: BundledResources.bytes("common-words/hindi-top-2000.txt") ?? [])

  /// Stop words from the text of a word list: one word a line, `#` comment lines.
  init(text: [UInt8]) {
    let words = String(decoding: text, as: UTF8.self).split(separator: "\n")
      .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }.filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
    self.init(words: words)
  }

  /// Whether `word` (any spelling) is a stop word.
  public func contains(_ word: String) -> Bool {
    keys.contains(MatchKey.key(word))
  }

  /// Whether `text` has at least one word and every word of it is a stop word.
  public func isPhrase(_ text: String) -> Bool {
    let words = MatchKey.key(text).split(separator: " ")
    return !words.isEmpty && words.allSatisfy { keys.contains(String($0)) }
  }
}
