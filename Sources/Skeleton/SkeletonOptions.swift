public import JSON

/// Choices that go beyond what the AWS CLI offers; the defaults print what the AWS CLI prints.
public struct SkeletonOptions: Sendable, Hashable {
  /// Keep only required members, at every depth (a tagged union then keeps its first member); members the
  /// prefill sets are kept too.
  public var requiredOnly: Bool
  /// Values the user has already given (API member names, as in `--cli-input-json`), merged into the input
  /// skeleton: given values win, the model fills in the rest (AWS CLI issue #6236). Ignored for `output`.
  ///
  /// Members the model does not know are kept, after the model's members, so nothing typed is lost. A structure
  /// given where the recursion would stop is expanded around the given value; a tagged union keeps only the
  /// members given.
  public var prefill: JSONValue?
  /// How many members of a tagged union (`union: true`) to fill.
  public var unionMembers: UnionMembers

  /// How a tagged union is filled.
  public enum UnionMembers: Sendable, Hashable {
    /// Every member, as the AWS CLI does (the result is not valid input until all but one are removed).
    case all
    /// Only the first member (or the members the prefill sets), which is valid input.
    case first
  }

  /// Options; the defaults reproduce the AWS CLI.
  public init(requiredOnly: Bool = false, prefill: JSONValue? = nil, unionMembers: UnionMembers = .all) {
    self.requiredOnly = requiredOnly
    self.prefill = prefill
    self.unionMembers = unionMembers
  }
}
