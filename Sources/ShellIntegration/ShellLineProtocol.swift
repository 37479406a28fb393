/// The framing of `argot serve --shell-lines`, the line protocol shells use to ask a long-lived server.
///
/// A request is one line of tab-separated fields, `SHELL<TAB>POINT<TAB>LINE`, then optional `NAME=VALUE`
/// fields (`wordbreaks=`, `type=`, `columns=`); in each field `\` is written `\\`, a tab `\t` and a newline
/// `\n`. The reply is exactly what `argot complete --shell SHELL` prints for the same question, then a line
/// holding only the record separator U+001E. See `Documentation/Shells.md`.
public enum ShellLineProtocol {
  /// The line that ends every reply.
  public static let endOfReply = "\u{1E}\n"

  /// `text` with `\`, tab and newline escaped, ready to be a field.
  public static func escape(_ text: String) -> String {
    var escaped = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": escaped.append(contentsOf: #"\\"#.unicodeScalars)
      case "\t": escaped.append(contentsOf: #"\t"#.unicodeScalars)
      case "\n": escaped.append(contentsOf: #"\n"#.unicodeScalars)
      default: escaped.append(scalar)
      }
    }
    return String(escaped)
  }

  /// The text of an escaped field; `\\`, `\t` and `\n` are the only escapes, and a `\` before anything else
  /// stays as it is.
  public static func unescape<Text: StringProtocol>(_ field: Text) -> String {
    guard field.contains("\\") else { return String(field) }
    var text = String.UnicodeScalarView()
    var pendingBackslash = false
    for scalar in field.unicodeScalars {
      if pendingBackslash {
        pendingBackslash = false
        switch scalar {
        case "\\": text.append("\\")
        case "t": text.append("\t")
        case "n": text.append("\n")
        default:
          text.append("\\")
          text.append(scalar)
        }
      } else if scalar == "\\" {
        pendingBackslash = true
      } else {
        text.append(scalar)
      }
    }
    if pendingBackslash { text.append("\\") }
    return String(text)
  }
}
