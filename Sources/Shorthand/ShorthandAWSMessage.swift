/// The AWS CLI's own wording of shorthand syntax errors (v1 1.45.55 and later; v2 adds a space before the
/// echoed input).
public enum ShorthandAWSMessage {
  /// `Expected: '<expected>', received: '<actual>' for input:` and the caret diagram.
  public static func syntaxError(expected: String, actual: String, index: Int, in text: String) -> String {
    "Expected: '\(expected)', received: '\(actual)' for input:\n" + errorLocation(index: index, in: text)
  }

  /// `Second instance of key "<key>" encountered for input:`, the caret diagram and the "," hint.
  public static func duplicateKey(_ key: String, index: Int, in text: String) -> String {
    "Second instance of key \"\(key)\" encountered for input:\n" + errorLocation(index: index, in: text)
      + "\nThis is often because there is a preceding \",\" instead of a space."
  }

  /// The AWS CLI's caret diagram: the input up to the end of the error's line, a line with a caret under the
  /// error's column, then the rest of the input. `index` counts Unicode scalars.
  public static func errorLocation(index: Int, in text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    let clamped = min(max(index, 0), scalars.count)
    var column = index
    if let lastNewline = scalars[..<clamped].lastIndex(of: "\n") {
      column = index - lastNewline - 1
    }
    var consumed = scalars[...]
    var remaining = scalars[scalars.endIndex...]
    if let nextNewline = scalars[clamped...].firstIndex(of: "\n") {
      consumed = scalars[..<nextNewline]
      remaining = scalars[nextNewline...]
    }
    return String(scalars: consumed) + "\n" + String(repeating: " ", count: max(column, 0)) + "^"
      + String(scalars: remaining)
  }
}
