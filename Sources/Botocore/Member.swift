/// A named member of a structure shape, in model order.
public struct Member: Sendable, Hashable {
  /// The member name as the model spells it (`newBGPPeer`, `InstanceType`).
  public var name: String
  /// The shape the member holds, with the member's own traits.
  public var reference: ShapeReference

  /// Creates a member.
  public init(name: String, reference: ShapeReference) {
    self.name = name
    self.reference = reference
  }
}
