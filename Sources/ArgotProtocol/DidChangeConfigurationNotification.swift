public import JSON
public import JSONRPC

/// `workspace/didChangeConfiguration`: new settings. argot reads `settings.argot` (the same object as
/// `initialize`'s `initializationOptions`): `inputFiles`, a map from a glob to the operation its JSON or YAML
/// files are input for (`{"**/bgp/*.json": "directconnect create-bgp-peer"}`), and `diagnosticsDelay`, the
/// milliseconds to wait after a change before working out diagnostics, and `liveCompletion`, whether completion
/// may list what exists in the user's AWS account (off unless set, or `ARGOT_LIVE_COMPLETION=1` in the server's
/// environment).
public struct DidChangeConfigurationNotification: ArgotNotification {
  public static let method = "workspace/didChangeConfiguration"

  /// argot's settings, if the notification carries them.
  public var settings: EditorSettings?

  /// Creates a notification.
  public init(settings: EditorSettings?) {
    self.settings = settings
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    guard let all = object.object["settings"]?.objectValue, let argot = all["argot"], !argot.isNull else {
      settings = nil
      return
    }
    settings = try EditorSettings(argot, prefix: "settings.argot.")
  }

  public var params: JSONValue {
    ["settings": settings.map { ["argot": $0.jsonValue] } ?? .object(JSONObject())]
  }
}

/// What an editor's settings say to argot (`initializationOptions`, or `settings.argot`).
public struct EditorSettings: Sendable, Hashable {
  /// Glob → operation words (`directconnect create-bgp-peer`), in the order given.
  public var inputFiles: [(glob: String, command: String)]
  /// Milliseconds between the last change and the diagnostics, nil for the server's default.
  public var diagnosticsDelay: Int?
  /// Whether completion lists what exists in the user's AWS account (instance IDs, buckets…); nil leaves it as
  /// it is.
  public var liveCompletion: Bool?
  /// Which files a script's `file://`, `fileb://` and `@=` values may read (`fileReads`), nil for the default
  /// (`workspace`).
  public var fileReads: FileReads?

  /// The choices of the `fileReads` setting.
  public enum FileReads: String, Sendable, Hashable, CaseIterable {
    /// Files under the workspace folders and the folder of the document being checked (the default).
    case workspace
    /// No file is read; values that name one are reported as unreadable.
    case none
    /// Any file the server's user may read.
    case any
  }

  /// Creates settings.
  public init(
    inputFiles: [(glob: String, command: String)] = [],
    diagnosticsDelay: Int? = nil,
    liveCompletion: Bool? = nil,
    fileReads: FileReads? = nil
  ) {
    self.inputFiles = inputFiles
    self.diagnosticsDelay = diagnosticsDelay
    self.liveCompletion = liveCompletion
    self.fileReads = fileReads
  }

  /// Reads settings; `prefix` names them in messages. An empty array (what some clients make of an empty
  /// table, Neovim's Lua among them) is read as no settings.
  public init(_ value: JSONValue, prefix: String) throws(ResponseError) {
    if case .array(let items) = value, items.isEmpty {
      inputFiles = []
      diagnosticsDelay = nil
      liveCompletion = nil
      fileReads = nil
      return
    }
    let object = try ParamsObject(value, prefix: prefix)
    var files: [(glob: String, command: String)] = []
    switch object.object["inputFiles"] {
    case nil, .null?:
      break
    case .object(let members)?:
      for (glob, command) in members {
        guard case .string(let words) = command else {
          throw ParamsObject.wrongType("\(prefix)inputFiles.\(glob)", expected: "a string", got: command)
        }
        files.append((glob, words))
      }
    case let other?:
      throw ParamsObject.wrongType(prefix + "inputFiles", expected: "an object", got: other)
    }
    inputFiles = files
    diagnosticsDelay =
      object.has("diagnosticsDelay")
      ? try object.integer("diagnosticsDelay", in: 0...10_000, default: 0) : nil
    liveCompletion = object.has("liveCompletion") ? try object.bool("liveCompletion", default: false) : nil
    switch object.object["fileReads"] {
    case nil, .null?:
      fileReads = nil
    case .string(let text)? where FileReads(rawValue: text) != nil:
      fileReads = FileReads(rawValue: text)
    case let other?:
      throw ParamsObject.wrongType(prefix + "fileReads", expected: "\"workspace\", \"none\" or \"any\"", got: other)
    }
  }

  /// The settings as JSON.
  public var jsonValue: JSONValue {
    var object = JSONObject()
    object["inputFiles"] = .object(JSONObject(inputFiles.map { ($0.glob, JSONValue.string($0.command)) }))
    if let diagnosticsDelay { object["diagnosticsDelay"] = .integer(Int64(diagnosticsDelay)) }
    if let liveCompletion { object["liveCompletion"] = .bool(liveCompletion) }
    if let fileReads { object["fileReads"] = .string(fileReads.rawValue) }
    return .object(object)
  }

  public static func == (lhs: EditorSettings, rhs: EditorSettings) -> Bool {
    lhs.diagnosticsDelay == rhs.diagnosticsDelay && lhs.liveCompletion == rhs.liveCompletion
      && lhs.fileReads == rhs.fileReads
      && lhs.inputFiles.map(\.glob) == rhs.inputFiles.map(\.glob)
      && lhs.inputFiles.map(\.command) == rhs.inputFiles.map(\.command)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(diagnosticsDelay)
    hasher.combine(liveCompletion)
    hasher.combine(fileReads)
    for (glob, command) in inputFiles {
      hasher.combine(glob)
      hasher.combine(command)
    }
  }
}
