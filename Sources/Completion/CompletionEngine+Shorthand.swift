import Botocore

extension CompletionEngine {
  /// Completion inside a shorthand value whose top is `root` (a structure or a map).
  func shorthand(root: Shape, in model: ServiceModel, _ value: ValueText) -> CompletionResult {
    CompletionResult(items: [], replace: value.replace(from: 0))
  }
}
