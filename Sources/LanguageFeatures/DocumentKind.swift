/// What argot reads in a document.
public enum DocumentKind: Sendable, Hashable {
  /// A shell script: every `aws` command in it.
  case shellScript
  /// A `--cli-input-json` document for the operation.
  case cliInputJSON(CommandPath)
  /// A `--cli-input-yaml` document for the operation.
  case cliInputYAML(CommandPath)
  /// A JSON or YAML file whose operation is not known (no modeline, no matching setting).
  case unassociatedInput
  /// Nothing argot reads.
  case other

  /// The language ids editors use for shell scripts.
  public static let shellLanguageIds: Set<String> = ["sh", "bash", "zsh", "shellscript", "ksh"]

  /// What `document` is: shell language ids and `.sh`/`.bash`/`.zsh` files are scripts; JSON and YAML documents
  /// are cli-input files when a modeline or `associations` names their operation.
  public static func of(_ document: TextDocument, associations: [InputAssociation] = []) -> DocumentKind {
    let path = document.path ?? document.uri
    let language = document.languageId.lowercased()
    if shellLanguageIds.contains(language) || [".sh", ".bash", ".zsh"].contains(where: { path.hasSuffix($0) }) {
      return .shellScript
    }
    let isYAML = ["yaml", "yml"].contains(language) || path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    let isJSON = ["json", "jsonc"].contains(language) || path.hasSuffix(".json")
    guard isYAML || isJSON else { return .other }
    let command = InputModeline.find(in: document) ?? associations.first { $0.matches(path) }?.command
    guard let command else { return .unassociatedInput }
    return isYAML ? .cliInputYAML(command) : .cliInputJSON(command)
  }
}

/// An operation named by its CLI words: `directconnect create-bgp-peer`, or `ec2 wait instance-running`.
public struct CommandPath: Sendable, Hashable, CustomStringConvertible {
  /// The service command (`directconnect`).
  public var service: String
  /// The operation (`create-bgp-peer`, or `wait WAITER`).
  public var operation: String

  /// Creates a path.
  public init(service: String, operation: String) {
    self.service = service
    self.operation = operation
  }

  /// Reads `SERVICE OPERATION` or `SERVICE wait WAITER` (with or without a leading `aws`).
  public init?(words text: String) {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    if words.first == "aws" { words.removeFirst() }
    guard words.count == 2 || (words.count == 3 && words[1] == "wait") else { return nil }
    service = words[0]
    operation = words.dropFirst().joined(separator: " ")
  }

  /// The words after `aws`.
  public var words: [String] { [service] + operation.split(separator: " ").map(String.init) }

  public var description: String { "aws \(service) \(operation)" }
}

/// A setting that gives the operation of input files matching a glob (`**/bgp/*.json` →
/// `directconnect create-bgp-peer`), for JSON files, which cannot carry a modeline.
public struct InputAssociation: Sendable, Hashable {
  /// The glob: `*` matches within a path segment, `**` across segments, `?` one character.
  public var glob: String
  /// The operation.
  public var command: CommandPath

  /// Creates an association.
  public init(glob: String, command: CommandPath) {
    self.glob = glob
    self.command = command
  }

  /// Whether a document path matches. A glob without `/` matches the file name alone.
  public func matches(_ path: String) -> Bool {
    if !glob.contains("/") {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      return Self.match(Array(glob.unicodeScalars)[...], Array(name.unicodeScalars)[...])
    }
    let pattern = glob.hasPrefix("/") || glob.hasPrefix("**") ? glob : "**/" + glob
    return Self.match(Array(pattern.unicodeScalars)[...], Array(path.unicodeScalars)[...])
  }

  static func match(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = pattern.first else { return text.isEmpty }
    if first == "*" {
      let rest = pattern.dropFirst()
      if rest.first == "*" {
        var after = rest.dropFirst()
        if after.first == "/" { after = after.dropFirst() }
        var position = text.startIndex
        while true {
          if match(after, text[position...]) { return true }
          guard position < text.endIndex else { return false }
          position += 1
        }
      }
      var position = text.startIndex
      while true {
        if match(rest, text[position...]) { return true }
        guard position < text.endIndex, text[position] != "/" else { return false }
        position += 1
      }
    }
    guard let character = text.first else { return false }
    if first == "?" ? character != "/" : first == character {
      return match(pattern.dropFirst(), text.dropFirst())
    }
    return false
  }
}

/// The modeline that names a cli-input file's operation: a comment `# argot: aws SERVICE OPERATION` in the
/// first five lines of a YAML document (JSON has no comments; use `InputAssociation` there).
public enum InputModeline {
  /// The marker.
  public static let marker = "argot:"

  /// The operation named in the document's first lines, if any.
  public static func find(in document: TextDocument) -> CommandPath? {
    for line in 0..<min(5, document.lineStarts.count) {
      let text = document.text(in: document.lineStarts[line]..<document.lineEnd(line))
      guard let hash = text.firstIndex(of: "#") else { continue }
      let comment = text[text.index(after: hash)...].drop { $0 == " " || $0 == "\t" }
      guard comment.hasPrefix(marker) else { continue }
      return CommandPath(words: String(comment.dropFirst(marker.count)).trimmingBlanks)
    }
    return nil
  }
}

extension String {
  /// Without leading and trailing blanks (spaces, tabs, carriage returns).
  var trimmingBlanks: String {
    let blanks: Set<Character> = [" ", "\t", "\r"]
    return String(drop { blanks.contains($0) }.reversed().drop { blanks.contains($0) }.reversed())
  }
}
