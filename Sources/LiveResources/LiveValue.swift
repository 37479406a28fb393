/// One resource that exists: its identifier and what describes it (an instance's `Name` tag, a function's runtime).
public struct LiveValue: Sendable, Hashable {
  /// The identifier to insert.
  public var value: String
  /// A short description, if the listing has one.
  public var description: String?

  /// A value.
  public init(_ value: String, description: String? = nil) {
    self.value = value
    self.description = description
  }
}

/// What a live question gets within its time budget: the values listed so far (from the cache, or a listing that
/// finished in time), and a line for the user when there is something to say ("listing ec2 instances…", "no AWS
/// credentials").
public struct LiveAnswer: Sendable, Hashable {
  /// The values, in the order listed.
  public var values: [LiveValue]
  /// One line on why there are no values (or why they may be old), for front ends with a place for it.
  public var message: String?
  /// A listing is still running: asking again later may give more.
  public var isPending: Bool

  /// An answer.
  public init(values: [LiveValue], message: String? = nil, isPending: Bool = false) {
    self.values = values
    self.message = message
    self.isPending = isPending
  }
}
