/// Why a model index file was not used: what check it failed. The file is discarded and rebuilt.
public struct ModelIndexDamage: Error, Sendable, Hashable, CustomStringConvertible {
  /// The failed check, e.g. `checksum of the directory does not match`.
  public var reason: String

  /// Whether the file is merely out of date (another format version, or made from other model files) rather
  /// than damaged; such a file is replaced without a log line.
  public var isStale: Bool

  /// A damage with this reason.
  init(_ reason: String, isStale: Bool = false) {
    self.reason = reason
    self.isStale = isStale
  }

  public var description: String { reason }
}
