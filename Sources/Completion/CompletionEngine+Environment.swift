extension CompletionEngine {
  /// Profile names from the config and credentials files.
  func profiles(prefix: String) -> [CompletionItem] { [] }

  /// Region names from botocore's endpoint data.
  func regions(prefix: String) -> [CompletionItem] { [] }

  /// Paths after `scheme` (`file://`, `fileb://`, or none).
  func paths(_ value: ValueText, scheme: String) -> CompletionResult {
    CompletionResult(items: [], replace: value.replace(from: 0))
  }
}
