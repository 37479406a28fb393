import Synchronization

/// Answers the server has worked out, by key, so that an editor session's many requests about the same few
/// commands do not rebuild them from the model each time: built commands, schema documents, reference pages.
///
/// Everything cached is a pure function of the key and the model data, which does not change while the server
/// runs. Only successes are kept. The cache is bounded: when it holds `capacity` entries it starts afresh.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  private let entries = Mutex<[Key: Value]>([:])
  /// The most entries kept.
  let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// The value, if it was stored before.
  subscript(key: Key) -> Value? {
    entries.withLock { $0[key] }
  }

  /// Keeps a value.
  func store(_ value: Value, for key: Key) {
    entries.withLock { entries in
      if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = value
    }
  }

  /// The stored value, or the one `make` computes (and stores).
  func value<Failure: Error>(for key: Key, _ make: () throws(Failure) -> Value) throws(Failure) -> Value {
    if let known = self[key] { return known }
    let value = try make()
    store(value, for: key)
    return value
  }
}
