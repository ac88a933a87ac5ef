/// Maps UTF-8 offsets in a derived text (normalized text, a match key) back to the text it
/// was derived from.
///
/// The derived text is a sequence of segments. An *identity* segment copied its source
/// byte for byte, so every offset inside it maps exactly; a *replacement* segment (an NFC
/// recomposition, a folded vowel sign, a removed zero-width character) maps as a unit: a
/// position inside it maps to the start of its source, the end of a range inside it to the
/// end of its source.
public struct OffsetMap: Sendable, Hashable {
  // Parallel arrays, one element per segment, sorted by derived offset.
  @usableFromInline var derivedStarts: [Int32]
  @usableFromInline var sourceStarts: [Int32]
  /// Where each segment's source ends (a replacement may cover source that a neighbouring
  /// empty segment also names, so the next segment's start is not enough).
  @usableFromInline var sourceEnds: [Int32]
  @usableFromInline var identity: [Bool]
  /// Total UTF-8 length of the derived and the source text.
  public private(set) var derivedLength: Int
  public private(set) var sourceLength: Int

  /// The map of a text to itself.
  public static func identity(length: Int) -> OffsetMap {
    OffsetMap(
      derivedStarts: [0], sourceStarts: [0], sourceEnds: [Int32(truncatingIfNeeded: length)], identity: [true],
      derivedLength: length, sourceLength: length)
  }

  init(
    derivedStarts: [Int32], sourceStarts: [Int32], sourceEnds: [Int32], identity: [Bool], derivedLength: Int,
    sourceLength: Int
  ) {
    self.derivedStarts = derivedStarts
    self.sourceStarts = sourceStarts
    self.sourceEnds = sourceEnds
    self.identity = identity
    self.derivedLength = derivedLength
    self.sourceLength = sourceLength
  }

  /// Whether derived and source text are the same bytes.
  public var isIdentity: Bool { derivedStarts.count == 1 && identity[0] && derivedLength == sourceLength }

  /// Maps a half-open UTF-8 range of the derived text to the smallest source range that
  /// produced it.
  ///
  /// - Complexity: O(log *s*) in the number of segments.
  public func sourceRange(for derived: Range<Int>) -> Range<Int> {
    precondition(derived.lowerBound >= 0 && derived.upperBound <= derivedLength, "range outside the derived text")
    let lower = mapStart(derived.lowerBound)
    let upper = derived.isEmpty ? lower : mapEnd(derived.upperBound)
    return lower..<max(lower, upper)
  }

  /// Composes two maps: `self` maps C → B and `inner` maps B → A; the result maps C → A.
  public func composed(with inner: OffsetMap) -> OffsetMap {
    if inner.isIdentity {
      return OffsetMap(
        derivedStarts: derivedStarts, sourceStarts: sourceStarts, sourceEnds: sourceEnds, identity: identity,
        derivedLength: derivedLength, sourceLength: inner.sourceLength)
    }
    if isIdentity {
      return OffsetMap(
        derivedStarts: inner.derivedStarts, sourceStarts: inner.sourceStarts, sourceEnds: inner.sourceEnds,
        identity: inner.identity, derivedLength: derivedLength, sourceLength: inner.sourceLength)
    }
    var builder = OffsetMapBuilder()
    // Walk the outer segments; identity stretches are split at the inner boundaries.
    for i in derivedStarts.indices {
      let dStart = Int(derivedStarts[i])
      let dEnd = i + 1 < derivedStarts.count ? Int(derivedStarts[i + 1]) : derivedLength
      let bStart = Int(sourceStarts[i])
      let bEnd = Int(sourceEnds[i])
      if dStart == dEnd && bStart == bEnd { continue }
      if identity[i] {
        var d = dStart
        var b = bStart
        while d < dEnd {
          let j = inner.segmentIndex(containing: b)
          let innerBEnd = j + 1 < inner.derivedStarts.count ? Int(inner.derivedStarts[j + 1]) : inner.derivedLength
          let step = min(dEnd - d, innerBEnd - b)
          if inner.identity[j] {
            let a = Int(inner.sourceStarts[j]) + (b - Int(inner.derivedStarts[j]))
            builder.identity(derived: d, source: a, length: step)
          } else {
            let aStart = Int(inner.sourceStarts[j])
            let aEnd = Int(inner.sourceEnds[j])
            builder.replacement(derived: d, derivedLength: step, source: aStart, sourceLength: aEnd - aStart)
          }
          d += step
          b += step
        }
      } else {
        let a = inner.sourceRange(for: bStart..<bEnd)
        let aLower = bStart == bEnd ? inner.mapStart(bStart) : a.lowerBound
        builder.replacement(
          derived: dStart, derivedLength: dEnd - dStart, source: aLower, sourceLength: a.upperBound - aLower)
      }
    }
    return builder.finish(derivedLength: derivedLength, sourceLength: inner.sourceLength)
  }

  func segmentIndex(containing offset: Int) -> Int {
    // Last segment whose start is <= offset (and that is not empty when possible).
    var lo = 0
    var hi = derivedStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if Int(derivedStarts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  func mapStart(_ offset: Int) -> Int {
    if offset == derivedLength { return sourceLength }
    let i = segmentIndex(containing: offset)
    let delta = offset - Int(derivedStarts[i])
    return identity[i] ? Int(sourceStarts[i]) + delta : Int(sourceStarts[i])
  }

  func mapEnd(_ offset: Int) -> Int {
    // The segment holding the last derived byte of the range.
    let i = segmentIndex(containing: offset - 1)
    let delta = offset - Int(derivedStarts[i])
    if identity[i] { return Int(sourceStarts[i]) + delta }
    return Int(sourceEnds[i])
  }
}

/// Accumulates segments in derived order, merging neighbouring identity segments.
struct OffsetMapBuilder {
  var derivedStarts: [Int32] = []
  var sourceStarts: [Int32] = []
  var sourceEnds: [Int32] = []
  var identity: [Bool] = []

  mutating func identity(derived: Int, source: Int, length: Int) {
    guard length > 0 else { return }
    if let last = identity.last, last,
      let d = derivedStarts.last, let s = sourceStarts.last,
      derived - Int(d) == source - Int(s), Int(sourceEnds[sourceEnds.count - 1]) == source
    {
      sourceEnds[sourceEnds.count - 1] = Int32(truncatingIfNeeded: source + length)
      return  // continues the previous identity segment
    }
    derivedStarts.append(Int32(truncatingIfNeeded: derived))
    sourceStarts.append(Int32(truncatingIfNeeded: source))
    sourceEnds.append(Int32(truncatingIfNeeded: source + length))
    identity.append(true)
  }

  mutating func replacement(derived: Int, derivedLength: Int, source: Int, sourceLength: Int) {
    guard derivedLength > 0 || sourceLength > 0 else { return }
    derivedStarts.append(Int32(truncatingIfNeeded: derived))
    sourceStarts.append(Int32(truncatingIfNeeded: source))
    sourceEnds.append(Int32(truncatingIfNeeded: source + sourceLength))
    identity.append(false)
  }

  func finish(derivedLength: Int, sourceLength: Int) -> OffsetMap {
    if derivedStarts.isEmpty {
      return OffsetMap(
        derivedStarts: [0], sourceStarts: [0], sourceEnds: [Int32(truncatingIfNeeded: sourceLength)],
        identity: [derivedLength == sourceLength], derivedLength: derivedLength, sourceLength: sourceLength)
    }
    return OffsetMap(
      derivedStarts: derivedStarts, sourceStarts: sourceStarts, sourceEnds: sourceEnds, identity: identity,
      derivedLength: derivedLength, sourceLength: sourceLength)
  }
}
