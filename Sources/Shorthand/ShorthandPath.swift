/// Where a value sits inside a shorthand argument: a sequence of member keys and list positions.
///
/// Printed the way botocore names parameters, relative to the argument: `asn`, `Ebs.VolumeSize`,
/// `Tags[1].Value`. A key that is empty or holds `.`, `[`, `]` or `"` is printed as `["…"]`.
public struct ShorthandPath: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// One step of a path.
  public enum Component: Sendable, Hashable {
    /// A structure member or map key.
    case key(String)
    /// A position in a list, from 0.
    case index(Int)
  }

  /// The steps from the argument's top to the value.
  public var components: [Component]

  /// A path made of these steps.
  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// The argument itself.
  public static let root = ShorthandPath()

  /// Whether this is the argument itself.
  public var isRoot: Bool { components.isEmpty }

  /// This path extended by a member key.
  public func appending(key: String) -> ShorthandPath {
    var path = self
    path.components.append(.key(key))
    return path
  }

  /// This path extended by a list position.
  public func appending(index: Int) -> ShorthandPath {
    var path = self
    path.components.append(.index(index))
    return path
  }

  /// The path without its last step (the root stays the root).
  public var parent: ShorthandPath {
    ShorthandPath(Array(components.dropLast()))
  }

  /// The last key of the path, if it ends in one.
  public var lastKey: String? {
    if case .key(let key)? = components.last { return key }
    return nil
  }

  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .index(let index):
        text += "[\(index)]"
      case .key(let key):
        if key.isEmpty || key.unicodeScalars.contains(where: { "[].\"".unicodeScalars.contains($0) }) {
          text += "[\"" + key.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\"]"
        } else {
          text += text.isEmpty ? key : "." + key
        }
      }
    }
    return text
  }

  public static func < (lhs: ShorthandPath, rhs: ShorthandPath) -> Bool {
    lhs.description < rhs.description
  }
}
