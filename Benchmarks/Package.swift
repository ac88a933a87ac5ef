// swift-tools-version: 6.1
// Benchmarks live in their own package so that users of the library never resolve the
// benchmark dependencies. Run from this folder: `swift package benchmark`.
import PackageDescription

let package = Package(
  name: "HinGlossBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "HinGloss", path: "../"),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "HinGlossBenchmarks",
      dependencies: [
        .product(name: "HinGloss", package: "HinGloss"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/HinGlossBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    // The driver compare.sh runs next to the peers: same corpus, same pattern lists.
    .executableTarget(
      name: "hingloss-bench",
      dependencies: [.product(name: "HinGloss", package: "HinGloss")],
      path: "Sources/hingloss-bench"
    ),
  ],
  swiftLanguageModes: [.v6]
)
