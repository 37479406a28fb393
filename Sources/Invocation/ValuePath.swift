/// Where a value sits in the request parameters: member keys and list positions from the top.
///
/// Printed as botocore names parameters: `newBGPPeer.asn`, `Tags[1].Value`.
public struct ValuePath: Sendable, Hashable, CustomStringConvertible {
  /// One step.
  public enum Component: Sendable, Hashable {
    /// A structure member or map key.
    case key(String)
    /// A list position, from 0.
    case index(Int)
  }

  /// The steps.
  public var components: [Component]

  /// A path of these steps.
  public init(_ components: [Component] = []) { self.components = components }

  /// The top of the parameters.
  public static let root = ValuePath()

  /// Whether this is the top.
  public var isRoot: Bool { components.isEmpty }

  /// Extended by a key.
  public func appending(key: String) -> ValuePath { ValuePath(components + [.key(key)]) }

  /// Extended by a list position.
  public func appending(index: Int) -> ValuePath { ValuePath(components + [.index(index)]) }

  /// Extended by another path.
  public func appending(_ other: ValuePath) -> ValuePath { ValuePath(components + other.components) }

  /// Without the last step.
  public var parent: ValuePath { ValuePath(Array(components.dropLast())) }

  /// The path without its first `count` steps.
  public func dropping(_ count: Int) -> ValuePath { ValuePath(Array(components.dropFirst(count))) }

  /// The first key, if the path starts with one (the top-level member).
  public var firstKey: String? {
    if case .key(let key)? = components.first { return key }
    return nil
  }

  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .index(let index): text += "[\(index)]"
      case .key(let key): text += text.isEmpty ? key : "." + key
      }
    }
    return text
  }
}
