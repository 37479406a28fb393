/// The shell lexer: the one place argot splits shell text into words and commands.
///
/// `ShellScript` (every command of a script, for the language server) and `ShellCommandLine` (the one command
/// `argot parse --line`, completion and the prompt read) are views of its output. It reads any text, finished or
/// not: an open quote, a trailing backslash or an unclosed `$(` ends the text inside the word. One pass, linear in
/// the text: each scalar is looked at a bounded number of times (here-document lines once more, to compare them
/// with their delimiter).
///
/// Handled: blanks and newlines; `\`-newline continuations (inside words too); single quotes; double quotes
/// (where `\` escapes `$`, `` ` ``, `"`, `\` and a newline); `$'…'` and `$"…"`; backslash escapes; `#` comments;
/// the control operators `;`, `&`, `&&`, `|`, `||`, `|&`, `;;`, `(` and `)`; redirections (`>`, `>>`, `<`,
/// `2>&1`, `&>`, `<<<`, …), which are dropped with their targets; here-documents (`<<EOF`, `<<-'EOF'`), whose
/// bodies are skipped; bash array literals (`NAME=( … )`), whose elements are part of the assignment word. A
/// backslash that ends the text is dropped, as bash does. Expansions (`$VAR`, `${…}`, `$((…))`, backquotes, a
/// leading `~`) stay literal and are marked in their word; the commands inside `$(…)`, backquotes, `<(…)` and
/// `>(…)` are found too. Unquoted brace
/// expansions and glob patterns become the word's `facts`.
struct ShellLexer {
  let scalars: [Unicode.Scalar]
  var index = 0
  /// Every simple command, in the order they end (inner commands of a substitution before the outer one).
  var commands: [ScriptCommand] = []
  /// The control operators and newlines that separate the script's own commands (not those inside `$(…)`), in
  /// order.
  var separators: [Range<Int>] = []
  /// Here-documents whose bodies start after the current line: (delimiter, strip leading tabs).
  var pendingHeredocs: [(String, Bool)] = []
  /// How deep `$(…)` nesting is; past `maximumDepth` substitutions are copied without looking inside.
  var depth = 0
  static let maximumDepth = 32

  init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  mutating func run() {
    _ = commandList(closing: nil)
  }

  // MARK: Commands

  /// What the next finished word is for.
  enum WordRole {
    case argument
    case redirectionTarget
    case heredocDelimiter(stripTabs: Bool)
  }

  /// The word being read.
  struct WordBuilder {
    /// The word's scalars.
    var text: [Unicode.Scalar] = []
    /// The same as UTF-8, made into a `String` once when the word ends (appending to a string's scalar view one
    /// scalar at a time was most of the lexer's cost).
    var utf8: [UInt8] = []
    var offsets: [Int] = []
    var start: Int?
    var expansions: [Range<Int>] = []
    var quoted = false
    /// The positions in `text` of unquoted `{`, `,`, `}`, `.`, `*`, `?`, `[` and `]`, from which `facts` are
    /// worked out when the word ends.
    var marks: [Int] = []

    var isStarted: Bool { start != nil }

    mutating func begin(at offset: Int) {
      if start == nil { start = offset }
    }

    mutating func append(_ scalar: Unicode.Scalar, at offset: Int) {
      text.append(scalar)
      if scalar.isASCII {
        utf8.append(UInt8(truncatingIfNeeded: scalar.value))
      } else {
        utf8.append(contentsOf: UTF8.encode(scalar)!)
      }
      offsets.append(offset)
    }

    /// Appends an unquoted, unescaped character, noting those that brace expansion and globbing look at.
    mutating func appendUnquoted(_ scalar: Unicode.Scalar, at offset: Int) {
      switch scalar {
      case "{", ",", "}", ".", "*", "?", "[", "]": marks.append(offsets.count)
      default: break
      }
      append(scalar, at: offset)
    }

    /// Whether the word so far is `NAME=` or `NAME+=`, unquoted: a `(` right after it opens an array literal.
    var isArrayAssignment: Bool {
      guard !quoted, expansions.isEmpty, text.last == "=" else { return false }
      var name = text.dropLast()
      if name.last == "+" { name = name.dropLast() }
      guard let first = name.first, !("0"..."9").contains(first) else { return false }
      return name.allSatisfy(ShellLexer.isNameScalar)
    }

    /// Whether the word so far is only digits (a file descriptor before `>` or `<`).
    var isDescriptorNumber: Bool {
      !quoted && expansions.isEmpty && !text.isEmpty && text.allSatisfy { ("0"..."9").contains($0) }
    }

    /// The brace expansions and glob patterns of the word, from its unquoted marks, in order of their start.
    var facts: [WordFact] {
      guard !marks.isEmpty else { return [] }
      let characters = text
      var facts: [WordFact] = []
      // Brace expansion (bash's rule): a `{` and the first `}` at its level after a `,` at that level (a `}`
      // before any comma is literal), or a sequence `{x..y}` / `{x..y..step}`.
      var open: [(position: Int, comma: Bool, marksInside: Int)] = []
      // A bracket expression: `[` up to the next `]` that is not its first member.
      var bracket: Int?
      for (number, position) in marks.enumerated() {
        switch characters[position] {
        case "{":
          // bash leaves a word-initial `{}` alone (`find -exec cmd {} ,`).
          let isEmptyPair = position == 0 && number + 1 < marks.count && marks[number + 1] == 1 && characters[1] == "}"
          if !isEmptyPair { open.append((position, false, 0)) }
          continue
        case ",":
          if !open.isEmpty { open[open.count - 1].comma = true }
        case "}":
          guard let brace = open.last else { break }
          if brace.comma || brace.marksInside >= 2 && Self.isSequence(characters[(brace.position + 1)..<position]) {
            facts.append(WordFact(.braceExpansion, range: brace.position..<(position + 1)))
            open.removeLast()
          } else if open.count > 1 {
            open.removeLast()  // Closes a nested `{…}` that expands to itself.
          }  // Otherwise the `}` is literal and the brace stays open: bash expands `{x}y,z}` to `x}y z`.
        case "*", "?":
          facts.append(WordFact(.glob, range: position..<(position + 1)))
        case "[":
          if bracket == nil { bracket = position }
        case "]":
          if let start = bracket, position > start + 1 {
            facts.append(WordFact(.glob, range: start..<(position + 1)))
            bracket = nil
          }
        default:
          break
        }
        if !open.isEmpty { open[open.count - 1].marksInside += 1 }
      }
      return facts.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// `x..y` or `x..y..step`, with x and y both integers or both single letters.
    static func isSequence(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
      let parts = String(String.UnicodeScalarView(inner)).split(separator: "..", omittingEmptySubsequences: false)
      guard parts.count == 2 || parts.count == 3 else { return false }
      func isInteger(_ part: Substring) -> Bool {
        let digits = part.first == "-" || part.first == "+" ? part.dropFirst() : part
        return !digits.isEmpty && digits.allSatisfy { ("0"..."9").contains($0) }
      }
      func isLetter(_ part: Substring) -> Bool {
        part.count == 1 && part.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
      }
      let bounds = parts[0...1]
      guard bounds.allSatisfy(isInteger) || bounds.allSatisfy(isLetter) else { return false }
      return parts.count == 2 || isInteger(parts[2])
    }
  }

  /// Reads commands until the end of the script, or until the `)` that closes a substitution (when `closing`
  /// is `)`); returns the index after that `)`.
  mutating func commandList(closing: Unicode.Scalar?) -> Int {
    var words: [ShellWord] = []
    var word = WordBuilder()
    var role = WordRole.argument
    var openQuote = false

    func finishWord(_ word: inout WordBuilder, into words: inout [ShellWord], role: inout WordRole, end: Int) {
      guard let start = word.start else { return }
      let finished = ShellWord(
        text: String(decoding: word.utf8, as: UTF8.self),
        offsets: word.offsets,
        lineRange: start..<end,
        expansions: word.expansions,
        isQuoted: word.quoted,
        facts: word.facts
      )
      switch role {
      case .argument:
        words.append(finished)
      case .redirectionTarget:
        break
      case .heredocDelimiter(let stripTabs):
        pendingHeredocs.append((finished.text, stripTabs))
      }
      role = .argument
      word = WordBuilder()
    }
    func finishCommand(_ words: inout [ShellWord], openQuote: inout Bool) {
      if !words.isEmpty {
        commands.append(ScriptCommand(words: words, endsInOpenQuote: openQuote, depth: depth))
      }
      words = []
      openQuote = false
    }

    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case " ", "\t", "\r":
        finishWord(&word, into: &words, role: &role, end: index)
        index += 1
      case "\n":
        finishWord(&word, into: &words, role: &role, end: index)
        finishCommand(&words, openQuote: &openQuote)
        separate(index..<(index + 1))
        index += 1
        skipHeredocBodies()
      case "#" where !word.isStarted:
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
      case ";", "|":
        finishWord(&word, into: &words, role: &role, end: index)
        finishCommand(&words, openQuote: &openQuote)
        let start = index
        index += 1
        if index < scalars.count, scalars[index] == scalar || (scalar == "|" && scalars[index] == "&") { index += 1 }
        separate(start..<index)
      case "&":
        finishWord(&word, into: &words, role: &role, end: index)
        if index + 1 < scalars.count, scalars[index + 1] == ">" {
          // `&>` and `&>>`: both outputs to a file.
          index += 2
          if index < scalars.count, scalars[index] == ">" { index += 1 }
          role = .redirectionTarget
        } else {
          finishCommand(&words, openQuote: &openQuote)
          let start = index
          index += 1
          if index < scalars.count, scalars[index] == "&" || scalars[index] == "|" { index += 1 }
          separate(start..<index)
        }
      case "(" where word.isArrayAssignment:
        // `NAME=( … )`: a bash array literal; its elements belong to the assignment, they are no command.
        copyBalanced(into: &word, prefixLength: 1, open: "(", close: ")", depth: 1)
      case "(":
        finishWord(&word, into: &words, role: &role, end: index)
        finishCommand(&words, openQuote: &openQuote)
        separate(index..<(index + 1))
        index += 1
      case ")":
        finishWord(&word, into: &words, role: &role, end: index)
        finishCommand(&words, openQuote: &openQuote)
        index += 1
        if closing == ")" { return index }
        separate((index - 1)..<index)
      case "<", ">":
        if index + 1 < scalars.count, scalars[index + 1] == "(" {
          // Process substitution: a word whose value is a file name, with commands inside.
          word.begin(at: index)
          substitution(into: &word, prefixLength: 2)
          continue
        }
        if word.isDescriptorNumber, let start = word.start, start + word.offsets.count == index {
          word = WordBuilder()
        } else {
          finishWord(&word, into: &words, role: &role, end: index)
        }
        redirection(role: &role)
      case "\\":
        if index + 1 < scalars.count, scalars[index + 1] == "\n" {
          index += 2
          continue
        }
        guard index + 1 < scalars.count else {
          index += 1  // A backslash that ends the text escapes nothing: bash drops it.
          continue
        }
        word.begin(at: index)
        word.quoted = true
        word.append(scalars[index + 1], at: index + 1)
        index += 2
      case "'":
        word.begin(at: index)
        word.quoted = true
        index += 1
        while index < scalars.count, scalars[index] != "'" {
          word.append(scalars[index], at: index)
          index += 1
        }
        if index < scalars.count { index += 1 } else { openQuote = true }
      case "\"":
        word.begin(at: index)
        if !doubleQuoted(into: &word) { openQuote = true }
      case "$":
        word.begin(at: index)
        if !dollar(into: &word) { openQuote = true }
      case "`":
        word.begin(at: index)
        if !backquoted(into: &word) { openQuote = true }
      case "~" where !word.isStarted:
        word.begin(at: index)
        let start = word.offsets.count
        word.append(scalar, at: index)
        index += 1
        while index < scalars.count, Self.isNameScalar(scalars[index]) || scalars[index] == "-" {
          word.append(scalars[index], at: index)
          index += 1
        }
        word.expansions.append(start..<word.offsets.count)
      default:
        word.begin(at: index)
        word.appendUnquoted(scalar, at: index)
        index += 1
      }
    }
    finishWord(&word, into: &words, role: &role, end: index)
    finishCommand(&words, openQuote: &openQuote)
    return index
  }

  /// Notes a control operator or newline between two of the script's own commands.
  mutating func separate(_ range: Range<Int>) {
    if depth == 0 { separators.append(range) }
  }

  // MARK: Redirections and here-documents

  /// Consumes a redirection operator at `index`; the next word is its target (or a here-document's delimiter).
  mutating func redirection(role: inout WordRole) {
    let first = scalars[index]
    index += 1
    func next(_ scalar: Unicode.Scalar) -> Bool {
      guard index < scalars.count, scalars[index] == scalar else { return false }
      index += 1
      return true
    }
    if first == "<" {
      if next("<") {
        if next("<") {
          role = .redirectionTarget  // `<<<` here-string
        } else {
          role = .heredocDelimiter(stripTabs: next("-"))
        }
        return
      }
      _ = next("&") || next(">")
    } else {
      _ = next(">") || next("&") || next("|")
    }
    // `>&-` and `<&-` close a descriptor: the `-` is the target, read as a word.
    role = .redirectionTarget
  }

  /// Skips the bodies of the here-documents opened on the line that just ended.
  mutating func skipHeredocBodies() {
    guard !pendingHeredocs.isEmpty else { return }
    let heredocs = pendingHeredocs
    pendingHeredocs = []
    for (delimiter, stripTabs) in heredocs {
      while index < scalars.count {
        var end = index
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        var start = index
        if stripTabs { while start < end, scalars[start] == "\t" { start += 1 } }
        let line = String(String.UnicodeScalarView(scalars[start..<end]))
        index = min(end + 1, scalars.count)
        if line == delimiter { break }
      }
    }
  }

  // MARK: Quotes and expansions

  /// Reads `"…"` at `index`; false when the script ends inside it.
  mutating func doubleQuoted(into word: inout WordBuilder) -> Bool {
    word.quoted = true
    index += 1
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "\"":
        index += 1
        return true
      case "\\" where index + 1 < scalars.count && "$`\"\\\n".unicodeScalars.contains(scalars[index + 1]):
        if scalars[index + 1] != "\n" { word.append(scalars[index + 1], at: index + 1) }
        index += 2
      case "$":
        if !dollar(into: &word, inDoubleQuotes: true) { return false }
      case "`":
        if !backquoted(into: &word) { return false }
      default:
        word.append(scalar, at: index)
        index += 1
      }
    }
    return false
  }

  /// Reads what starts with `$` at `index`; false when the script ends inside a quote it opens.
  mutating func dollar(into word: inout WordBuilder, inDoubleQuotes: Bool = false) -> Bool {
    guard index + 1 < scalars.count else {
      word.append("$", at: index)
      index += 1
      return true
    }
    let next = scalars[index + 1]
    switch next {
    case "'" where !inDoubleQuotes:
      return ansiQuoted(into: &word)
    case "\"" where !inDoubleQuotes:
      index += 1
      return doubleQuoted(into: &word)
    case "(":
      if index + 2 < scalars.count, scalars[index + 2] == "(" {
        copyBalanced(into: &word, prefixLength: 3, open: "(", close: ")", depth: 2)
      } else {
        substitution(into: &word, prefixLength: 2)
      }
      return true
    case "{":
      copyBalanced(into: &word, prefixLength: 2, open: "{", close: "}", depth: 1)
      return true
    default:
      let start = word.offsets.count
      word.append("$", at: index)
      index += 1
      if Self.isNameScalar(next), !("0"..."9").contains(next) {
        while index < scalars.count, Self.isNameScalar(scalars[index]) {
          word.append(scalars[index], at: index)
          index += 1
        }
      } else if "?#@*!$-0123456789".unicodeScalars.contains(next) {
        word.append(next, at: index)
        index += 1
      } else {
        return true  // A lone `$` is literal.
      }
      word.expansions.append(start..<word.offsets.count)
      return true
    }
  }

  /// `$'…'`: bash's ANSI-C quoting.
  mutating func ansiQuoted(into word: inout WordBuilder) -> Bool {
    word.quoted = true
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
        word.append(value, at: index + 1)
        index += 2
      } else {
        word.append(scalars[index], at: index)
        index += 1
      }
    }
    guard index < scalars.count else { return false }
    index += 1
    return true
  }

  /// `$(…)`, `<(…)` or `>(…)` at `index`: the commands inside are found, and the text is kept in the word as an
  /// expansion.
  mutating func substitution(into word: inout WordBuilder, prefixLength: Int) {
    let start = index
    guard depth < Self.maximumDepth else {
      copyBalanced(into: &word, prefixLength: prefixLength, open: "(", close: ")", depth: 1)
      return
    }
    depth += 1
    let heredocs = pendingHeredocs
    pendingHeredocs = []
    index += prefixLength
    let end = commandList(closing: ")")
    pendingHeredocs = heredocs + pendingHeredocs
    depth -= 1
    let first = word.offsets.count
    for offset in start..<end {
      word.append(scalars[offset], at: offset)
    }
    word.expansions.append(first..<word.offsets.count)
  }

  /// Copies `${…}` or `$((…))` literally up to the matching close, skipping quoted parts.
  mutating func copyBalanced(
    into word: inout WordBuilder,
    prefixLength: Int,
    open: Unicode.Scalar,
    close: Unicode.Scalar,
    depth initial: Int
  ) {
    let first = word.offsets.count
    var level = initial
    for _ in 0..<prefixLength where index < scalars.count {
      word.append(scalars[index], at: index)
      index += 1
    }
    var quote: Unicode.Scalar?
    while index < scalars.count, level > 0 {
      let scalar = scalars[index]
      word.append(scalar, at: index)
      index += 1
      if let open = quote {
        if scalar == "\\", open == "\"", index < scalars.count {
          word.append(scalars[index], at: index)
          index += 1
        } else if scalar == open {
          quote = nil
        }
        continue
      }
      switch scalar {
      case "'", "\"": quote = scalar
      case "\\" where index < scalars.count:
        word.append(scalars[index], at: index)
        index += 1
      case open: level += 1
      case close: level -= 1
      default: break
      }
    }
    word.expansions.append(first..<word.offsets.count)
  }

  /// `` `…` `` at `index`: the text is kept in the word as an expansion, and the commands inside are found, as in
  /// `$(…)`. bash ends the substitution at the first unescaped backquote, quotes or not, and inside it a
  /// backslash before `$`, `` ` `` or `\` only escapes that character (`` \`VPC\` `` in a `--query` is a backquote
  /// for the inner command): the inner text is read without those backslashes, its offsets mapped back. False
  /// when the script ends inside it.
  mutating func backquoted(into word: inout WordBuilder) -> Bool {
    guard depth < Self.maximumDepth else { return copyBackquoted(into: &word) }
    let start = index
    var inner: [Unicode.Scalar] = []
    var origin: [Int] = []
    var closed = false
    var position = start + 1
    while position < scalars.count {
      let scalar = scalars[position]
      if scalar == "`" {
        closed = true
        break
      }
      if scalar == "\\", position + 1 < scalars.count {
        let next = scalars[position + 1]
        if next == "$" || next == "`" || next == "\\" {
          inner.append(next)
          origin.append(position + 1)
        } else {
          inner.append(scalar)
          origin.append(position)
          inner.append(next)
          origin.append(position + 1)
        }
        position += 2
        continue
      }
      inner.append(scalar)
      origin.append(position)
      position += 1
    }
    let end = closed ? position + 1 : scalars.count
    var lexer = ShellLexer(scalars: inner)
    lexer.depth = depth + 1
    lexer.run()
    for var command in lexer.commands {
      command.mapOffsets(through: origin, end: position)
      commands.append(command)
    }
    let first = word.offsets.count
    for offset in start..<end {
      word.append(scalars[offset], at: offset)
    }
    index = end
    word.expansions.append(first..<word.offsets.count)
    return closed
  }

  /// `` `…` `` at `index`, kept literally without looking inside; false when the script ends inside it.
  mutating func copyBackquoted(into word: inout WordBuilder) -> Bool {
    let first = word.offsets.count
    word.append("`", at: index)
    index += 1
    while index < scalars.count {
      let scalar = scalars[index]
      word.append(scalar, at: index)
      index += 1
      if scalar == "\\", index < scalars.count {
        word.append(scalars[index], at: index)
        index += 1
      } else if scalar == "`" {
        word.expansions.append(first..<word.offsets.count)
        return true
      }
    }
    word.expansions.append(first..<word.offsets.count)
    return false
  }

  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
  }
}
