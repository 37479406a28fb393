/// A model file that could not be read or does not have the shape botocore expects.
public struct ModelError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file (or a short source name) the problem is in.
  public var source: String
  /// Where in the document, as a path like `shapes.Foo.members.Bar`, if known.
  public var path: String?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(source: String, path: String? = nil, message: String) {
    self.source = source
    self.path = path
    self.message = message
  }

  public var description: String {
    if let path { return "\(source): \(path): \(message)" }
    return "\(source): \(message)"
  }
}
