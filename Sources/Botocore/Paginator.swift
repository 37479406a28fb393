/// How an operation pages through results (`paginators-1.json`).
public struct Paginator: Sendable, Hashable {
  /// Input members that carry the continuation token.
  public var inputTokens: [String]
  /// Output members (JMESPath-like paths) that carry the next token.
  public var outputTokens: [String]
  /// The input member that limits the page size, if any.
  public var limitKey: String?
  /// Output members (paths) that hold the paged results.
  public var resultKeys: [String]
  /// The output member (path) that says whether more results exist, if any.
  public var moreResults: String?

  /// Creates a paginator.
  public init(
    inputTokens: [String],
    outputTokens: [String],
    limitKey: String? = nil,
    resultKeys: [String] = [],
    moreResults: String? = nil
  ) {
    self.inputTokens = inputTokens
    self.outputTokens = outputTokens
    self.limitKey = limitKey
    self.resultKeys = resultKeys
    self.moreResults = moreResults
  }
}
