/// A waiter (`waiters-2.json`): polls an operation until a resource reaches a state.
public struct Waiter: Sendable, Hashable {
  /// The waiter name (`InstanceRunning`).
  public var name: String
  /// The operation it polls.
  public var operation: String
  /// Seconds between polls.
  public var delay: Int
  /// Polls before giving up.
  public var maxAttempts: Int
  /// The waiter's description, if the model has one.
  public var description: String?

  /// Creates a waiter.
  public init(name: String, operation: String, delay: Int, maxAttempts: Int, description: String? = nil) {
    self.name = name
    self.operation = operation
    self.delay = delay
    self.maxAttempts = maxAttempts
    self.description = description
  }
}
