public import ShellScript

/// The files a script writes itself, so a later `file://` of one is not reported unreadable: the targets of
/// `>`, `>>` and `>|` (here-documents included: `cat <<EOF > policy.json`), and of the common writers `tee`,
/// `curl -o`, `wget -O`, `zip`, `aws s3 cp s3://… FILE`, `aws s3 sync s3://… FOLDER` and `git clone URL FOLDER`.
///
/// Commands and their words come from `ShellScript`; a redirection is read from the text after a command's words
/// up to the end of its line, where an operator `>` stands outside every word of the script.
public struct ScriptWrittenFiles: Sendable {
  /// One file the script writes.
  public struct Write: Sendable, Hashable {
    /// The path as written (expansions kept literally).
    public var path: String
    /// Where the writing command starts, in scalar offsets.
    public var offset: Int
    /// The 0-based line it starts on.
    public var line: Int
    /// How it is written (`>`, `tee`, `curl -o`, …).
    public var writer: String
  }

  /// Every write, in script order.
  public var writes: [Write]

  /// Finds the writes of `script`, whose text is `scalars`.
  public init(script: ShellScript, scalars: [Unicode.Scalar]) {
    var writes: [Write] = []
    var lineStarts = [0]
    for (index, scalar) in scalars.enumerated() where scalar == "\n" { lineStarts.append(index + 1) }
    func line(of offset: Int) -> Int {
      var low = 0
      var high = lineStarts.count
      while low + 1 < high {
        let middle = (low + high) / 2
        if lineStarts[middle] <= offset { low = middle } else { high = middle }
      }
      return low
    }
    // Offsets inside some word: a `>` there is text, not an operator.
    var inWord = [Bool](repeating: false, count: scalars.count + 1)
    for command in script.commands {
      for word in command.words {
        for offset in word.range where offset < inWord.count { inWord[offset] = true }
      }
    }
    for command in script.commands {
      let start = command.range.lowerBound
      let add = { (path: String, writer: String) in
        guard !path.isEmpty, path != "-", path != "/dev/null" else { return }
        writes.append(Write(path: path, offset: start, line: line(of: start), writer: writer))
      }
      let words = Array(command.programWords)
      if let program = words.first?.text {
        Self.writerTargets(program: program, words: words.map(\.text)).forEach { add($0.path, $0.writer) }
      }
      // Redirections: from the command's last word to the end of its line.
      var index = command.range.upperBound
      while index < scalars.count, scalars[index] != "\n" {
        if scalars[index] == ">", !inWord[index], index == 0 || scalars[index - 1] != "<" {
          var next = index + 1
          if next < scalars.count, scalars[next] == ">" || scalars[next] == "|" { next += 1 }
          if next < scalars.count, scalars[next] == "&" {
            index = next
            continue
          }
          while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
          let target = Self.redirectionTarget(scalars, from: next)
          add(target, ">")
          index = next
          continue
        }
        index += 1
      }
    }
    self.writes = writes.sorted { $0.offset < $1.offset }
  }

  /// The writes that come before `offset` (earlier in the script).
  public func writes(before offset: Int) -> [Write] {
    writes.filter { $0.offset < offset }
  }

  /// The write of `path` (as a `file://` value names it) before `offset`, if any: the same path, or the same
  /// path once a leading `./` is dropped, or a written folder that holds it.
  public func write(of path: String, before offset: Int) -> Write? {
    let wanted = Self.normalized(path)
    return writes(before: offset).last { write in
      let written = Self.normalized(write.path)
      return written == wanted || wanted.hasPrefix(written + "/")
        || (written.hasSuffix("/") && wanted.hasPrefix(written))
    }
  }

  static func normalized(_ path: String) -> String {
    var text = Substring(path)
    while text.hasPrefix("./") { text = text.dropFirst(2) }
    while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
    return String(text)
  }

  /// A redirection's target: one unquoted or quoted word.
  static func redirectionTarget(_ scalars: [Unicode.Scalar], from start: Int) -> String {
    var result = String.UnicodeScalarView()
    var index = start
    var quote: Unicode.Scalar?
    while index < scalars.count {
      let scalar = scalars[index]
      if let open = quote {
        if scalar == open { quote = nil } else { result.append(scalar) }
      } else if scalar == "'" || scalar == "\"" {
        quote = scalar
      } else if " \t\n;&|<>()".unicodeScalars.contains(scalar) {
        break
      } else {
        result.append(scalar)
      }
      index += 1
    }
    return String(result)
  }

  /// The files a writer program writes, from its words (the program's name first).
  static func writerTargets(program: String, words: [String]) -> [(path: String, writer: String)] {
    let name = program.split(separator: "/").last.map(String.init) ?? program
    let arguments = Array(words.dropFirst())
    let operands = arguments.filter { !$0.hasPrefix("-") }
    switch name {
    case "tee":
      return operands.map { ($0, "tee") }
    case "curl":
      var result: [(String, String)] = []
      for (index, word) in arguments.enumerated() {
        if word == "-o" || word == "--output", index + 1 < arguments.count {
          result.append((arguments[index + 1], "curl -o"))
        } else if word.hasPrefix("-o"), word.count > 2, !word.hasPrefix("--") {
          result.append((String(word.dropFirst(2)), "curl -o"))
        } else if word == "-O" || word == "--remote-name",
          let url = arguments.dropFirst(index + 1).first(where: { $0.contains("://") }),
          let last = url.split(separator: "/").last
        {
          result.append((String(last.split(separator: "?").first ?? last), "curl -O"))
        }
      }
      return result
    case "wget":
      for (index, word) in arguments.enumerated() {
        if word == "-O" || word == "--output-document", index + 1 < arguments.count {
          return [(arguments[index + 1], "wget -O")]
        }
        if word.hasPrefix("--output-document=") { return [(String(word.dropFirst(18)), "wget -O")] }
      }
      if let url = operands.first(where: { $0.contains("://") }), let last = url.split(separator: "/").last {
        return [(String(last), "wget")]
      }
      return []
    case "zip":
      return operands.first.map { path in [(path.hasSuffix(".zip") || path.contains(".") ? path : path + ".zip", "zip")]
      }
        ?? []
    case "git":
      guard operands.first == "clone", operands.count >= 2 else { return [] }
      if operands.count >= 3 { return [(operands[2], "git clone")] }
      let repository = operands[1].split(separator: "/").last.map(String.init) ?? operands[1]
      return [(repository.hasSuffix(".git") ? String(repository.dropLast(4)) : repository, "git clone")]
    case "aws":
      guard operands.count >= 4, operands[0] == "s3", operands[1] == "cp" || operands[1] == "sync",
        operands[2].hasPrefix("s3://"), !operands[3].hasPrefix("s3://")
      else { return [] }
      var target = operands[3]
      if target == "." || target.hasSuffix("/"), let last = operands[2].split(separator: "/").last {
        target = (target == "." ? "" : target) + last
      }
      return [(target, "aws s3 " + operands[1])]
    default:
      return []
    }
  }
}
