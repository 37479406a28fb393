/// One simple command of a shell script: its words, without redirections and their targets.
///
/// `programIndex` is the word that names the program run, after what the shell or a wrapper puts before it:
/// variable assignments (`AWS_PROFILE=x aws …`), reserved words (`if`, `then`, `do`, `!`, `{`, …), and the
/// common wrappers `sudo`, `env`, `command`, `exec`, `time`, `nohup`, `nice`, `timeout`, `xargs` with their
/// options. `command -v aws` (and `-V`) runs `command`: it only looks `aws` up. After `xargs` the program's
/// arguments are not all written: `argumentsFromInput` says so.
public struct ScriptCommand: Sendable, Hashable {
  /// The words, in order.
  public var words: [ShellWord]
  /// The index in `words` of the program's name, or nil when the command runs no program (only assignments).
  public var programIndex: Int?
  /// Where the command is written, from its first word to its last.
  public var range: Range<Int>
  /// The script ends inside one of the command's quotes.
  public var endsInOpenQuote: Bool
  /// How many command substitutions (`$(…)`, backquotes, `<(…)`, `>(…)`) the command is inside; 0 for the
  /// script's own.
  public var depth: Int

  /// Creates a command; `programIndex` is worked out from the words.
  public init(words: [ShellWord], endsInOpenQuote: Bool = false, depth: Int = 0) {
    self.words = words
    self.endsInOpenQuote = endsInOpenQuote
    self.depth = depth
    let start = words.first?.range.lowerBound ?? 0
    range = start..<(words.last?.range.upperBound ?? start)
    programIndex = Self.program(in: words)
    argumentsFromInput = false
    if let programIndex, let xargs = words[..<programIndex].lastIndex(where: { $0.text == "xargs" && !$0.isQuoted }) {
      argumentsFromInput = true
      markReplacements(after: xargs)
    }
  }

  /// The program's arguments are not all written: `xargs` adds words read from its input (at the end, or in
  /// place of the `-I` string, whose occurrences are marked as expansions).
  public var argumentsFromInput: Bool

  /// Marks the `xargs -I STRING` (or `-iSTRING`, `-i`: `{}`) occurrences in the program's arguments as
  /// expansions.
  mutating func markReplacements(after xargs: Int) {
    guard let programIndex else { return }
    var replacement: String?
    var index = xargs + 1
    while index < programIndex {
      let text = words[index].text
      if text == "-I", index + 1 < programIndex {
        replacement = words[index + 1].text
        index += 1
      } else if text.hasPrefix("-I") || text.hasPrefix("-i") {
        let rest = String(text.dropFirst(2))
        replacement = rest.isEmpty ? "{}" : rest
      } else if text.hasPrefix("--replace") {
        replacement = text.hasPrefix("--replace=") ? String(text.dropFirst("--replace=".count)) : "{}"
      }
      index += 1
    }
    guard let replacement, !replacement.isEmpty else { return }
    let pattern = Array(replacement.unicodeScalars)
    for position in (programIndex + 1)..<words.count {
      let scalars = Array(words[position].text.unicodeScalars)
      var start = 0
      while start + pattern.count <= scalars.count {
        if Array(scalars[start..<(start + pattern.count)]) == pattern {
          words[position].expansions.append(start..<(start + pattern.count))
          start += pattern.count
        } else {
          start += 1
        }
      }
      words[position].expansions.sort { $0.lowerBound < $1.lowerBound }
    }
  }

  /// Moves the command's offsets from a text read on its own to the text it was taken from: offset `n` becomes
  /// `origin[n]` (an offset past the last, `end`).
  mutating func mapOffsets(through origin: [Int], end: Int) {
    func map(_ offset: Int) -> Int { offset < origin.count ? origin[offset] : end }
    for index in words.indices {
      words[index].offsets = words[index].offsets.map(map)
      if let range = words[index].lineRange {
        let lower = map(range.lowerBound)
        let upper = range.isEmpty ? lower : map(range.upperBound - 1) + 1
        words[index].lineRange = lower..<upper
      }
    }
    let start = words.first?.range.lowerBound ?? 0
    range = start..<(words.last?.range.upperBound ?? start)
  }

  /// The program's name as written (`aws`, `/usr/local/bin/aws`), if any.
  public var program: String? { programIndex.map { words[$0].text } }

  /// Whether the command runs a program called `name` (by a bare name or a path ending in `/name`).
  public func runs(_ name: String) -> Bool {
    guard let programIndex else { return false }
    let word = words[programIndex]
    guard !word.hasExpansion else { return false }
    return word.text == name || word.text.hasSuffix("/" + name)
  }

  /// The program's words: its name and its arguments.
  public var programWords: ArraySlice<ShellWord> {
    guard let programIndex else { return [] }
    return words[programIndex...]
  }

  // MARK: Finding the program

  static let reservedWords: Set<String> = ["!", "{", "if", "then", "else", "elif", "do", "while", "until"]
  /// Wrappers and the options of theirs that take a separate value.
  static let wrappers: [String: Set<String>] = [
    "sudo": ["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-T", "-U"],
    "env": ["-u", "-C", "-S"],
    "command": [],
    "builtin": [],
    "exec": ["-a"],
    "time": [],
    "nohup": [],
    "nice": ["-n"],
    "timeout": ["-s", "-k"],
    "xargs": ["-I", "-L", "-n", "-P", "-s", "-d", "-E", "-a"],
  ]

  static func program(in words: [ShellWord]) -> Int? {
    var index = 0
    while index < words.count {
      let word = words[index]
      if isAssignment(word) || reservedWords.contains(word.text) {
        index += 1
        continue
      }
      guard !word.isQuoted, let valued = wrappers[word.text] else { return index }
      // `command -v aws` and `command -V aws` only look the program up.
      if word.text == "command", index + 1 < words.count, ["-v", "-V"].contains(words[index + 1].text) {
        return index
      }
      index += 1
      var durationPending = word.text == "timeout"
      while index < words.count {
        let text = words[index].text
        if text == "--" {
          index += 1
          break
        }
        if text.hasPrefix("-"), text.count > 1 {
          index += valued.contains(text) ? 2 : 1
        } else if word.text == "env", isAssignment(words[index]) {
          index += 1
        } else if durationPending {
          durationPending = false
          index += 1
        } else {
          break
        }
      }
    }
    return nil
  }

  /// `NAME=value` with an unquoted name.
  static func isAssignment(_ word: ShellWord) -> Bool {
    var length = 0
    for scalar in word.text.unicodeScalars {
      if scalar == "=" { break }
      let letter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
      let digit = ("0"..."9").contains(scalar)
      guard letter || (digit && length > 0) else { return false }
      length += 1
    }
    guard length > 0, length < word.offsets.count, word.text.unicodeScalars.count > length else { return false }
    // The name and the `=` were written as they are (no quotes in the name).
    return word.offsets[length] == word.range.lowerBound + length
  }
}
