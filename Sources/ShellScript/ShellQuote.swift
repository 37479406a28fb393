/// Quotes words for a POSIX shell, only where needed.
///
/// A word made only of letters, digits and `_ @ % + = : , . / -` is written as it is; any other word goes in
/// single quotes, with each `'` written as `'\''`. Braces are quoted too, since bash would expand
/// `{a=1,b=2}`.
public enum ShellQuote {
  /// The word, quoted if needed.
  public static func quote(_ word: String) -> String {
    if !word.isEmpty && word.unicodeScalars.allSatisfy(isPlain) { return word }
    return "'" + word.replacing("'", with: #"'\''"#) + "'"
  }

  /// The words, quoted and joined by spaces.
  public static func join(_ words: [String]) -> String {
    words.map(quote).joined(separator: " ")
  }

  private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", "@", "%", "+", "=", ":", ",", ".", "/", "-": return true
    default: return false
    }
  }
}
