public import CLISchema
public import Completion
public import Invocation
public import ShellScript
import Synchronization

/// Reads the `aws` commands of shell scripts and cli-input documents with the engine (`InvocationParser`) and
/// reports what an editor shows: diagnostics, hover text, code actions.
///
/// A script's values that the shell computes (`$VAR`, `$(…)`, backquotes) are unknown, so nothing is reported
/// about them; a word that may expand to several words (an unquoted expansion standing alone) also silences the
/// missing-option errors of its command.
///
/// - Important: thread-safe. Each command's diagnostics are kept by its text (and the script's folder), so a
///   change re-reads only the commands it touched; `forgetFiles()` drops them when files may have changed.
public final class ScriptAnalyzer: Sendable {
  /// Where commands come from.
  public let catalog: CommandCatalog
  private let parser: InvocationParser
  private let remembered = Mutex<[CommandKey: [EditorDiagnostic]]>([:])
  static let rememberedLimit = 50_000
  /// Where `--region` and `--profile` values are looked up (the endpoint data, the config files).
  public let environment: CompletionEnvironment
  let regions = Mutex<[String]?>(nil)

  /// An analyzer over `catalog`; `environment` (by default the process's, with the catalog's botocore) gives the
  /// regions and profiles that `--region` and `--profile` are checked against.
  public init(catalog: CommandCatalog, environment: CompletionEnvironment = .current) {
    self.catalog = catalog
    parser = InvocationParser(catalog: catalog)
    var environment = environment
    if environment.botocoreDataDirectory == nil {
      environment.botocoreDataDirectory = catalog.registry.searchPath.botocoreDataDirectory
    }
    self.environment = environment
  }

  /// Forgets the diagnostics worked out so far (files named by `file://` may have changed).
  public func forgetFiles() {
    remembered.withLock { $0.removeAll() }
  }

  /// Forgets the diagnostics of the commands that mention `name` (a file that changed).
  public func forgetCommands(mentioning name: String) {
    remembered.withLock { table in
      for key in table.keys where String(String.UnicodeScalarView(key.text)).contains(name) {
        table.removeValue(forKey: key)
      }
    }
  }

  // MARK: Finding commands

  /// One `aws` command of a script and how the engine reads it.
  public struct ScriptInvocation: Sendable {
    /// The command as the shell splits it.
    public var command: ScriptCommand
    /// Its program words: `aws` and its arguments.
    public var words: [ShellWord]
    /// What the engine makes of them.
    public var invocation: Invocation
  }

  /// The `aws` commands of a script.
  public func awsCommands(in document: TextDocument) -> [ScriptCommand] {
    ShellScript(scalars: document.scalars).commands(running: "aws")
  }

  /// The `aws` command whose text holds `offset`, or ends on the same line just before it (blanks or a
  /// continuation between), so a command being typed is found.
  public func command(at offset: Int, in document: TextDocument) -> ScriptCommand? {
    var best: ScriptCommand?
    for command in awsCommands(in: document) {
      guard let start = command.programWords.first?.range.lowerBound, start <= offset else { continue }
      if offset <= command.range.upperBound || Self.onlyBlanks(document.scalars, command.range.upperBound..<offset) {
        best = command
      }
    }
    return best
  }

  static func onlyBlanks(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      switch scalars[index] {
      case " ", "\t": index += 1
      case "\\" where index + 1 < range.upperBound && scalars[index + 1] == "\n": index += 2
      case "\\" where index + 2 < range.upperBound && scalars[index + 1] == "\r" && scalars[index + 2] == "\n":
        index += 3
      default: return false
      }
    }
    return true
  }

  /// Reads one command with the engine.
  public func read(_ command: ScriptCommand, files: any ParamFileReader) -> ScriptInvocation {
    let words = Array(command.programWords)
    var invocation = parser.parse(words: words, firstArgument: 1, options: InvocationOptions(files: files))
    if command.argumentsFromInput { invocation.dropWhatInputMayGive() }
    return ScriptInvocation(command: command, words: words, invocation: invocation)
  }

  // MARK: Diagnostics

  struct CommandKey: Hashable {
    /// The command's text from its first word, wrappers such as `xargs -I{}` included (kept as scalars: hashing
    /// them is cheaper than building a string).
    var text: [Unicode.Scalar]
    /// Its words as the lexer read them: the same text reads differently inside backquotes.
    var words: [String]
    var folder: String?
    /// The files written earlier that the command may name.
    var assumed: [String] = []
  }

  /// Every problem of every `aws` command in a script.
  public func diagnostics(in document: TextDocument, files: ScriptParamFiles) -> [EditorDiagnostic] {
    var result: [EditorDiagnostic] = []
    let script = ShellScript(scalars: document.scalars)
    let written = ScriptWrittenFiles(script: script, scalars: document.scalars)
    for command in script.commands(running: "aws") {
      guard let start = command.programWords.first?.range.lowerBound else { continue }
      let text = Array(document.scalars[command.range.lowerBound..<command.range.upperBound])
      let commandText = String(String.UnicodeScalarView(document.scalars[start..<command.range.upperBound]))
      let earlier = written.writes(before: start).filter { write in
        let name = ScriptWrittenFiles.normalized(write.path)
        return commandText.contains(name.split(separator: "/").last.map(String.init) ?? name)
      }
      let key = CommandKey(
        text: text,
        words: command.words.map(\.text),
        folder: files.folder,
        assumed: earlier.map(\.path)
      )
      if let known = remembered.withLock({ $0[key] }) {
        result += known.map { $0.shifted(by: start) }
        continue
      }
      let found = diagnostics(of: read(command, files: files), written: written)
      remembered.withLock { table in
        if table.count >= Self.rememberedLimit { table.removeAll() }
        table[key] = found.map { $0.shifted(by: -start) }
      }
      result += found
    }
    return result
  }

  /// The diagnostics of one command, placed in the script; a file that `written` says the script writes before
  /// the command is taken to be there (its contents are not known, so they are not judged).
  public func diagnostics(of read: ScriptInvocation, written: ScriptWrittenFiles? = nil) -> [EditorDiagnostic] {
    let words = read.words
    guard !read.command.endsInOpenQuote, let first = words.first else { return [] }
    let invocation = read.invocation
    let valueWords = Set(invocation.options.flatMap(\.valueWords))
    // An unquoted expansion standing alone may become any number of words: options included.
    let opaque = words.indices.contains { index in
      index > 0 && !valueWords.contains(index) && words[index].hasExpansion
        && words[index].expansions.contains { $0 == 0..<words[index].text.unicodeScalars.count }
    }
    let head = first.range.lowerBound..<words[min(2, words.count - 1)].range.upperBound
    // The word after an unknown option is probably its value: one problem, not two (the AWS CLI also reports
    // them together: "Unknown options: --regoin, us-east-1").
    let unknownOptionWords = Set(
      invocation.diagnostics.compactMap { $0.code == .unknownOption ? $0.location?.wordIndex : nil }
    )
    var result: [EditorDiagnostic] = []
    for diagnostic in invocation.diagnostics {
      if Self.silentCodes.contains(diagnostic.code) { continue }
      if diagnostic.code == .unexpectedArgument, let word = diagnostic.location?.wordIndex,
        unknownOptionWords.contains(word - 1)
      {
        continue
      }
      let range: Range<Int>
      if let location = diagnostic.location, location.wordIndex < words.count {
        let word = words[location.wordIndex]
        if word.touchesExpansion(location.range) { continue }
        if diagnostic.code == .fileUnreadable, word.text.contains("$") { continue }
        if Self.fileCodes.contains(diagnostic.code), let written,
          written.write(of: Self.filePath(in: word.text), before: first.range.lowerBound) != nil
        {
          continue
        }
        if opaque && Self.missingCodes.contains(diagnostic.code) { continue }
        range = location.lineRange ?? word.range
      } else {
        if opaque { continue }
        range = head
      }
      result.append(
        EditorDiagnostic(
          range: range,
          severity: diagnostic.severity,
          code: diagnostic.code.rawValue,
          message: diagnostic.message,
          suggestions: diagnostic.suggestions
        )
      )
    }
    return result + environmentDiagnostics(of: read) + shellExpansionWarnings(of: read)
  }

  /// What says something about argot rather than about the script: a shell expansion argot keeps literally, a
  /// command or option the AWS CLI implements itself (`aws s3 cp`), which argot does not check.
  static let silentCodes: Set<DiagnosticCode> = [.shellExpansion, .customCommand, .customOption]

  /// Problems with a file a value names.
  static let fileCodes: Set<DiagnosticCode> = [.fileUnreadable, .streamingFileMissing, .fileNotText]

  /// The path a value word names: after `file://` or `fileb://` (and after `--option=`), else the word.
  static func filePath(in word: String) -> String {
    var text = Substring(word)
    if text.hasPrefix("--"), let equals = text.firstIndex(of: "=") { text = text[text.index(after: equals)...] }
    for prefix in ["file://", "fileb://"] where text.hasPrefix(prefix) {
      return String(text.dropFirst(prefix.count))
    }
    return String(text)
  }

  static let missingCodes: Set<DiagnosticCode> = [
    .missingRequiredOption, .missingService, .missingOperation, .missingWaiter,
  ]

  // MARK: cli-input documents

  /// The problems of a `--cli-input-json` (or, with `yaml`, `--cli-input-yaml`) document for `command`; a
  /// problem with the command itself (an unknown operation) is placed on the modeline, or at the start.
  public func diagnostics(
    inInput document: TextDocument,
    command: CommandPath,
    yaml: Bool
  ) -> [EditorDiagnostic] {
    let text = document.text
    let option = yaml ? "--cli-input-yaml" : "--cli-input-json"
    let arguments = ["aws"] + command.words + [option]
    var words = arguments.map { ShellWord(argument: $0) }
    let count = document.scalars.count
    words.append(ShellWord(text: text, offsets: Array(0..<count), lineRange: 0..<count))
    let invocation = parser.parse(words: words, firstArgument: 1, options: InvocationOptions(mode: .full))
    let documentWord = words.count - 1
    let modeline = Self.modelineRange(in: document)
    var result: [EditorDiagnostic] = []
    for diagnostic in invocation.diagnostics {
      var range = modeline
      var severity = diagnostic.severity
      // The command line may give what the document lacks: only a note.
      if diagnostic.code == .missingRequiredOption { severity = .note }
      if let location = diagnostic.location, location.wordIndex == documentWord {
        range = location.range
      }
      result.append(
        EditorDiagnostic(
          range: range,
          severity: severity,
          code: diagnostic.code.rawValue,
          message: diagnostic.message,
          suggestions: diagnostic.suggestions
        )
      )
    }
    return result
  }

  /// The range of the `# argot:` modeline, or the start of the document.
  static func modelineRange(in document: TextDocument) -> Range<Int> {
    for line in 0..<min(5, document.lineStarts.count) {
      let start = document.lineStarts[line]
      let text = document.text(in: start..<document.lineEnd(line))
      if text.contains("#"), text.contains(InputModeline.marker) { return start..<document.lineEnd(line) }
    }
    return 0..<0
  }
}
