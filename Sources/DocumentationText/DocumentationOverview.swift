/// The one-line summary of a member's documentation that the AWS CLI v2 puts in YAML skeleton comments.
///
/// The rule: take the text of the documentation read as XML (the raw documentation if it is not well-formed),
/// keep what comes before the first `.` or `:`, add a `.` if anything is left, and turn line breaks (`\n` and
/// U+2028) into spaces.
public enum DocumentationOverview {
  /// The summary of `documentation` (HTML, as in the model); empty for empty documentation.
  public static func of(_ documentation: String) -> String {
    if documentation.isEmpty { return "" }
    let text = MarkupText.characterData(of: documentation) ?? documentation
    var sentence = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "." || scalar == ":" { break }
      sentence.append(scalar == "\n" || scalar == "\u{2028}" ? " " : scalar)
    }
    if sentence.isEmpty { return "" }
    sentence.append(".")
    return String(sentence)
  }
}
