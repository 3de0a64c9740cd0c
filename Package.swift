// swift-tools-version:6.1
import PackageDescription

/// Settings every Casebook target shares: Swift 6 language mode is the package default;
/// these add the upcoming-feature checks the codebase is written against.
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Building for fuzzing (`.ci/fuzz`) puts the sanitizers on every module, build tools
/// included, and gold fails on the sanitized objects (an internal error); lld links them.
let fuzzing = Context.environment["CASEBOOK_FUZZ"] != nil
let fuzzLinkerSettings: [LinkerSetting] = fuzzing ? [.unsafeFlags(["-use-ld=lld"])] : []

let package = Package(
  name: "casebook",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "casebook", targets: ["casebook"]),
    .executable(name: "casebook-bench", targets: ["casebook-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    // The order of versions in `applies_to` and `fixed_in` (semantic versioning).
    .package(url: "https://github.com/mxcl/Version", from: "2.2.1"),
    // `casebook serve`: the HTTP server, without its optional configuration support.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    // libcmark from the system (Debian: libcmark-dev). Never vendored.
    .systemLibrary(
      name: "Ccmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
    ),
    // A thin Swift wrapper over libcmark. Knows nothing about cases.
    .target(name: "CommonMark", dependencies: ["Ccmark"], swiftSettings: swiftSettings),
    // The case model: discovery, parsing, validation, diagnostics.
    .target(
      name: "CasebookCore",
      dependencies: ["CommonMark", .product(name: "Yams", package: "Yams"), .product(name: "Version", package: "Version")],
      swiftSettings: swiftSettings
    ),
    // Search: the tokenizer, the index and the query engine (mirrored in Templates/assets/search.js).
    .target(name: "CasebookSearch", dependencies: ["CasebookCore"], swiftSettings: swiftSettings),
    // Rendering: HTML pages, feeds and indexes, produced in memory.
    .target(
      name: "CasebookRender",
      dependencies: ["CasebookCore", "CasebookSearch", "CommonMark", .product(name: "Mustache", package: "swift-mustache")],
      swiftSettings: swiftSettings
    ),
    // The command-line layer: the only code that touches the disk for output. It carries the
    // files of Templates/ as the default templates (EmbedTemplates), and serves the site for
    // preview (`casebook serve`, on Hummingbird).
    .target(
      name: "CasebookCommands",
      dependencies: [
        "CasebookCore",
        "CasebookRender",
        "CasebookSearch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings,
      plugins: ["EmbedTemplates"]
    ),
    .executableTarget(name: "casebook-embed", path: "Sources/casebook-embed", linkerSettings: fuzzLinkerSettings),
    .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["casebook-embed"], path: "Sources/EmbedTemplates"),
    .executableTarget(name: "casebook", dependencies: ["CasebookCommands"], swiftSettings: swiftSettings),
    // Benchmarks: a deterministic corpus generator and measurements (docs/performance.md).
    .target(
      name: "CasebookBench",
      dependencies: ["CasebookCore", "CasebookSearch", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      swiftSettings: swiftSettings
    ),
    .executableTarget(name: "casebook-bench", dependencies: ["CasebookBench"], swiftSettings: swiftSettings),
    // Fuzzing: what each libFuzzer target checks of an input (docs/fuzzing.md).
    .target(
      name: "CasebookFuzz",
      dependencies: ["CasebookCore", "CasebookSearch", "CasebookRender", "CasebookBench", "CommonMark"],
      swiftSettings: swiftSettings
    ),

    // Test helpers: golden files (record-then-fail) and fixture paths.
    .target(name: "CasebookTestSupport", path: "Tests/CasebookTestSupport", swiftSettings: swiftSettings),
    .testTarget(
      name: "CommonMarkTests",
      dependencies: ["CommonMark"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "CasebookCoreTests",
      dependencies: ["CasebookCore", "CasebookTestSupport", .product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "CasebookRenderTests",
      dependencies: ["CasebookRender", "CasebookCore", "CommonMark", "CasebookTestSupport"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "CasebookSearchTests",
      dependencies: ["CasebookSearch", "CasebookCore", "CasebookRender", "CasebookBench"],
      exclude: ["Fixtures"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "CasebookCommandsTests",
      dependencies: [
        "CasebookCommands", "CasebookCore", "CasebookRender", "CasebookSearch", "CasebookBench", "CasebookFuzz", "CasebookTestSupport", "casebook", "casebook-bench",
        .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["Fixtures", "Golden"],
      swiftSettings: swiftSettings
    ),
  ]
)

// The libFuzzer program is built only on request, with the sanitizers on every module
// (`.ci/fuzz`): `CASEBOOK_FUZZ=1 swift build -Xswiftc -sanitize=fuzzer,address --product casebook-fuzz`.
if fuzzing {
  package.products.append(.executable(name: "casebook-fuzz", targets: ["casebook-fuzz"]))
  package.targets.append(.executableTarget(name: "casebook-fuzz", dependencies: ["CasebookFuzz"], swiftSettings: swiftSettings, linkerSettings: fuzzLinkerSettings))
}
