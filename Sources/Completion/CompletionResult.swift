/// The candidates for one position, and the part of the line they replace.
public struct CompletionResult: Sendable, Hashable {
  /// The candidates in display order (the engine's order; front ends must not re-sort them).
  public var items: [CompletionItem]
  /// The span of the line that each `insertText` replaces, in Unicode scalar offsets (`start..<end`).
  public var replace: Range<Int>

  /// A result.
  public init(items: [CompletionItem], replace: Range<Int>) {
    self.items = items
    self.replace = replace
  }
}
