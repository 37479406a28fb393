/// Why a skeleton could not be made.
public enum SkeletonError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The model has no operation of that name.
  case unknownOperation(service: String, operation: String)

  public var description: String {
    switch self {
    case .unknownOperation(let service, let operation):
      return "the \(service) model has no operation named \(operation)"
    }
  }
}
