public import JSON

/// A call that expects an answer: a method name, optional parameters and the id the answer must carry.
public struct JSONRPCRequest: Sendable, Hashable {
  /// The method to call.
  public var method: String
  /// The parameters: an object or an array, or nil if the request had none.
  public var params: JSONValue?
  /// The id the answer must carry.
  public var id: RequestID

  /// Creates a request.
  public init(method: String, params: JSONValue? = nil, id: RequestID) {
    self.method = method
    self.params = params
    self.id = id
  }
}

/// A message that expects no answer: a method name and optional parameters.
public struct JSONRPCNotification: Sendable, Hashable {
  /// The method to call.
  public var method: String
  /// The parameters: an object or an array, or nil if the notification had none.
  public var params: JSONValue?

  /// Creates a notification.
  public init(method: String, params: JSONValue? = nil) {
    self.method = method
    self.params = params
  }
}
