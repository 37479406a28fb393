public import JSON
public import JSONRPC

/// Names one command, as the members `service` and `operation` of a request: `{"service": "directconnect",
/// "operation": "create-bgp-peer"}`, or a waiter as `"operation": "wait connection-deleted"`.
public struct CommandName: Sendable, Hashable, CustomStringConvertible {
  /// The service command (`directconnect`, `s3api`).
  public var service: String
  /// The operation command (`create-bgp-peer`), or `wait WAITER`.
  public var operation: String

  /// Creates a name.
  public init(service: String, operation: String) {
    self.service = service
    self.operation = operation
  }

  /// Reads `service` and `operation` from request parameters.
  public init(_ params: ParamsObject) throws(ResponseError) {
    service = try params.string("service")
    operation = try params.string("operation")
  }

  /// The waiter's name when `operation` is `wait WAITER`.
  public var waiter: String? {
    guard operation.hasPrefix("wait ") else { return nil }
    let name = operation.dropFirst(5).drop { $0 == " " }
    return name.isEmpty ? nil : String(name)
  }

  /// The words after `aws`: `[service, operation]` or `[service, "wait", waiter]`.
  public var words: [String] {
    if let waiter { return [service, "wait", waiter] }
    return [service, operation]
  }

  /// Adds `service` and `operation` to a params object.
  public func write(to object: inout JSONObject) {
    object["service"] = .string(service)
    object["operation"] = .string(operation)
  }

  /// `directconnect create-bgp-peer`.
  public var description: String { "\(service) \(operation)" }
}
