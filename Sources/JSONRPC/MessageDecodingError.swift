/// Why a JSON value is not a valid JSON-RPC message, with what is needed to answer it.
///
/// The connection answers with `error` and `id` (null if unknown), unless `kind` is `.response`: a broken
/// response is dropped, because answering a response could start an endless exchange.
public struct MessageDecodingError: Error, Sendable, Hashable {
  /// What the message looked like it was meant to be.
  public enum Kind: Sendable, Hashable {
    /// It had a `method` and an `id`.
    case request
    /// It had a `method` and no `id`.
    case notification
    /// It had a `result` or an `error` and no `method`.
    case response
    /// It could not be classified (not an object, or none of the above).
    case unknown
  }

  /// What the message looked like it was meant to be.
  public var kind: Kind
  /// The message's id, if it had a valid one.
  public var id: RequestID?
  /// The error to answer with.
  public var error: ResponseError

  /// Creates a decoding error.
  public init(kind: Kind, id: RequestID?, error: ResponseError) {
    self.kind = kind
    self.id = id
    self.error = error
  }
}
