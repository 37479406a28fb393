/// The two generations of the AWS CLI, whose rules differ (global options, blob input, custom commands).
public enum CLIGeneration: String, Sendable, Hashable, CaseIterable {
  /// AWS CLI version 1 (`pip install awscli`).
  case v1
  /// AWS CLI version 2 (the installer bundle, Homebrew, or the v2 source tree).
  case v2

  /// The generation a version string such as `1.45.11` or `2.36.7` belongs to, if it names one.
  public init?(version: String) {
    switch version.prefix(while: { $0 != "." }) {
    case "1": self = .v1
    case "2": self = .v2
    default: return nil
    }
  }

  /// What users call it: `AWS CLI v1` or `AWS CLI v2`.
  public var displayName: String { "AWS CLI \(rawValue)" }
}
