/// The candidates for one position, and the part of the line they replace.
public struct CompletionResult: Sendable, Hashable {
  /// The candidates in display order (the engine's order; front ends must not re-sort them).
  public var items: [CompletionItem]
  /// The span of the line that each `insertText` replaces, in Unicode scalar offsets (`start..<end`).
  public var replace: Range<Int>
  /// One line for the user where the front end has a place for it (zsh's `_message`, the prompt's status line):
  /// why live values are missing ("no AWS credentials for ec2 describe-instances") or that they are coming.
  public var message: String?
  /// More may come when asked again (a live listing is still running).
  public var isIncomplete: Bool

  /// A result.
  public init(items: [CompletionItem], replace: Range<Int>, message: String? = nil, isIncomplete: Bool = false) {
    self.items = items
    self.replace = replace
    self.message = message
    self.isIncomplete = isIncomplete
  }
}
