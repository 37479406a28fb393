import Synchronization

/// Model patterns compiled once per process: compiling a `Regex` costs far more than matching it, and a server
/// validates the same parameters again and again.
///
/// - Important: `Regex` is not `Sendable`, so compiled patterns never leave the lock: matching happens under it.
final class CompiledPatterns: Sendable {
  static let shared = CompiledPatterns()

  private struct Table: ~Copyable {
    var regexes: [String: Regex<AnyRegexOutput>?] = [:]
  }

  private let table = Mutex(Table())

  /// Whether `text` matches `pattern`, or nil when the standard library cannot compile the pattern (such
  /// patterns are not checked).
  func matches(_ pattern: String, _ text: String) -> Bool? {
    table.withLock { table in
      let regex: Regex<AnyRegexOutput>?
      if let known = table.regexes[pattern] {
        regex = known
      } else {
        regex = try? Regex(pattern)
        table.regexes[pattern] = .some(regex)
      }
      guard let regex else { return nil }
      return (try? regex.firstMatch(in: text)) != nil
    }
  }
}
