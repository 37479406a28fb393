/// `argot/complete`: reserved for completion (a later version). Answered with -32601 and a message saying so.
public enum CompleteRequest {
  /// `argot/complete`.
  public static let method = "argot/complete"
}
