import Completion

extension CompletionResult {
  /// The candidates' texts measured from `anchor`, where a shell starts the text it replaces, instead of from
  /// `replace.lowerBound`: `prefix` (the line's text from the anchor to the start of `replace`) then the
  /// candidate's `insertText`. When the anchor is after the start of `replace`, the part of `insertText` that
  /// stands for the line's text before the anchor is dropped, and a candidate that does not start with that
  /// text is left out (`nil`).
  func texts(from anchor: Int, line: [Unicode.Scalar], prefix: String) -> [String?] {
    let start = replace.lowerBound
    guard anchor > start else { return items.map { prefix + $0.insertText } }
    let typed = line[start..<min(anchor, line.count)]
    return items.map { item in
      let scalars = item.insertText.unicodeScalars
      guard scalars.starts(with: typed) else { return nil }
      return String(String.UnicodeScalarView(scalars.dropFirst(typed.count)))
    }
  }
}
