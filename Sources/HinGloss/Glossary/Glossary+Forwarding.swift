// Old names of members that moved out of `Glossary` (issue 10), kept only for the files
// another branch is rewriting. Switch to the new names and delete this file:
//   Glossary.validateCell(_:column:hindi:at:)  →  TSVReader.validateCell(_:column:hindi:at:)
//   Glossary.editDistance(_:_:limit:)          →  EditDistance.levenshtein(_:_:limit:)
//   Glossary.bundledFolder (internal use)      →  BundledResources.glossaries

extension Glossary {
  /// Forwards to ``TSVReader/validateCell(_:column:hindi:at:)``.
  static func validateCell(
    _ value: String, column: String, hindi: Bool, at location: SourceLocation
  ) throws(HinGlossError) {
    try TSVReader.validateCell(value, column: column, hindi: hindi, at: location)
  }

  /// Forwards to ``EditDistance/levenshtein(_:_:limit:)``.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    EditDistance.levenshtein(a, b, limit: limit)
  }
}
