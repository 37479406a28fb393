public import ArgotProtocol
public import Completion
import JSONRPC

extension ArgotServer {
  /// `argot/complete`: the completion engine's candidates, as `argot complete --json` prints them.
  func complete(_ request: CompleteRequest) throws(ResponseError) -> CompleteResult {
    CompleteResult(completion.complete(CompletionRequest(line: request.line, point: request.point)))
  }
}

extension CompleteResult {
  /// The protocol's form of an engine result.
  public init(_ result: CompletionResult) {
    self.init(
      items: result.items.map {
        Item(
          label: $0.label,
          insertText: $0.insertText,
          kind: $0.kind.rawValue,
          detail: $0.detail,
          documentation: $0.documentation,
          noSpace: $0.noSpace
        )
      },
      replace: result.replace,
      message: result.message,
      isIncomplete: result.isIncomplete
    )
  }
}
