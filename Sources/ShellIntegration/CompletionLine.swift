import ShellScript

/// A shell's command line as the engine reads it: from the `aws` word on.
///
/// Shells hand over what precedes the cursor in the current command, which may start with a wrapper
/// (`sudo aws …`, `env AWS_PROFILE=x aws …`, `command aws …`). The first word before the cursor's word that is
/// `aws` or a path ending in `/aws` starts the command; without one, the first word is taken to be the
/// command (an alias or function of another name), as the engine expects.
struct CompletionLine {
  /// The line from the command word on.
  var line: String
  /// The cursor in `line`; nil for its end.
  var point: Int?

  init(line: String, point: Int?) {
    self.line = line
    self.point = point
    let words = ShellCommandLine(line, cursor: point ?? line.unicodeScalars.count).words
    guard let first = words.first, !Self.isAWS(first.text) else { return }
    let cursor = point ?? line.unicodeScalars.count
    for word in words.dropFirst() {
      guard let range = word.lineRange, range.upperBound < cursor else { return }
      if Self.isAWS(word.text) {
        self.line = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(range.lowerBound)))
        self.point = point.map { $0 - range.lowerBound }
        return
      }
    }
  }

  private static func isAWS(_ word: String) -> Bool {
    word == "aws" || word.hasSuffix("/aws")
  }
}
