/// One completion candidate.
public struct CompletionItem: Sendable, Hashable {
  /// What a menu shows (`addressFamily`).
  public var label: String
  /// What replaces `CompletionResult.replace` (`addressFamily=`).
  public var insertText: String
  /// What the candidate is.
  public var kind: CompletionKind
  /// The type or a short fact (`string`, `enum`, `required`), if any.
  public var detail: String?
  /// One line: the first sentence of the model's documentation, if any.
  public var documentation: String?
  /// True when nothing should follow automatically: no space after `key=`, `{`, `,`, a directory's `/`, or a
  /// shorthand value that may be followed by `,`.
  public var noSpace: Bool

  /// A candidate.
  public init(
    label: String,
    insertText: String? = nil,
    kind: CompletionKind,
    detail: String? = nil,
    documentation: String? = nil,
    noSpace: Bool = false
  ) {
    self.label = label
    self.insertText = insertText ?? label
    self.kind = kind
    self.detail = detail
    self.documentation = documentation
    self.noSpace = noSpace
  }
}
