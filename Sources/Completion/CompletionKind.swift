/// What a completion candidate is.
public enum CompletionKind: String, Sendable, Hashable, CaseIterable {
  /// A service command (`ec2`) or a top-level command the AWS CLI adds (`s3`, `configure`).
  case service
  /// An operation command (`run-instances`).
  case operation
  /// A waiter under `wait` (`instance-running`), or `wait` itself.
  case waiter
  /// A subcommand the AWS CLI implements itself (`s3 cp`, `configure get`, `eks update-kubeconfig`).
  case command
  /// An option: `--name`.
  case option
  /// An option's value: an enum value, a boolean, an `--output` format, a region, a profile.
  case value
  /// A shorthand key: `addressFamily=`.
  case key
  /// `{` or `[` where a shorthand structure or list starts.
  case structure
  /// A `file://` or `fileb://` path.
  case file
}
