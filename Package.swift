// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "HinGloss",
  products: [
    .library(name: "HinGloss", targets: ["HinGloss"]),
    .executable(name: "hingloss", targets: ["HinGlossCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // `swift package generate-documentation --target HinGloss` (see README).
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
  ],
  targets: [
    // Foundation on Linux bundles its own ICU headers, and ICU's symbols are versioned
    // (utrans_openU_72): Swift sees ICU only through this C target's own header.
    .target(
      name: "CHinGlossICU",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),
    // The data of glossaries/ is compiled into the library (no resource bundle, so a copied
    // binary works anywhere): the EmbedGlossaries plugin runs HinGlossEmbed, which writes
    // the files as string literals into a generated Swift file.
    .target(
      name: "HinGloss",
      dependencies: ["CHinGlossICU"],
      plugins: ["EmbedGlossaries"]
    ),
    .executableTarget(name: "HinGlossEmbed"),
    .plugin(name: "EmbedGlossaries", capability: .buildTool(), dependencies: ["HinGlossEmbed"]),
    .executableTarget(
      name: "HinGlossCLI",
      dependencies: [
        "HinGloss",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // LeakSanitizer suppressions for allocations the toolchain's XCTest and Foundation never
    // free, linked into the test bundle.
    .target(
      name: "CHinGlossTestSupport",
      path: "Tests/CHinGlossTestSupport"
    ),
    .testTarget(
      name: "HinGlossTests",
      dependencies: ["HinGloss", "CHinGlossTestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "HinGlossCLITests",
      dependencies: ["HinGlossCLI", "CHinGlossTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
