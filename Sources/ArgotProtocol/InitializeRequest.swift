public import JSON
public import JSONRPC

/// `initialize`: the first request of a session. Every other request before it is answered with -32002.
///
/// Params (all optional): `{"clientInfo": {"name": "…", "version": "…"}, "initializationOptions": SETTINGS}`, the
/// settings being those of `workspace/didChangeConfiguration` (`EditorSettings`); other members (an LSP client's
/// `processId`, `capabilities`, …) are ignored. A second `initialize` is answered with -32600.
public struct InitializeRequest: ArgotRequest {
  public typealias Result = InitializeResult
  public static let method = "initialize"

  /// The client's name, if it said.
  public var clientName: String?
  /// The client's version, if it said.
  public var clientVersion: String?
  /// An editor's settings for argot (`initializationOptions`).
  public var settings: EditorSettings?
  /// The URIs of the workspace folders (`workspaceFolders[].uri`, or `rootUri` when there are none).
  public var workspaceFolders: [String]

  /// Creates a request.
  public init(
    clientName: String? = nil,
    clientVersion: String? = nil,
    settings: EditorSettings? = nil,
    workspaceFolders: [String] = []
  ) {
    self.clientName = clientName
    self.clientVersion = clientVersion
    self.settings = settings
    self.workspaceFolders = workspaceFolders
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    switch object.object["clientInfo"] {
    case nil, .null?:
      break
    case .object(let info)?:
      let info = try ParamsObject(.object(info), prefix: "clientInfo.")
      clientName = try info.optionalString("name")
      clientVersion = try info.optionalString("version")
    case let other?:
      throw ParamsObject.wrongType("clientInfo", expected: "an object", got: other)
    }
    if let options = object.object["initializationOptions"], !options.isNull {
      settings = try EditorSettings(options, prefix: "initializationOptions.")
    }
    var folders: [String] = []
    if case .array(let items)? = object.object["workspaceFolders"] {
      folders = items.compactMap { $0["uri"]?.stringValue }
    }
    if folders.isEmpty, case .string(let root)? = object.object["rootUri"] { folders = [root] }
    workspaceFolders = folders
  }

  public var params: JSONValue {
    var info = JSONObject()
    info["name"] = clientName.map(JSONValue.string)
    info["version"] = clientVersion.map(JSONValue.string)
    var object = JSONObject()
    if !info.isEmpty { object["clientInfo"] = .object(info) }
    if let settings { object["initializationOptions"] = settings.jsonValue }
    if !workspaceFolders.isEmpty {
      object["workspaceFolders"] = .array(workspaceFolders.map { ["uri": .string($0)] })
    }
    return .object(object)
  }
}

/// What `initialize` answers: who the server is, what it can do, and which model data it reads.
public struct InitializeResult: ArgotResult {
  /// The server's name and version.
  public var serverInfo: ServerInfo
  /// What the server offers.
  public var capabilities: ServerCapabilities
  /// The model data in use.
  public var models: ModelDataInfo

  /// Creates a result.
  public init(serverInfo: ServerInfo, capabilities: ServerCapabilities, models: ModelDataInfo) {
    self.serverInfo = serverInfo
    self.capabilities = capabilities
    self.models = models
  }

  public var jsonValue: JSONValue {
    .object(
      JSONObject([
        ("serverInfo", serverInfo.jsonValue),
        ("capabilities", capabilities.jsonValue),
        ("models", models.jsonValue),
      ])
    )
  }
}

/// `{"name": "argot", "version": "0.1.0"}`.
public struct ServerInfo: Sendable, Hashable {
  /// The program's name.
  public var name: String
  /// Its version.
  public var version: String

  /// Creates an info.
  public init(name: String, version: String) {
    self.name = name
    self.version = version
  }

  /// The info on the wire.
  public var jsonValue: JSONValue { ["name": .string(name), "version": .string(version)] }
}

/// What the server offers: its methods, the framings it reads, and its limits; and, for editors, the Language
/// Server Protocol's capabilities (`textDocumentSync`, `completionProvider`, `hoverProvider`,
/// `codeActionProvider`, `positionEncoding`) in the same object, which LSP clients read and argot clients ignore.
public struct ServerCapabilities: Sendable, Hashable {
  /// The methods the server answers (requests and notifications), sorted.
  public var methods: [String]
  /// Method names reserved for later versions, answered with -32601 for now.
  public var reservedMethods: [String]
  /// The largest message accepted, in bytes.
  public var maximumMessageSize: Int
  /// The deepest nesting of arrays and objects accepted.
  public var maximumNestingDepth: Int

  /// Creates capabilities.
  public init(methods: [String], reservedMethods: [String], maximumMessageSize: Int, maximumNestingDepth: Int) {
    self.methods = methods
    self.reservedMethods = reservedMethods
    self.maximumMessageSize = maximumMessageSize
    self.maximumNestingDepth = maximumNestingDepth
  }

  /// The capabilities on the wire; `framings`, `batches` and `cancellation` are fixed facts of the transport.
  public var jsonValue: JSONValue {
    .object(
      JSONObject([
        ("methods", .array(methods.map(JSONValue.string))),
        ("reservedMethods", .array(reservedMethods.map(JSONValue.string))),
        ("framings", ["content-length", "newline-delimited"]),
        ("batches", true),
        ("cancellation", true),
        ("maximumMessageSize", .integer(Int64(maximumMessageSize))),
        ("maximumNestingDepth", .integer(Int64(maximumNestingDepth))),
        ("positionEncoding", "utf-16"),
        // Open and close, incremental changes (2), saves without the text.
        ("textDocumentSync", ["openClose": true, "change": 2, "save": ["includeText": false]]),
        (
          "completionProvider",
          [
            "triggerCharacters": .array(Self.completionTriggerCharacters.map(JSONValue.string)),
            "resolveProvider": false,
          ]
        ),
        ("hoverProvider", true),
        ("codeActionProvider", ["codeActionKinds": ["quickfix", "refactor.rewrite"]]),
      ])
    )
  }

  /// The characters after which an editor asks for completion: an option's dashes, a shorthand key's `=`, the
  /// `,` before the next key, the blank before the next word, the brackets of nested values, the `/` of paths.
  public static let completionTriggerCharacters = ["-", "=", ",", " ", "{", "[", "/", ":"]
}

/// Which model data the server reads.
public struct ModelDataInfo: Sendable, Hashable {
  /// The folders searched for models, in order (botocore's search path).
  public var searchPath: [String]
  /// The installed botocore's `data/` folder among them, if one was found.
  public var botocoreDataDirectory: String?
  /// That botocore's version, if known.
  public var botocoreVersion: String?
  /// Services whose model the binary carries (used when no folder has them).
  public var embeddedServices: [String]
  /// How many services some model data provides.
  public var serviceCount: Int
  /// Where per-operation model slices are cached, or nil when the cache is off.
  public var cacheDirectory: String?
  /// The `aws` found on `PATH`, if any.
  public var awsProgram: String?
  /// Its version, if known.
  public var awsVersion: String?
  /// The AWS CLI generation whose rules argot follows: `v1` or `v2`.
  public var rules: String
  /// Whether `rules` was set by `ARGOT_AWS_CLI` rather than detected.
  public var rulesOverridden: Bool
  /// Why the models in use are not the installed `aws`'s own, when they are not.
  public var fallback: String?

  /// Creates an info.
  public init(
    searchPath: [String],
    botocoreDataDirectory: String?,
    botocoreVersion: String?,
    embeddedServices: [String],
    serviceCount: Int,
    cacheDirectory: String?,
    awsProgram: String? = nil,
    awsVersion: String? = nil,
    rules: String = "v2",
    rulesOverridden: Bool = false,
    fallback: String? = nil
  ) {
    self.searchPath = searchPath
    self.botocoreDataDirectory = botocoreDataDirectory
    self.botocoreVersion = botocoreVersion
    self.embeddedServices = embeddedServices
    self.serviceCount = serviceCount
    self.cacheDirectory = cacheDirectory
    self.awsProgram = awsProgram
    self.awsVersion = awsVersion
    self.rules = rules
    self.rulesOverridden = rulesOverridden
    self.fallback = fallback
  }

  /// The info on the wire.
  public var jsonValue: JSONValue {
    .object(
      JSONObject([
        ("searchPath", .array(searchPath.map(JSONValue.string))),
        ("botocoreDataDirectory", botocoreDataDirectory.map(JSONValue.string) ?? .null),
        ("botocoreVersion", botocoreVersion.map(JSONValue.string) ?? .null),
        ("embeddedServices", .array(embeddedServices.map(JSONValue.string))),
        ("serviceCount", .integer(Int64(serviceCount))),
        ("cacheDirectory", cacheDirectory.map(JSONValue.string) ?? .null),
        (
          "awsCLI",
          .object(
            JSONObject([
              ("program", awsProgram.map(JSONValue.string) ?? .null),
              ("version", awsVersion.map(JSONValue.string) ?? .null),
              ("rules", .string(rules)),
              ("rulesOverridden", .bool(rulesOverridden)),
            ])
          )
        ),
        ("fallback", fallback.map(JSONValue.string) ?? .null),
      ])
    )
  }
}
