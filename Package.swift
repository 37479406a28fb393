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

// MARK: - UnicodeBytes

targets += [
  .target(name: "UnicodeBytes", swiftSettings: strictSettings)
]

// MARK: - FileSystem

targets += [
  .target(name: "FileSystem", swiftSettings: strictSettings)
]

// MARK: - Suggestions

targets += [
  .target(name: "Suggestions", swiftSettings: strictSettings),
  .testTarget(name: "SuggestionsTests", dependencies: ["Suggestions"], swiftSettings: strictSettings),
]

// MARK: - DocumentationText

targets += [
  // Model documentation as text: HTML to plain text, character references, the first-sentence rule, wrapping.
  .target(name: "DocumentationText", dependencies: ["UnicodeBytes"], swiftSettings: strictSettings),
  .testTarget(
    name: "DocumentationTextTests",
    dependencies: ["DocumentationText", "FileSystem", "JSON"],
    swiftSettings: strictSettings
  ),
]

// MARK: - Botocore

targets += [
  .target(name: "Botocore", dependencies: ["JSON", "CZlib"], swiftSettings: strictSettings),
  .testTarget(name: "BotocoreTests", dependencies: ["Botocore"], swiftSettings: strictSettings),
]

// MARK: - CLIDetection

targets += [
  .target(name: "CLIDetection", dependencies: ["FileSystem", "ShellScript"], swiftSettings: strictSettings),
  .testTarget(name: "CLIDetectionTests", dependencies: ["CLIDetection", "FileSystem"], swiftSettings: strictSettings),
]

// MARK: - SchemaRegistry

targets += [
  .target(
    name: "SchemaRegistry",
    dependencies: ["Botocore", "CLIDetection", "FileSystem", "JSON", "Suggestions"],
    swiftSettings: strictSettings
  ),
  .testTarget(name: "SchemaRegistryTests", dependencies: ["SchemaRegistry"], swiftSettings: strictSettings),
]

// MARK: - NativeThreads

targets += [
  .target(name: "NativeThreads", swiftSettings: strictSettings)
]

// MARK: - DiagnosticSeverity

targets += [
  .target(name: "DiagnosticSeverity", swiftSettings: strictSettings)
]

// MARK: - JSONRPC

targets += [
  .target(name: "JSONRPC", dependencies: ["JSON"], swiftSettings: strictSettings),
  .testTarget(
    name: "JSONRPCTests",
    dependencies: ["JSONRPC", "JSON"],
    swiftSettings: strictSettings
  ),
]

// MARK: - CLISchema

targets += [
  .target(
    name: "CLISchema",
    dependencies: ["Botocore", "CLIDetection", "JSON", "SchemaRegistry", "Suggestions"],
    swiftSettings: strictSettings
  ),
  .testTarget(name: "CLISchemaTests", dependencies: ["CLISchema", "FileSystem"], swiftSettings: strictSettings),
]

// MARK: - argot (the executable)

targets += [
  .executableTarget(
    name: "argot",
    dependencies: [
      "CLIDetection", "CLISchema", "CommandReference", "Completion", "Invocation", "JSON", "SchemaRegistry", "Skeleton",
      "ArgotServer", "ArgotProtocol", "JSONRPC", "ShellIntegration", "FileSystem", "Prompt", "LiveResources",
      "NativeThreads",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ],
    swiftSettings: strictSettings
  )
]

// MARK: - Shorthand

targets += [
  .target(
    name: "Shorthand",
    dependencies: ["JSON", "Botocore", "FileSystem", "Suggestions", "DiagnosticSeverity", "UnicodeBytes"],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "ShorthandTests",
    dependencies: ["Shorthand", "JSON", "Botocore", "FileSystem"],
    exclude: ["Fixtures"],
    swiftSettings: strictSettings
  ),
]

// MARK: - TextSnapshots (test support: text compared with files under a test target's Snapshots/)

targets += [
  .target(name: "TextSnapshots", path: "Tests/TextSnapshots", swiftSettings: strictSettings)
]

// MARK: - CommandReference

targets += [
  .target(
    name: "CommandReference",
    dependencies: ["JSON", "Botocore", "CLISchema", "Shorthand", "DocumentationText"],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "CommandReferenceTests",
    dependencies: ["CommandReference", "CLISchema", "SchemaRegistry", "Botocore", "JSON", "TextSnapshots"],
    exclude: ["Snapshots"],
    swiftSettings: strictSettings
  ),
]

// MARK: - Skeleton

targets += [
  .target(name: "Skeleton", dependencies: ["JSON", "Botocore", "DocumentationText"], swiftSettings: strictSettings),
  .testTarget(
    name: "SkeletonTests",
    dependencies: ["Skeleton", "SchemaRegistry", "JSON", "Botocore", "TextSnapshots"],
    exclude: ["Fixtures"],
    swiftSettings: strictSettings
  ),
]

// MARK: - Invocation

targets += [
  // --query's syntax, checked as the AWS CLI checks it before calling (a parser of our own, no dependencies).
  .target(name: "JMESPath", swiftSettings: strictSettings),
  .testTarget(name: "JMESPathTests", dependencies: ["JMESPath"], swiftSettings: strictSettings),
  // --cli-input-yaml is read by the module's own small YAML reader (YAMLReader.swift) rather than Yams: Yams
  // would bring Foundation and a C library into the engine for a job that needs a small part of YAML.
  .target(
    name: "Invocation",
    dependencies: [
      "JSON", "Botocore", "CLISchema", "Shorthand", "FileSystem", "Suggestions", "DiagnosticSeverity", "ShellScript",
      "JMESPath",
    ],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "InvocationTests",
    dependencies: ["Invocation", "CLISchema", "SchemaRegistry", "JSON", "Botocore", "FileSystem"],
    exclude: ["Fixtures"],
    swiftSettings: strictSettings
  ),
]

// MARK: - Completion

// MARK: - LiveResources

// What exists in the user's account, listed by the user's own `aws` for live completion.
targets += [
  .target(
    name: "LiveResources",
    dependencies: ["Botocore", "CLIDetection", "FileSystem", "JSON", "Shorthand"],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "LiveResourcesTests",
    dependencies: ["LiveResources", "JSON"],
    swiftSettings: strictSettings
  ),
]

targets += [
  .target(
    name: "Completion",
    dependencies: [
      "CLISchema", "Invocation", "Shorthand", "Botocore", "SchemaRegistry", "FileSystem", "JSON",
      "DocumentationText", "ShellScript", "LiveResources", "JMESPath",
    ],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "CompletionTests",
    dependencies: ["Completion", "CLIDetection", "CLISchema", "SchemaRegistry", "FileSystem"],
    swiftSettings: strictSettings
  ),
]

// MARK: - ShellIntegration

targets += [
  .target(
    name: "ShellIntegration",
    dependencies: ["Completion", "FileSystem", "ShellScript"],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "ShellIntegrationTests",
    dependencies: ["ShellIntegration", "Completion", "CLISchema", "SchemaRegistry", "TextSnapshots"],
    exclude: ["Snapshots"],
    swiftSettings: strictSettings
  ),
]

// MARK: - ShellScript

targets += [
  .target(name: "ShellScript", swiftSettings: strictSettings),
  .testTarget(name: "ShellScriptTests", dependencies: ["ShellScript"], swiftSettings: strictSettings),
]

// MARK: - LanguageFeatures

targets += [
  // What an editor shows for AWS CLI commands in shell scripts and cli-input files: diagnostics, hover, code
  // actions, completion. Offsets and positions only; the Language Server Protocol is ArgotServer's business.
  .target(
    name: "LanguageFeatures",
    dependencies: [
      "ShellScript", "Invocation", "CLISchema", "Botocore", "Shorthand", "JSON", "FileSystem", "Completion",
      "Suggestions", "DiagnosticSeverity", "DocumentationText", "JMESPath",
    ],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "LanguageFeaturesTests",
    dependencies: ["LanguageFeatures", "ShellScript", "CLISchema", "SchemaRegistry", "Invocation", "Completion"],
    exclude: ["Scripts"],
    swiftSettings: strictSettings
  ),
]

// MARK: - ArgotProtocol

targets += [
  .target(
    name: "ArgotProtocol",
    dependencies: ["JSON", "JSONRPC", "DiagnosticSeverity"],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "ArgotProtocolTests",
    dependencies: ["ArgotProtocol", "JSON", "JSONRPC"],
    swiftSettings: strictSettings
  ),
]

// MARK: - ArgotServer

targets += [
  .target(
    name: "ArgotServer",
    dependencies: [
      "ArgotProtocol", "Botocore", "CLISchema", "CommandReference", "Completion", "Invocation", "JSON", "JSONRPC",
      "SchemaRegistry", "Shorthand", "Skeleton", "Suggestions", "ShellScript", "LanguageFeatures",
      "DiagnosticSeverity", "NativeThreads", "LiveResources",
    ],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "ArgotServerTests",
    dependencies: [
      "ArgotServer", "ArgotProtocol", "CLISchema", "Completion", "JSON", "JSONRPC", "SchemaRegistry", "FileSystem",
      "ShellScript", "LanguageFeatures",
    ],
    swiftSettings: strictSettings
  ),
]

// MARK: - Prompt

targets += [
  .target(
    name: "Prompt",
    dependencies: [
      "Botocore", "CLISchema", "Completion", "Invocation", "ShellScript", "Shorthand", "DocumentationText",
    ],
    swiftSettings: strictSettings
  ),
  .testTarget(
    name: "PromptTests",
    dependencies: ["Prompt", "CLISchema", "Completion", "Invocation", "SchemaRegistry", "ShellScript"],
    swiftSettings: strictSettings
  ),
]

// MARK: - Benchmarks (not shipped; driven by Benchmarks/run.py)

targets += [
  .executableTarget(
    name: "shorthand-throughput",
    dependencies: ["Botocore", "FileSystem", "JSON", "SchemaRegistry", "Shorthand"],
    path: "Benchmarks/ShorthandThroughput",
    swiftSettings: strictSettings
  )
]

let package = Package(
  name: "argot",
  products: [
    .executable(name: "argot", targets: ["argot"]),
    .library(name: "JSON", targets: ["JSON"]),
    .library(name: "JSONRPC", targets: ["JSONRPC"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: targets
)
