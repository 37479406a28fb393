import DocumentationText

/// One-line descriptions: the first sentence of model documentation, as AWS CLI v2 writes it in skeleton comments.
enum OneLine {
  /// The first sentence of `documentation` (HTML or plain text), or nil when there is none.
  static func of(_ documentation: String?) -> String? {
    guard let documentation else { return nil }
    let sentence = DocumentationOverview.of(documentation)
    return sentence.isEmpty ? nil : sentence
  }
}
