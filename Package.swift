// swift-tools-version: 6.1
// argot: one engine that knows every AWS CLI command, served to shells and editors.
//
// Targets are listed in dependency order, one MARK section per module with its tests.
// Library modules avoid Foundation (it costs start-up time); JSON goes through jansson only.

import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

var targets: [Target] = []

// MARK: - C libraries

targets += [
  .systemLibrary(name: "CJansson", pkgConfig: "jansson", providers: [.apt(["libjansson-dev"])]),
  .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
]

// MARK: - JSON

targets += [
  .target(name: "JSON", dependencies: ["CJansson"], swiftSettings: strictSettings),
  .testTarget(name: "JSONTests", dependencies: ["JSON"], swiftSettings: strictSettings),
]

let package = Package(
  name: "argot",
  products: [
    .library(name: "JSON", targets: ["JSON"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: targets
)
