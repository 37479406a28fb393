public import JSON
public import JSONRPC

/// `argot/schema`: everything about a command's options, as `argot schema SERVICE OPERATION` prints it.
///
/// Params: `{"service", "operation", "format"?: "argot" | "json-schema", "globalOptions"?: true}`.
/// Result: with `argot` (the default) the `argot-schema/1` document (`Schemas/argot-schema.schema.json`); with
/// `json-schema` a JSON Schema (draft-07) of the command's `--cli-input-json` document. `globalOptions: false`
/// leaves the global options out of the `argot` document. Errors: -32010, -32011, -32013, -32014.
public struct SchemaRequest: ArgotRequest {
  public typealias Result = SchemaResult
  public static let method = "argot/schema"

  /// The document to produce.
  public enum Format: String, Sendable, Hashable, CaseIterable {
    /// The `argot-schema/1` parameter document.
    case argot
    /// A JSON Schema of the `--cli-input-json` document.
    case jsonSchema = "json-schema"
  }

  /// The command.
  public var command: CommandName
  /// The document to produce.
  public var format: Format
  /// Whether the `argot` document lists the global options.
  public var includesGlobalOptions: Bool

  /// Creates a request.
  public init(command: CommandName, format: Format = .argot, includesGlobalOptions: Bool = true) {
    self.command = command
    self.format = format
    self.includesGlobalOptions = includesGlobalOptions
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    command = try CommandName(object)
    let name = try object.choice(
      "format",
      among: Format.allCases.map(\.rawValue),
      default: Format.argot.rawValue
    )
    format = Format(rawValue: name) ?? .argot
    includesGlobalOptions = try object.bool("globalOptions", default: true)
  }

  public var params: JSONValue {
    var object = JSONObject()
    command.write(to: &object)
    object["format"] = .string(format.rawValue)
    if !includesGlobalOptions { object["globalOptions"] = false }
    return .object(object)
  }
}

/// The answer to `argot/schema`: the document itself.
public struct SchemaResult: ArgotResult {
  /// The document.
  public var document: JSONValue

  /// Creates a result.
  public init(document: JSONValue) {
    self.document = document
  }

  public var jsonValue: JSONValue { document }
}
