/// Where the `aws` command sits in a shell line that holds more (`cd x && aws ec2 … | jq . > out.json`).
///
/// The line is cut at its unquoted control operators and redirections (`;`, `&`, `|`, `(`, `)`, `<`, `>`, a
/// line break, a `#` comment); quotes, backslashes, `$(…)` and backquotes are skipped whole. The first piece
/// whose first word (after `NAME=value` assignments) is `aws` is the command; without one, the whole line is.
/// `before` and `after` are kept exactly as typed around the finished command.
public struct CommandSpan: Sendable, Hashable {
  /// The text before the command, blanks included.
  public var before: String
  /// The command itself, without surrounding blanks.
  public var command: String
  /// The text after the command: the operator and everything that follows it.
  public var after: String

  /// Finds the command in `line`.
  public init(line: String) {
    let scalars = Array(line.unicodeScalars)
    let pieces = Self.pieces(of: scalars)
    let chosen =
      pieces.first { Self.startsWithAWS(scalars[$0]) }
      ?? (pieces.count == 1 ? pieces[0] : 0..<scalars.count)
    var start = chosen.lowerBound
    var end = chosen.upperBound
    while start < end, Self.isBlank(scalars[start]) { start += 1 }
    while end > start, Self.isBlank(scalars[end - 1]) { end -= 1 }
    func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
    before = text(0..<start)
    command = text(start..<end)
    after = text(end..<scalars.count)
  }

  /// The pieces between operators, as scalar ranges.
  static func pieces(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var pieceStart = 0
    var index = 0
    func cut(at position: Int, resumeAt next: Int) {
      pieces.append(pieceStart..<position)
      pieceStart = next
      index = next
    }
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "\\":
        index += 2
      case "'":
        index = (scalars[(index + 1)...].firstIndex(of: "'") ?? scalars.count - 1) + 1
      case "\"":
        index += 1
        while index < scalars.count, scalars[index] != "\"" { index += scalars[index] == "\\" ? 2 : 1 }
        index += 1
      case "`":
        index = (scalars[(index + 1)...].firstIndex(of: "`") ?? scalars.count - 1) + 1
      case "$" where index + 1 < scalars.count && scalars[index + 1] == "(":
        var depth = 0
        while index < scalars.count {
          if scalars[index] == "(" { depth += 1 }
          if scalars[index] == ")" {
            depth -= 1
            if depth == 0 { break }
          }
          index += 1
        }
        index += 1
      case "#" where index == 0 || isBlank(scalars[index - 1]):
        cut(at: index, resumeAt: scalars.count)
      case ";", "&", "|", "(", ")", "\n":
        var next = index + 1
        while next < scalars.count, "&|".unicodeScalars.contains(scalars[next]) { next += 1 }
        cut(at: index, resumeAt: next)
      case "<", ">":
        // A file descriptor number written against the operator (`2>`) belongs to the redirection.
        var start = index
        while start > pieceStart, ("0"..."9").contains(scalars[start - 1]) { start -= 1 }
        if start > pieceStart, !isBlank(scalars[start - 1]) { start = index }
        var next = index + 1
        while next < scalars.count, "<>&".unicodeScalars.contains(scalars[next]) { next += 1 }
        cut(at: start, resumeAt: next)
      default:
        index += 1
      }
    }
    pieces.append(pieceStart..<min(max(pieceStart, index), scalars.count))
    return pieces.filter { !$0.isEmpty }
  }

  /// Whether the first word of the piece, after `NAME=value` words, is `aws`.
  static func startsWithAWS(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
    let words = String(String.UnicodeScalarView(piece)).split(whereSeparator: { $0 == " " || $0 == "\t" })
    return words.first { !PromptStart.isAssignment(String($0)) } == "aws"
  }

  static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
}
