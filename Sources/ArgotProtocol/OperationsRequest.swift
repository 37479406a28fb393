public import JSON
public import JSONRPC

/// `argot/operations`: the commands of one service, as `argot operations SERVICE` lists them.
///
/// Params: `{"service": "directconnect"}`. Result: `{"service": {"name", "serviceName"}, "operations": [ENTRY],
/// "waiters": [ENTRY], "customCommands": [NAME]}`; an entry is `{"name", "operation", "hidden"}` (`operation` is
/// the model's name, `CreateBGPPeer`), in model order. Errors: -32010 for an unknown service.
public struct OperationsRequest: ArgotRequest {
  public typealias Result = OperationsResult
  public static let method = "argot/operations"

  /// The service command.
  public var service: String

  /// Creates a request.
  public init(service: String) {
    self.service = service
  }

  public init(params: JSONValue?) throws(ResponseError) {
    service = try ParamsObject(params).string("service")
  }

  public var params: JSONValue { ["service": .string(service)] }
}

/// The answer to `argot/operations`.
public struct OperationsResult: ArgotResult {
  /// One operation or waiter command.
  public struct Entry: Sendable, Hashable {
    /// The CLI name (`create-bgp-peer`; a waiter's name is used after `wait`).
    public var name: String
    /// The model operation it calls (`CreateBGPPeer`).
    public var operation: String
    /// Accepted but not offered.
    public var isHidden: Bool

    /// Creates an entry.
    public init(name: String, operation: String, isHidden: Bool) {
      self.name = name
      self.operation = operation
      self.isHidden = isHidden
    }

    var jsonValue: JSONValue {
      .object(JSONObject([("name", .string(name)), ("operation", .string(operation)), ("hidden", .bool(isHidden))]))
    }
  }

  /// The service command's CLI name.
  public var service: String
  /// Its botocore name.
  public var serviceName: String
  /// The operation commands, in model order (then the CLI's aliases).
  public var operations: [Entry]
  /// The waiter commands (`aws SERVICE wait NAME`), in model order.
  public var waiters: [Entry]
  /// Subcommands the AWS CLI adds under the service (`update-kubeconfig`), sorted.
  public var customCommands: [String]

  /// Creates a result.
  public init(service: String, serviceName: String, operations: [Entry], waiters: [Entry], customCommands: [String]) {
    self.service = service
    self.serviceName = serviceName
    self.operations = operations
    self.waiters = waiters
    self.customCommands = customCommands
  }

  public var jsonValue: JSONValue {
    .object(
      JSONObject([
        ("service", ["name": .string(service), "serviceName": .string(serviceName)]),
        ("operations", .array(operations.map(\.jsonValue))),
        ("waiters", .array(waiters.map(\.jsonValue))),
        ("customCommands", .array(customCommands.map(JSONValue.string))),
      ])
    )
  }
}
