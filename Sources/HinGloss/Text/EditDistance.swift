/// Levenshtein distance between scalar sequences: what the glossary's nearest-entry search
/// and the romanization evaluation count.
enum EditDistance {
  /// The number of scalar insertions, deletions and substitutions that turn `a` into `b`,
  /// stopping early past `limit` (then the result is `limit + 1`).
  ///
  /// - Complexity: O(`a.count` · `b.count`) time, O(`b.count`) space.
  static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMin = current[0]
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        rowMin = min(rowMin, current[j])
      }
      if rowMin > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
