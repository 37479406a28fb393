/// What a shorthand text holds at an offset, as `ShorthandParser.position(at:in:)` reads it: the key or value
/// being typed there and where it belongs.
public struct ShorthandPosition: Sendable, Hashable {
  /// What the offset is in.
  public enum Kind: Sendable, Hashable {
    /// A key of the object at `path`; `used` are the keys that object already has, in text order.
    case key(used: [String])
    /// The value at `path`.
    case value
    /// Inside a quoted value, past a closing bracket, or after text the parser could not read: nothing to
    /// complete.
    case none
  }

  /// What the offset is in.
  public var kind: Kind
  /// For a key, the object it belongs to; for a value, the value itself (`Ebs.VolumeType`, `Tags[1]`).
  public var path: ShorthandPath
  /// Where the key or value being typed starts (Unicode scalars); the text from here to the offset is what
  /// was typed of it.
  public var start: Int

  /// Creates a position.
  public init(kind: Kind, path: ShorthandPath, start: Int) {
    self.kind = kind
    self.path = path
    self.start = start
  }
}
