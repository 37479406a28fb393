public import JSON

/// What a server implements to answer the messages a `JSONRPCConnection` reads.
///
/// - Important: requests are handled concurrently, each in its own task, and their answers go out as
///   soon as they are ready. Notifications are handled one at a time, in the order they arrived, but not
///   in order with requests. `$/cancelRequest` is handled by the connection and never reaches the handler.
public protocol MessageHandler: Sendable {
  /// Answers one request.
  ///
  /// The task running this is cancelled when the client sends `$/cancelRequest` for it; the client has
  /// then already been answered with `requestCancelled`, and whatever this returns is dropped. Check
  /// `Task.isCancelled` in long work.
  ///
  /// - Returns: the `result`, or the `error` to answer with (for instance `.methodNotFound(method)`).
  func handle(request: JSONRPCRequest) async -> Result<JSONValue, ResponseError>

  /// Handles one notification. The default ignores it.
  func handle(notification: JSONRPCNotification) async

  /// Handles a notification on the reading thread, before any later message is dispatched, so that requests
  /// read after it see its effect (an editor's text change before its completion request). Returns false to
  /// leave it to `handle(notification:)`. It must be quick and must not block. The default returns false.
  func handleBeforeNextMessage(_ notification: JSONRPCNotification) -> Bool

  /// Called on the reading thread for each request before its task starts, in order with the notifications
  /// taken by `handleBeforeNextMessage`, so the handler can take what the request needs as it was when the
  /// request arrived (an editor's document, before later changes). It must be quick and must not block. The
  /// default does nothing.
  func willHandle(request: JSONRPCRequest)
}

extension MessageHandler {
  /// Leaves every notification to `handle(notification:)`.
  public func handleBeforeNextMessage(_ notification: JSONRPCNotification) -> Bool { false }

  /// Does nothing.
  public func willHandle(request: JSONRPCRequest) {}

  /// Ignores the notification.
  public func handle(notification: JSONRPCNotification) async {}
}
