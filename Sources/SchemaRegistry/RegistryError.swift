public import Botocore
public import FileSystem

/// Why the registry could not answer.
public enum RegistryError: Error, Sendable, CustomStringConvertible {
  /// No model data has a service of this name; `suggestions` holds the closest names.
  case unknownService(String, suggestions: [String])
  /// The service has no operation of this model name.
  case unknownOperation(service: String, operation: String, suggestions: [String])
  /// A model file is malformed.
  case model(ModelError)
  /// A model file could not be read.
  case file(FileSystemError)

  public var description: String {
    switch self {
    case .unknownService(let name, let suggestions):
      return "unknown service \"\(name)\"" + RegistryError.hint(suggestions)
    case .unknownOperation(let service, let operation, let suggestions):
      return "\(service) has no operation \"\(operation)\"" + RegistryError.hint(suggestions)
    case .model(let error): return error.description
    case .file(let error): return error.description
    }
  }

  static func hint(_ suggestions: [String]) -> String {
    suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
  }
}
