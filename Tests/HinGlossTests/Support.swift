import Foundation
import Testing

@testable import HinGloss

/// Test fixtures shipped in `Tests/HinGlossTests/Fixtures`.
enum Fixtures {
  static var directory: URL {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
  }

  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }

  /// Rows of a TSV fixture without the header and comment lines, with their line numbers,
  /// read by the library's own reader (``TSVReader``).
  static func rows(_ name: String) throws -> [(line: Int, cells: [String])] {
    let data = try Data(contentsOf: directory.appendingPathComponent(name))
    return try TSVReader(bytes: Array(data), file: name).records.map { ($0.line, $0.cells) }
  }
}

/// A small deterministic generator (SplitMix64) for randomized tests with a fixed seed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
