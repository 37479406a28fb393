public import SchemaRegistry

/// Why a command could not be found or built.
public enum CatalogError: Error, Sendable, CustomStringConvertible {
  /// No service command has this name; the closest names follow.
  case unknownService(String, suggestions: [String])
  /// The service has no operation command of this name; the closest names follow.
  case unknownOperation(service: String, operation: String, suggestions: [String])
  /// The service has no waiter of this name; the closest names follow.
  case unknownWaiter(service: String, waiter: String, suggestions: [String])
  /// The command is implemented by the AWS CLI itself (`aws s3 cp`), not by a model operation.
  case customCommand(String)
  /// The model data could not be read.
  case registry(RegistryError)

  public var description: String {
    switch self {
    case .unknownService(let name, let suggestions):
      return "unknown service \"\(name)\"" + Self.hint(suggestions)
    case .unknownOperation(let service, let operation, let suggestions):
      return "\"\(operation)\" is not an operation of \"\(service)\"" + Self.hint(suggestions)
    case .unknownWaiter(let service, let waiter, let suggestions):
      return "\"\(waiter)\" is not a waiter of \"\(service)\"" + Self.hint(suggestions)
    case .customCommand(let name):
      return "\"\(name)\" is a command the AWS CLI implements itself; argot knows its options but has no model for it"
    case .registry(let error):
      return error.description
    }
  }

  static func hint(_ suggestions: [String]) -> String {
    suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
  }
}
