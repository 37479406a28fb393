import ArgotProtocol
import CLISchema
import JSONRPC
import LanguageFeatures
import SchemaRegistry

extension ArgotServer {
  /// `initialize`: who the server is, what it offers, and which model data it reads.
  func initialize(_ request: InitializeRequest) throws(ResponseError) -> InitializeResult {
    let client = [request.clientName, request.clientVersion].compactMap { $0 }.joined(separator: " ")
    configuration.log("initialize" + (client.isEmpty ? "" : " from \(client)"))
    let folders = request.workspaceFolders.compactMap { TextDocument.path(ofURI: $0) }
    fileAccess.withLock { $0.workspaceFolders = folders }
    if let settings = request.settings { apply(settings) }
    let registry = catalog.registry
    let capabilities = ServerCapabilities(
      methods: ArgotMethods.all,
      reservedMethods: ArgotMethods.reserved,
      maximumMessageSize: configuration.connection.maximumMessageSize,
      maximumNestingDepth: configuration.connection.maximumNestingDepth
    )
    let models = ModelDataInfo(
      searchPath: registry.searchPath.directories,
      botocoreDataDirectory: registry.searchPath.botocoreDataDirectory,
      botocoreVersion: registry.botocoreVersion,
      embeddedServices: Self.embeddedServices,
      serviceCount: registry.serviceNames().count,
      cacheDirectory: configuration.cacheDirectory,
      awsProgram: registry.searchPath.cli.program,
      awsVersion: registry.searchPath.cli.version,
      rules: registry.searchPath.cli.generation.rawValue,
      rulesOverridden: registry.searchPath.cli.generationOverridden,
      fallback: registry.searchPath.fallback
    )
    return InitializeResult(serverInfo: configuration.serverInfo, capabilities: capabilities, models: models)
  }

  /// The services whose model the binary carries: the folders of `models/` among the embedded files.
  static var embeddedServices: [String] {
    let names = EmbeddedFiles.paths.compactMap { path -> String? in
      let parts = path.split(separator: "/")
      return parts.count == 4 && parts[0] == "models" ? String(parts[1]) : nil
    }
    return Array(Set(names)).sorted()
  }
}
