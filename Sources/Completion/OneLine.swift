import Skeleton

/// One-line descriptions: the first sentence of model documentation, as AWS CLI v2 writes it in skeleton comments.
enum OneLine {
  /// The first sentence of `documentation` (HTML or plain text), or nil when there is none.
  static func of(_ documentation: String?) -> String? {
    guard let documentation, !documentation.isEmpty else { return nil }
    if !documentation.utf8.contains(UInt8(ascii: "<")), !documentation.utf8.contains(UInt8(ascii: "&")) {
      return plain(documentation)
    }
    let sentence = DocumentationOverview.of(documentation)
    return sentence.isEmpty ? nil : sentence
  }

  /// `DocumentationOverview`'s rule for text without markup: up to the first `.` or `:`, line breaks as spaces.
  private static func plain(_ text: String) -> String? {
    var sentence = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "." || scalar == ":" { break }
      sentence.append(scalar == "\n" || scalar == "\u{2028}" ? " " : scalar)
    }
    if sentence.isEmpty { return nil }
    sentence.append(".")
    return String(sentence)
  }
}
