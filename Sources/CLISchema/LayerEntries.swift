import JSON
import Synchronization

/// Entries of the CLI layer kept as JSON text and read on first use, or given already read.
///
/// - Important: thread-safe; an entry is read at most a few times (concurrent first uses may race harmlessly).
final class LayerEntries<Value: Sendable>: Sendable {
  typealias Reader = @Sendable (String, JSONValue) throws(CLILayerError) -> Value

  private let texts: [String: String]
  private let reader: Reader?
  private let values: Mutex<[String: Value]>

  /// Entries already read.
  init(values: [String: Value]) {
    self.texts = [:]
    self.reader = nil
    self.values = Mutex(values)
    self.keys = values.keys.sorted()
  }

  /// Entries read from their JSON text when first asked for.
  init(texts: [String: String], reader: @escaping Reader) {
    self.texts = texts
    self.reader = reader
    self.values = Mutex([:])
    self.keys = texts.keys.sorted()
  }

  /// Every entry name, sorted.
  let keys: [String]

  /// The entry named `key`, or nil when there is none or its text is malformed (`validateAll` reports that).
  func value(for key: String) -> Value? {
    if let known = values.withLock({ $0[key] }) { return known }
    guard let value = try? read(key) else { return nil }
    values.withLock { $0[key] = value }
    return value
  }

  /// Every entry.
  func all() -> [String: Value] {
    var result: [String: Value] = [:]
    for key in keys { result[key] = value(for: key) }
    return result
  }

  /// Reads every entry, throwing the first problem.
  func validateAll() throws(CLILayerError) {
    for key in keys where values.withLock({ $0[key] }) == nil { _ = try read(key) }
  }

  private func read(_ key: String) throws(CLILayerError) -> Value? {
    guard let text = texts[key], let reader else { return nil }
    let json: JSONValue
    do throws(JSONParseError) {
      json = try JSONValue(parsing: text)
    } catch {
      throw CLILayerError(path: key, message: error.description)
    }
    return try reader(key, json)
  }
}
