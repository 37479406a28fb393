import CLISchema
import FileSystem
import SchemaRegistry

/// Catalogs for the tests: the embedded Direct Connect default, and the installed botocore when there is one.
enum TestCatalog {
  /// The CLI layer the binary embeds, or a hand-made one with the AWS CLI's global and command options.
  static let layer: CLILayer = (try? CommandCatalog.embeddedLayer()) ?? handMadeLayer

  /// The embedded default models (Direct Connect only).
  static let embedded = CommandCatalog(
    registry: ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil),
    layer: layer
  )

  /// The installed botocore's models, or nil when botocore is not installed.
  static let botocore: CommandCatalog? = {
    let searchPath = ModelSearchPath.fromEnvironment()
    guard searchPath.botocoreDataDirectory != nil else { return nil }
    return CommandCatalog(registry: ModelRegistry(searchPath: searchPath, cacheDirectory: nil), layer: layer)
  }()

  static let handMadeLayer = CLILayer(
    globalOptions: [
      flag("--debug"), option("--endpoint-url"), flag("--no-verify-ssl"), flag("--no-paginate"),
      option("--output", choices: ["json", "text", "table", "yaml", "yaml-stream"]), option("--query"),
      option("--profile"), option("--region"), flag("--version"), option("--color", choices: ["on", "off", "auto"]),
      flag("--no-sign-request"), option("--ca-bundle"), option("--cli-read-timeout", type: "integer"),
      option("--cli-connect-timeout", type: "integer"),
      option("--cli-binary-format", choices: ["base64", "raw-in-base64-out"]), flag("--no-cli-pager"),
      flag("--cli-auto-prompt"), flag("--no-cli-auto-prompt"),
    ],
    commandOptions: [
      CLIParameter(name: "--cli-input-json", origin: .command, typeName: "string"),
      CLIParameter(name: "--cli-input-yaml", origin: .command, typeName: "string"),
      CLIParameter(
        name: "--generate-cli-skeleton",
        origin: .command,
        typeName: "string",
        arity: .optional,
        choices: ["input", "yaml-input", "output"],
        implicitValue: "input"
      ),
    ],
    paginationOptions: [
      CLIParameter(name: "--starting-token", origin: .pagination, typeName: "string"),
      CLIParameter(name: "--page-size", origin: .pagination, typeName: "integer"),
      CLIParameter(name: "--max-items", origin: .pagination, typeName: "integer"),
    ]
  )

  static func flag(_ name: String) -> CLIParameter {
    CLIParameter(name: name, origin: .global, typeName: "boolean", arity: .none)
  }

  static func option(_ name: String, type: String = "string", choices: [String]? = nil) -> CLIParameter {
    CLIParameter(name: name, origin: .global, typeName: type, choices: choices)
  }

  /// The folder of this file (fixtures live beside it).
  static func directory(_ file: String = #filePath) -> String { FileSystem.directoryName(of: file) }
}
