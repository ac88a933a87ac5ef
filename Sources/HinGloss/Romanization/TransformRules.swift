/// A compiled set of ICU transform rules, shared process-wide.
///
/// Compiling is done once; transliteration itself goes through ICU, which serializes every
/// rule-based transliteration behind one process-wide lock and is quadratic in the length of
/// one string, so callers pass words or names, never whole texts.
public struct TransformRules: Sendable {
  let transliterator: ICU.Transliterator
  /// The name the rules were compiled under.
  public let name: String

  /// Compiles rule text in ICU's transform rule syntax.
  ///
  /// - Parameters:
  ///   - rules: the rule text.
  ///   - name: a name for messages (a file name, say).
  /// - Throws: ``HinGlossError`` with code ``HinGlossError/Code/ruleSyntax`` and the line
  ///   and column of the failing rule.
  public init(_ rules: String, name: String = "<rules>") throws(HinGlossError) {
    do {
      transliterator = try ICU.Transliterator(
        id: "HinGloss-" + String(name.filter { $0.isLetter || $0.isNumber }.prefix(20)), rules: rules)
    } catch {
      let location = SourceLocation.of(utf16Offset: error.utf16Offset, in: rules, file: name)
      let line =
        rules.split(separator: "\n", omittingEmptySubsequences: false)
        .dropFirst(location.line - 1).first.map(String.init) ?? ""
      throw HinGlossError(
        .ruleSyntax, "transform rule does not compile (\(error.status.name)): \(line.trimmingCharacters(in: " \t"))",
        at: location)
    }
    self.name = name
  }

  /// Opens one of ICU's own transforms by ID, such as `Devanagari-Latin`.
  public init(icuID: String) throws(HinGlossError) {
    do {
      transliterator = try ICU.Transliterator(id: icuID)
    } catch {
      throw HinGlossError(.icu, "ICU cannot open transform \(icuID): \(error.name)")
    }
    name = icuID
  }

  /// Applies the rules to a short string.
  public func apply(_ text: String) -> String {
    (try? transliterator.transliterate(text)) ?? text
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s.removeFirst() }
    while let l = s.last, set.contains(l) { s.removeLast() }
    return String(s)
  }
}
