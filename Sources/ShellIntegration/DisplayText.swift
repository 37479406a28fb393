/// The text of candidate lists: descriptions on one line, cut and padded to fit the terminal.
enum DisplayText {
  /// A description on one line, with tabs and line breaks made spaces.
  static func oneLine(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(scalar == "\t" || scalar == "\n" || scalar == "\r" ? " " : scalar)
    }
    return String(scalars)
  }

  /// `text` cut to `width` characters (Unicode scalars), ending in `…` when cut.
  static func truncated(_ text: String, to width: Int) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > width else { return text }
    guard width > 1 else { return "" }
    return String(String.UnicodeScalarView(scalars.prefix(width - 1))) + "…"
  }

  /// `text` padded with spaces to `width` characters.
  static func padded(_ text: String, to width: Int) -> String {
    let count = text.unicodeScalars.count
    return count >= width ? text : text + String(repeating: " ", count: width - count)
  }
}
