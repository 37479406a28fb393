public import JSON
public import JSONRPC

/// `argot/services`: the service commands (`aws SERVICE`) the model data provides, as `argot services --json`.
///
/// Params: none. Result: `{"services": [{"name", "serviceName", "hidden"}], "customCommands": [NAME]}`,
/// services sorted by CLI name, hidden ones (accepted but not offered) flagged.
public struct ServicesRequest: ArgotRequest {
  public typealias Result = ServicesResult
  public static let method = "argot/services"

  /// Creates a request.
  public init() {}

  public init(params: JSONValue?) throws(ResponseError) {
    _ = try ParamsObject(params)
  }

  public var params: JSONValue { .object(JSONObject()) }
}

/// The answer to `argot/services`.
public struct ServicesResult: ArgotResult {
  /// One service command.
  public struct Service: Sendable, Hashable {
    /// The CLI name (`s3api`, `configservice`).
    public var name: String
    /// The botocore service name (`s3`, `config`).
    public var serviceName: String
    /// Accepted but not offered.
    public var isHidden: Bool

    /// Creates an entry.
    public init(name: String, serviceName: String, isHidden: Bool) {
      self.name = name
      self.serviceName = serviceName
      self.isHidden = isHidden
    }
  }

  /// The service commands, sorted by CLI name.
  public var services: [Service]
  /// The top-level commands the AWS CLI implements itself (`s3`, `configure`), sorted.
  public var customCommands: [String]

  /// Creates a result.
  public init(services: [Service], customCommands: [String]) {
    self.services = services
    self.customCommands = customCommands
  }

  public var jsonValue: JSONValue {
    let entries = services.map { service -> JSONValue in
      .object(
        JSONObject([
          ("name", .string(service.name)), ("serviceName", .string(service.serviceName)),
          ("hidden", .bool(service.isHidden)),
        ])
      )
    }
    return .object(
      JSONObject([("services", .array(entries)), ("customCommands", .array(customCommands.map(JSONValue.string)))])
    )
  }
}
