import ArgotProtocol
public import CLISchema
public import JSONRPC
import SchemaRegistry

extension ResponseError {
  /// The JSON-RPC error for a catalog failure: -32010 unknown service, -32011 unknown operation or waiter,
  /// -32013 a command the AWS CLI implements itself, -32014 unreadable model data.
  public init(_ error: CatalogError) {
    switch error {
    case .unknownService(let name, let suggestions):
      self = .unknownService(name, suggestions: suggestions)
    case .unknownOperation(let service, let operation, let suggestions):
      self = .unknownOperation(service: service, operation: operation, suggestions: suggestions)
    case .unknownWaiter(let service, let waiter, let suggestions):
      self = .unknownOperation(service: service, operation: "wait \(waiter)", suggestions: suggestions)
    case .customCommand(let command):
      self = .customCommand(command)
    case .registry(.unknownService(let name, let suggestions)):
      self = .unknownService(name, suggestions: suggestions)
    case .registry(.unknownOperation(let service, let operation, let suggestions)):
      self = .unknownOperation(service: service, operation: operation, suggestions: suggestions)
    case .registry(let other):
      self = .modelUnavailable(other.description)
    }
  }
}
