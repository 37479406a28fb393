/// Splits a shell command line into words the way a POSIX shell does for the cases an AWS CLI line needs.
///
/// Handled: blanks between words; single quotes; double quotes (where `\` escapes `$`, `` ` ``, `"`, `\` and a
/// newline); backslash escapes outside quotes; `\`-newline continuation; bash's `$'...'` quoting; `#` comments.
/// Expansions (`$VAR`, `${VAR}`, `$(...)`, backquotes, a leading `~`) are kept literally and the word is flagged.
/// The first unquoted control operator (`;`, `&`, `|`, `<`, `>`) ends the command: argot reads one command.
public struct CommandLineWords: Sendable {
  /// The words, in order.
  public var words: [ShellWord]
  /// The line that was split.
  public var line: String
  /// Problems of the line itself (an unterminated quote, text after an operator).
  public var diagnostics: [InvocationDiagnostic]
  /// The line ends inside a word (no blank after the last character): editors complete that word.
  public var endsInWord: Bool
  /// The line ends inside an open quote.
  public var endsInQuote: Bool

  /// Splits `line`.
  public init(_ line: String) {
    self.line = line
    let scalars = Array(line.unicodeScalars)
    var words: [ShellWord] = []
    var diagnostics: [InvocationDiagnostic] = []
    var index = 0
    var text = String.UnicodeScalarView()
    var offsets: [Int] = []
    var start: Int?
    var expansion = false
    var quoted = false
    var inQuote = false

    func append(_ scalar: Unicode.Scalar, at offset: Int) {
      text.append(scalar)
      offsets.append(offset)
    }
    func finish(at end: Int) {
      guard let wordStart = start else { return }
      words.append(
        ShellWord(
          text: String(text),
          offsets: offsets,
          lineRange: wordStart..<end,
          hasExpansion: expansion,
          isQuoted: quoted
        )
      )
      text = String.UnicodeScalarView()
      offsets = []
      start = nil
      expansion = false
      quoted = false
    }
    /// Copies a `$...` expansion literally, returning the index after it.
    func copyExpansion(from position: Int) -> Int {
      var cursor = position
      append(scalars[cursor], at: cursor)
      cursor += 1
      guard cursor < scalars.count else { return cursor }
      let next = scalars[cursor]
      if next == "(" || next == "{" {
        let close: Unicode.Scalar = next == "(" ? ")" : "}"
        var depth = 0
        while cursor < scalars.count {
          let scalar = scalars[cursor]
          append(scalar, at: cursor)
          cursor += 1
          if scalar == next {
            depth += 1
          } else if scalar == close {
            depth -= 1
            if depth == 0 { break }
          }
        }
      } else if Self.isNameScalar(next), !(next >= "0" && next <= "9") {
        while cursor < scalars.count, Self.isNameScalar(scalars[cursor]) {
          append(scalars[cursor], at: cursor)
          cursor += 1
        }
      } else {
        append(next, at: cursor)
        cursor += 1
      }
      return cursor
    }

    var endsInQuote = false
    scan: while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case " ", "\t", "\n":
        finish(at: index)
        index += 1
      case "#" where start == nil:
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
      case ";", "&", "|", "<", ">":
        finish(at: index)
        let rest = index..<scalars.count
        diagnostics.append(
          InvocationDiagnostic(
            severity: .warning,
            code: .shellOperator,
            message: "argot reads one command; the text from \"\(Character(scalar))\" on is ignored",
            location: SourceLocation(wordIndex: words.count, range: 0..<0, lineRange: rest)
          )
        )
        break scan
      case "\\":
        if start == nil { start = index }
        quoted = true
        if index + 1 < scalars.count {
          if scalars[index + 1] == "\n" {
            index += 2
            if text.isEmpty, start == index - 2 { start = nil }
          } else {
            append(scalars[index + 1], at: index + 1)
            index += 2
          }
        } else {
          index += 1
        }
      case "'":
        if start == nil { start = index }
        quoted = true
        inQuote = true
        index += 1
        while index < scalars.count, scalars[index] != "'" {
          append(scalars[index], at: index)
          index += 1
        }
        if index < scalars.count { index += 1; inQuote = false } else { endsInQuote = true }
      case "\"":
        if start == nil { start = index }
        quoted = true
        inQuote = true
        index += 1
        while index < scalars.count, scalars[index] != "\"" {
          let inner = scalars[index]
          if inner == "\\", index + 1 < scalars.count, "$`\"\\\n".unicodeScalars.contains(scalars[index + 1]) {
            if scalars[index + 1] != "\n" { append(scalars[index + 1], at: index + 1) }
            index += 2
          } else if inner == "$", index + 1 < scalars.count,
            Self.isNameScalar(scalars[index + 1]) || "({".unicodeScalars.contains(scalars[index + 1])
          {
            expansion = true
            index = copyExpansion(from: index)
          } else if inner == "`" {
            expansion = true
            append(inner, at: index)
            index += 1
          } else {
            append(inner, at: index)
            index += 1
          }
        }
        if index < scalars.count { index += 1; inQuote = false } else { endsInQuote = true }
      case "$" where index + 1 < scalars.count && scalars[index + 1] == "'":
        if start == nil { start = index }
        quoted = true
        inQuote = true
        index += 2
        while index < scalars.count, scalars[index] != "'" {
          if scalars[index] == "\\", index + 1 < scalars.count {
            let escaped = scalars[index + 1]
            let value: Unicode.Scalar
            switch escaped {
            case "n": value = "\n"
            case "t": value = "\t"
            case "r": value = "\r"
            case "a": value = "\u{07}"
            case "b": value = "\u{08}"
            case "e", "E": value = "\u{1B}"
            case "f": value = "\u{0C}"
            case "v": value = "\u{0B}"
            default: value = escaped
            }
            append(value, at: index + 1)
            index += 2
          } else {
            append(scalars[index], at: index)
            index += 1
          }
        }
        if index < scalars.count { index += 1; inQuote = false } else { endsInQuote = true }
      case "$"
      where index + 1 < scalars.count
        && (Self.isNameScalar(scalars[index + 1]) || "({?#@*!$".unicodeScalars.contains(scalars[index + 1])):
        if start == nil { start = index }
        expansion = true
        index = copyExpansion(from: index)
      case "`":
        if start == nil { start = index }
        expansion = true
        append(scalar, at: index)
        index += 1
      case "~" where start == nil:
        start = index
        expansion = true
        append(scalar, at: index)
        index += 1
      default:
        if start == nil { start = index }
        append(scalar, at: index)
        index += 1
      }
    }
    let lineEnd = scalars.count
    let trailingWord = start != nil
    finish(at: index)
    if endsInQuote {
      let at = words.last?.lineRange ?? lineEnd..<lineEnd
      diagnostics.append(
        InvocationDiagnostic(
          severity: .error,
          code: .unterminatedQuote,
          message: "the line ends inside a quoted string",
          location: SourceLocation(wordIndex: max(0, words.count - 1), range: 0..<0, lineRange: at)
        )
      )
    }
    _ = inQuote
    self.words = words
    self.diagnostics = diagnostics
    self.endsInWord = trailingWord && index == lineEnd
    self.endsInQuote = endsInQuote
  }

  /// The words' texts.
  public var arguments: [String] { words.map(\.text) }

  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
      || scalar == "_"
  }
}
