/// What `--generate-cli-skeleton` prints: the value given after the option.
public enum SkeletonKind: String, Sendable, Hashable, CaseIterable {
  /// A sample input for `--cli-input-json`: JSON, 4-space indentation.
  case input
  /// A sample input for `--cli-input-yaml` (AWS CLI v2): YAML with end-of-line comments.
  case yamlInput = "yaml-input"
  /// A sample response: JSON whose string values are the member names.
  case output
}
