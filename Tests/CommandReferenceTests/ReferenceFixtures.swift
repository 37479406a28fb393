import Botocore
import CLISchema
import SchemaRegistry

/// Catalogs and a hand-built CLI layer for the tests, so that snapshots do not move when the real layer changes.
enum ReferenceFixtures {
  /// The botocore version the committed snapshots of installed-model output were recorded with.
  static let pinnedBotocoreVersion = "1.43.11"

  /// A layer with the AWS CLI v2 global, per-command and pagination options (descriptions are short stand-ins).
  static let layer: CLILayer = {
    func option(
      _ name: String,
      type: String = "string",
      _ origin: CLIParameter.Origin,
      flag: Bool = false,
      arity: CLIParameter.Arity? = nil,
      choices: [String]? = nil,
      implicit: String? = nil,
      group: String? = nil,
      availability: String? = nil,
      _ text: String
    ) -> CLIParameter {
      CLIParameter(
        name: name,
        origin: origin,
        typeName: type,
        arity: arity ?? (flag ? .none : .one),
        choices: choices,
        implicitValue: implicit,
        documentation: text,
        availability: availability,
        group: group
      )
    }
    let globals: [CLIParameter] = [
      option("--debug", type: "boolean", .global, flag: true, "Write debug logging to standard error."),
      option("--endpoint-url", .global, "Send requests to this URL."),
      option("--no-verify-ssl", type: "boolean", .global, flag: true, "Do not verify TLS certificates."),
      option("--no-paginate", type: "boolean", .global, flag: true, "Make one request only."),
      option("--output", .global, choices: ["json", "text", "table", "yaml", "yaml-stream"], "Output format."),
      option("--query", .global, "JMESPath expression applied to the response."),
      option("--profile", .global, "Named profile to use."),
      option("--region", .global, "Region to send the request to."),
      option("--version", type: "boolean", .global, flag: true, "Print the version."),
      option("--color", .global, choices: ["on", "off", "auto"], "Whether to colorize output."),
      option("--no-sign-request", type: "boolean", .global, flag: true, "Do not sign requests."),
      option("--ca-bundle", .global, "CA certificate bundle for TLS verification."),
      option("--cli-read-timeout", type: "integer", .global, "Socket read timeout in seconds."),
      option("--cli-connect-timeout", type: "integer", .global, "Socket connect timeout in seconds."),
      option("--cli-binary-format", .global, choices: ["base64", "raw-in-base64-out"], "How blobs are given."),
      option("--no-cli-pager", type: "boolean", .global, flag: true, "Do not page output."),
      option("--cli-auto-prompt", type: "boolean", .global, flag: true, "Prompt for parameters."),
      option("--no-cli-auto-prompt", type: "boolean", .global, flag: true, "Do not prompt for parameters."),
    ]
    let commandOptions: [CLIParameter] = [
      option(
        "--cli-input-json",
        .command,
        group: "cli-input",
        "Read the parameters from a JSON document keyed by member names."
      ),
      option(
        "--cli-input-yaml",
        .command,
        group: "cli-input",
        availability: "v2",
        "Read the parameters from a YAML document."
      ),
      option(
        "--generate-cli-skeleton",
        .command,
        arity: .optional,
        choices: ["input", "yaml-input", "output"],
        implicit: "input",
        "Print a request or response template instead of calling the service."
      ),
    ]
    let pagination: [CLIParameter] = [
      option("--starting-token", .pagination, "Token from an earlier truncated listing."),
      option("--page-size", type: "integer", .pagination, "Items per service call."),
      option("--max-items", type: "integer", .pagination, "Total items to print."),
    ]
    return CLILayer(globalOptions: globals, commandOptions: commandOptions, paginationOptions: pagination)
  }()

  /// A catalog over the embedded Direct Connect default only (no documentation in it).
  static let embedded = CommandCatalog(
    registry: ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil),
    layer: layer
  )

  /// A catalog over the installed botocore, if one is installed.
  static let installed: CommandCatalog? = {
    let searchPath = ModelSearchPath.fromEnvironment()
    guard searchPath.botocoreDataDirectory != nil else { return nil }
    return CommandCatalog(registry: ModelRegistry(searchPath: searchPath, cacheDirectory: nil), layer: layer)
  }()

  /// The installed models with the CLI layer the binary embeds, if both are there.
  static let installedWithRealLayer: CommandCatalog? = {
    guard let installed, let layer = try? CommandCatalog.embeddedLayer() else { return nil }
    return CommandCatalog(registry: installed.registry, layer: layer)
  }()

  /// The installed catalog when its botocore is the version the snapshots were recorded with.
  static var pinned: CommandCatalog? {
    guard let installed, installed.registry.botocoreVersion == pinnedBotocoreVersion else { return nil }
    return installed
  }

  static func command(
    _ service: String,
    _ operation: String,
    in catalog: CommandCatalog = embedded
  ) throws
    -> OperationCommand
  {
    try catalog.command(service: service, operation: operation)
  }
}
