extension GlossaryMatcher {
  /// The key length of `text` in the compact encoding, after the one-pass fold with source
  /// offsets, which every search runs first: the fold alone, for the benchmarks' baseline.
  @_spi(Benchmarks)
  public static func _foldedKeyLength(of text: String) -> Int {
    var n = 0
    withKey(text, compact: true) { key, _, _ in n = key.count }
    return n
  }
}
