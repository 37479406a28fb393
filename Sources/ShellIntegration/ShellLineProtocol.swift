/// The framing of `argot serve --shell-lines`, the line protocol shells use to ask a long-lived server.
///
/// A request is one line of tab-separated fields, `SHELL<TAB>POINT<TAB>LINE`, then optional `NAME=VALUE`
/// fields (`wordbreaks=`, `type=`, `columns=`, `lines=`, `framing=`); in each field `\` is written `\\`, a tab
/// `\t` and a newline `\n`. The reply is exactly what `argot complete --shell SHELL` prints for the same
/// question, then a line holding only the record separator U+001E; with `framing=length`, the reply's length in
/// bytes on a line of its own comes first instead, and no separator after (bash reads a pipe a byte at a time
/// up to a delimiter, but a known length in one read). See `Documentation/Shells.md`.
public enum ShellLineProtocol {
  /// The line that ends every reply.
  public static let endOfReply = "\u{1E}\n"

  /// `reply` framed for the wire: its byte count and a newline first when `length`, the end-of-reply line after
  /// it otherwise.
  public static func frame(_ reply: String, length: Bool) -> String {
    length ? "\(reply.utf8.count)\n" + reply : reply + endOfReply
  }

  /// Whether a request line (well formed or not) has the field `framing=length`.
  static func asksForLength(_ requestLine: some StringProtocol) -> Bool {
    requestLine.split(separator: "\t", omittingEmptySubsequences: false).dropFirst(3).contains {
      $0 == "framing=length"
    }
  }

  /// Whether the end of a request too long to read (the part kept of it) has the field `framing=length`.
  static func asksForLength(_ bytes: ArraySlice<UInt8>) -> Bool {
    String(decoding: bytes.suffix(256), as: UTF8.self).split(separator: "\t").dropFirst()
      .contains { $0 == "framing=length" }
  }

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
