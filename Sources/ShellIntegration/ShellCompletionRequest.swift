public import Completion

/// One completion question from a shell: the command line, the cursor, and how that shell wants the answer.
///
/// `answer(using:)` is what both `argot complete --shell SHELL` and `argot serve --shell-lines` print.
public struct ShellCompletionRequest: Sendable, Hashable {
  /// bash's default `COMP_WORDBREAKS` (bash 5.2).
  public static let defaultWordBreaks = " \t\n\"'@><=;|&(:"

  /// The shell asking.
  public var shell: Shell
  /// The command line (bash's `COMP_LINE`, zsh's words up to the cursor, fish's `commandline -cp`).
  public var line: String
  /// The cursor in Unicode scalars; nil for the end of the line.
  public var point: Int?
  /// bash: the characters that end a word for readline (`COMP_WORDBREAKS`).
  public var wordBreaks: String
  /// bash: `COMP_TYPE` (9 for Tab; 63 `?` and 33 `!` when listing; 37 `%` for menu completion).
  public var completionType: Int
  /// The terminal's width; descriptions are cut to fit it.
  public var columns: Int
  /// bash: the terminal's height; a listing has descriptions only when it fits.
  public var lines: Int

  /// A request.
  public init(
    shell: Shell,
    line: String,
    point: Int? = nil,
    wordBreaks: String = ShellCompletionRequest.defaultWordBreaks,
    completionType: Int = 9,
    columns: Int = 80,
    lines: Int = 24
  ) {
    self.shell = shell
    self.line = line
    self.point = point
    self.wordBreaks = wordBreaks
    self.completionType = completionType
    self.columns = columns
    self.lines = lines
  }

  /// The request in one line of the line protocol (`ShellLineProtocol`).
  public init(protocolLine: some StringProtocol) throws(ShellRequestError) {
    let fields = protocolLine.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count >= 3 else {
      throw ShellRequestError(
        field: "request",
        reason: "expected SHELL<TAB>POINT<TAB>LINE, got \(fields.count) field\(fields.count == 1 ? "" : "s")"
      )
    }
    guard let shell = Shell(rawValue: String(fields[0])) else {
      throw ShellRequestError(field: "shell", reason: "\"\(fields[0])\" is not bash, zsh or fish")
    }
    let line = ShellLineProtocol.unescape(fields[2])
    var point: Int?
    if !fields[1].isEmpty {
      guard let value = Int(fields[1]), value >= 0 else {
        throw ShellRequestError(field: "point", reason: "\"\(fields[1])\" is not a number of characters")
      }
      let length = line.unicodeScalars.count
      guard value <= length else {
        throw ShellRequestError(field: "point", reason: "\(value) is past the end of the line (\(length) characters)")
      }
      point = value
    }
    self.init(shell: shell, line: line, point: point)
    for field in fields.dropFirst(3) {
      guard let equals = field.firstIndex(of: "=") else {
        throw ShellRequestError(field: String(field), reason: "expected NAME=VALUE")
      }
      let name = String(field[..<equals])
      let value = ShellLineProtocol.unescape(field[field.index(after: equals)...])
      switch name {
      case "wordbreaks":
        wordBreaks = value
      case "type":
        guard let number = Int(value) else {
          throw ShellRequestError(field: "type", reason: "\"\(value)\" is not bash's COMP_TYPE (a number)")
        }
        completionType = number
      case "columns":
        guard let number = Int(value), number > 0 else {
          throw ShellRequestError(field: "columns", reason: "\"\(value)\" is not a positive number")
        }
        columns = number
      case "lines":
        guard let number = Int(value), number > 0 else {
          throw ShellRequestError(field: "lines", reason: "\"\(value)\" is not a positive number")
        }
        lines = number
      case "framing":
        guard value == "length" || value == "separator" else {
          throw ShellRequestError(field: "framing", reason: "\"\(value)\" is not length or separator")
        }
      default:
        throw ShellRequestError(
          field: name,
          reason: "unknown field (expected wordbreaks, type, columns, lines or framing)"
        )
      }
    }
  }

  /// The request as one line of the line protocol, without the newline.
  public var protocolLine: String {
    var fields = [shell.rawValue, point.map(String.init) ?? "", ShellLineProtocol.escape(line)]
    if shell == .bash {
      fields.append("wordbreaks=" + ShellLineProtocol.escape(wordBreaks))
      fields.append("type=\(completionType)")
    }
    fields.append("columns=\(columns)")
    if shell == .bash, lines != 24 { fields.append("lines=\(lines)") }
    return fields.joined(separator: "\t")
  }

  /// What the engine is asked: the line from its `aws` word on (words before it, such as `sudo` or
  /// `env X=1`, are dropped).
  public var completionRequest: CompletionRequest {
    let command = CompletionLine(line: line, point: point)
    return CompletionRequest(line: command.line, point: command.point)
  }

  /// The engine's answer to `completionRequest`, written for the shell.
  public func render(_ result: CompletionResult) -> String {
    let request = completionRequest
    let scalars = Array(request.line.unicodeScalars)
    let point = request.point ?? scalars.count
    switch shell {
    case .bash:
      return BashCompletion(wordBreaks: wordBreaks, completionType: completionType, columns: columns, lines: lines)
        .render(result, line: scalars, point: point)
    case .zsh:
      return ZshCompletion(columns: columns).render(result, line: scalars, point: point)
    case .fish:
      return FishCompletion().render(result, line: scalars, point: point)
    }
  }

  /// Asks `engine` and writes its answer for the shell.
  public func answer(using engine: CompletionEngine) -> String {
    render(engine.complete(completionRequest))
  }
}
