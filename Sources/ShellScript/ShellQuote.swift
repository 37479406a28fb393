/// Quotes words for a shell, only where needed: the inverse of the shell lexer (`ShellCommandLine`).
///
/// A word made only of letters, digits and `_ @ % + = : , . / -` (and not starting with `=`, which zsh would
/// expand) is written as it is; any other word goes in single quotes. Braces are quoted too, since bash would
/// expand `{a=1,b=2}`.
public enum ShellQuote {
  /// How a quoted word is spelt.
  public enum Style: String, Sendable, CaseIterable {
    /// bash, zsh, sh: inside single quotes nothing is special, so each `'` is written as `'\''`.
    case posix
    /// fish: inside single quotes `\\` and `\'` are escapes.
    case fish
  }

  /// The word, quoted if needed.
  public static func quote(_ word: String, style: Style = .posix) -> String {
    if !word.isEmpty && word.first != "=" && word.unicodeScalars.allSatisfy(isPlain) { return word }
    return singleQuoted(word, style: style)
  }

  /// The word in single quotes, whatever it holds.
  public static func singleQuoted(_ word: String, style: Style = .posix) -> String {
    switch style {
    case .posix:
      return "'" + word.replacing("'", with: #"'\''"#) + "'"
    case .fish:
      return "'" + word.replacing(#"\"#, with: #"\\"#).replacing("'", with: #"\'"#) + "'"
    }
  }

  /// The words, quoted and joined by spaces.
  public static func join(_ words: [String], style: Style = .posix) -> String {
    words.map { quote($0, style: style) }.joined(separator: " ")
  }

  /// Whether the word is written as it is (needs no quotes).
  public static func isPlain(_ word: String) -> Bool {
    quote(word) == word
  }

  private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", "@", "%", "+", "=", ":", ",", ".", "/", "-": return true
    default: return false
    }
  }
}
