import CLISchema
import Completion
import FileSystem
import Glibc
import SchemaRegistry

/// Engines for the tests: over the embedded Direct Connect default, and over the installed botocore when there is
/// one (CI installs it).
enum TestEngines {
  static let layer: CLILayer = try! CommandCatalog.embeddedLayer()

  /// A folder with a config file, a credentials file and a few files to complete, made once.
  static let fixtures: String = {
    var template = Array("/tmp/argot-completion-XXXXXX".utf8CString)
    let folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    try! FileSystem.writeText(
      FileSystem.join(folder, "config"),
      "[default]\nregion = eu-west-1\n\n[profile dev]\noutput = json\n[ profile prod ]\n[sso-session corp]\n"
    )
    try! FileSystem.writeText(FileSystem.join(folder, "credentials"), "[default]\n[ci]\naws_access_key_id = x\n")
    try! FileSystem.createDirectories(FileSystem.join(folder, "project/policies"))
    try! FileSystem.writeText(FileSystem.join(folder, "project/policy.json"), "{}")
    try! FileSystem.writeText(FileSystem.join(folder, "project/peer.yaml"), "")
    try! FileSystem.writeText(FileSystem.join(folder, "project/.hidden"), "")
    return folder
  }()

  static let environment = CompletionEnvironment(
    configFile: FileSystem.join(fixtures, "config"),
    credentialsFile: FileSystem.join(fixtures, "credentials"),
    homeDirectory: fixtures,
    workingDirectory: FileSystem.join(fixtures, "project")
  )

  /// The embedded default models (Direct Connect only).
  static let embedded = CompletionEngine(
    catalog: CommandCatalog(
      registry: ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil),
      layer: layer
    ),
    environment: environment
  )

  /// The installed botocore's models, or nil when botocore is not installed.
  static let botocore: CompletionEngine? = {
    let searchPath = ModelSearchPath.fromEnvironment()
    guard searchPath.botocoreDataDirectory != nil else { return nil }
    return CompletionEngine(
      catalog: CommandCatalog(registry: ModelRegistry(searchPath: searchPath, cacheDirectory: nil), layer: layer),
      environment: environment
    )
  }()
}

extension CompletionEngine {
  /// The result at the end of `line`, or at the `|` in it (removed).
  func at(_ line: String) -> CompletionResult {
    if let bar = line.unicodeScalars.firstIndex(of: "|") {
      let point = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: bar)
      var scalars = line.unicodeScalars
      scalars.remove(at: bar)
      return complete(CompletionRequest(line: String(scalars), point: point))
    }
    return complete(CompletionRequest(line: line))
  }

  /// The insert texts at the end of `line` (or at its `|`).
  func texts(_ line: String) -> [String] { at(line).items.map(\.insertText) }
}
