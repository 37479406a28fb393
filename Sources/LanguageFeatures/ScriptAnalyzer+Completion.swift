public import Completion
import ShellScript

/// Completion candidates placed in a document.
public struct EditorCompletion: Sendable, Hashable {
  /// The engine's candidates, in its order.
  public var items: [CompletionItem]
  /// The scalar range of the document each candidate's `insertText` replaces.
  public var replace: Range<Int>
  /// Asking again may give more (a live listing is still running).
  public var isIncomplete: Bool = false
}

extension ScriptAnalyzer {
  /// What can be typed at `offset` in the `aws` command around it (from `aws` to the cursor, continuation lines
  /// included), with `engine` (whose working directory should be the script's folder).
  public func completion(at offset: Int, in document: TextDocument, engine: CompletionEngine) -> EditorCompletion? {
    guard let command = command(at: offset, in: document), let start = command.programWords.first?.range.lowerBound
    else { return nil }
    let end = max(command.range.upperBound, offset)
    let line = document.text(in: start..<end)
    let result = engine.complete(CompletionRequest(line: line, point: offset - start))
    return EditorCompletion(
      items: result.items,
      replace: (start + result.replace.lowerBound)..<(start + result.replace.upperBound),
      isIncomplete: result.isIncomplete
    )
  }
}
