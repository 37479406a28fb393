/// One command of a shell line, as a single-command reader sees it: `argot parse --line`, completion and the
/// prompt read a line through here, the language server reads scripts through `ShellScript`; both are views of
/// the same `ShellLexer`, so a line is split the same way everywhere.
///
/// Without a cursor the command is the line's first one (what `argot parse --line` checks); with a cursor it is
/// the one the cursor is in (after `cd x && ` completion works on what follows), which has no words when the
/// cursor starts a new command. Redirections and their targets are dropped, as the shell does before running
/// the program. Commands inside `$(…)` are not candidates: they belong to the word that holds them.
public struct ShellCommandLine: Sendable {
  /// The command read; its words include assignments and wrappers before the program (`programIndex`).
  public var command: ScriptCommand
  /// Where the text the command is chosen from starts and ends: between the control operators (or newlines)
  /// around it.
  public var segment: Range<Int>
  /// The text after the command that this reader leaves out: from the first control operator after it to the
  /// end of the line, when something follows the command (an operator other than a trailing newline, or another
  /// command); nil otherwise.
  public var ignoredRange: Range<Int>?
  /// The line ends inside the command's last word (no blank after it): an editor is still typing that word.
  public var endsInWord: Bool
  /// The line ends inside an open quote of the command.
  public var endsInQuote: Bool

  /// Reads `line`: its first command, or with `cursor` (in Unicode scalars) the command the cursor is in.
  public init(_ line: String, cursor: Int? = nil) {
    self.init(scalars: Array(line.unicodeScalars), cursor: cursor)
  }

  /// Reads a line given as Unicode scalars (offsets count these).
  public init(scalars: [Unicode.Scalar], cursor: Int? = nil) {
    var lexer = ShellLexer(scalars: scalars)
    lexer.run()
    let separators = lexer.separators
    let ownCommands = lexer.commands.filter { $0.depth == 0 }
    let end = scalars.count
    var segment: Range<Int>
    var chosen: ScriptCommand?
    if let cursor {
      let point = min(max(cursor, 0), end)
      // The separators before the cursor end at or before it; one that starts at the cursor comes after it.
      let before = Self.count(of: separators) { $0.upperBound <= point && $0.lowerBound < point }
      let lower = before > 0 ? separators[before - 1].upperBound : 0
      let upper = before < separators.count ? separators[before].lowerBound : end
      segment = lower..<max(lower, upper)
      chosen = ownCommands.first { segment.contains($0.range.lowerBound) }
    } else {
      chosen = ownCommands.min { $0.range.lowerBound < $1.range.lowerBound }
      let start = chosen?.range.lowerBound ?? 0
      let before = Self.count(of: separators) { $0.upperBound <= start }
      let lower = before > 0 ? separators[before - 1].upperBound : 0
      let upper = before < separators.count ? separators[before].lowerBound : end
      segment = lower..<max(lower, upper)
    }
    self.segment = segment
    let command = chosen ?? ScriptCommand(words: [])
    self.command = command
    // Text past the segment: ignored when it is more than the line's closing newline.
    ignoredRange = nil
    if segment.upperBound < end {
      let laterCommand = ownCommands.contains { $0.range.lowerBound >= segment.upperBound }
      let closing = separators.first { $0.lowerBound == segment.upperBound }
      let isNewline = closing.map { scalars[$0.lowerBound] == "\n" } ?? false
      if laterCommand || !isNewline { ignoredRange = segment.upperBound..<end }
    }
    endsInQuote = command.endsInOpenQuote
    endsInWord = command.words.last.map { $0.range.upperBound == end } ?? false
  }

  /// The command's words.
  public var words: [ShellWord] { command.words }

  /// The words' texts.
  public var arguments: [String] { command.words.map(\.text) }

  /// The program's words: its name and its arguments, without the assignments and wrappers before it.
  public var programWords: ArraySlice<ShellWord> { command.programWords }

  /// How many of the sorted `ranges` satisfy `isBefore`, which holds for a prefix of them (a binary search).
  static func count(of ranges: [Range<Int>], where isBefore: (Range<Int>) -> Bool) -> Int {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if isBefore(ranges[middle]) { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
