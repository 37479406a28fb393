import CLISchema

/// A set of options looked up the way Python's argparse does: an exact name, the part before `=`, then a
/// unique prefix (`--bandw` for `--bandwidth`).
struct OptionTable {
  /// A matched option.
  struct Match {
    /// The definition.
    var parameter: CLIParameter
    /// `--no-x` was typed.
    var isNegated: Bool
    /// The value after `=`, if any.
    var inlineValue: String?
    /// The name was abbreviated.
    var isAbbreviated: Bool
    /// The option string that matched (`--dry-run` or `--no-dry-run`).
    var matchedName: String
  }

  /// What a lookup found.
  enum Lookup {
    case match(Match)
    case ambiguous([String])
    case unknown
  }

  private var byName: [String: (CLIParameter, Bool)] = [:]
  private(set) var names: [String] = []

  init(_ parameters: [CLIParameter]) {
    for parameter in parameters where !parameter.isPositional {
      add(parameter.name, parameter, negated: false)
      if let negated = parameter.negatedName { add(negated, parameter, negated: true) }
      for alias in parameter.aliases { add(alias, parameter, negated: false) }
    }
  }

  private mutating func add(_ name: String, _ parameter: CLIParameter, negated: Bool) {
    if byName[name] == nil { names.append(name) }
    byName[name] = (parameter, negated)
  }

  /// Every option name (negated forms included), in definition order.
  var allNames: [String] { names }

  /// Looks up an option word (which starts with `-`).
  func lookup(_ word: String) -> Lookup {
    if let (parameter, negated) = byName[word] {
      return .match(
        Match(
          parameter: parameter,
          isNegated: negated,
          inlineValue: nil,
          isAbbreviated: false,
          matchedName: word
        )
      )
    }
    var name = word
    var inline: String?
    if let equals = word.firstIndex(of: "=") {
      name = String(word[..<equals])
      inline = String(word[word.index(after: equals)...])
      if let (parameter, negated) = byName[name] {
        return .match(
          Match(
            parameter: parameter,
            isNegated: negated,
            inlineValue: inline,
            isAbbreviated: false,
            matchedName: name
          )
        )
      }
    }
    guard name.hasPrefix("--"), name.count > 2 else { return .unknown }
    let candidates = names.filter { $0.hasPrefix(name) }
    if candidates.count > 1 { return .ambiguous(candidates) }
    if let only = candidates.first, let (parameter, negated) = byName[only] {
      return .match(
        Match(
          parameter: parameter,
          isNegated: negated,
          inlineValue: inline,
          isAbbreviated: true,
          matchedName: only
        )
      )
    }
    return .unknown
  }

  /// Whether argparse takes `word` for an option rather than a value: it starts with `-`, is not `-` alone, and
  /// either names an option of this table or is neither a negative number nor a word with a space.
  func isOptionWord(_ word: String) -> Bool {
    guard word.hasPrefix("-"), word.count > 1 else { return false }
    if case .unknown = lookup(word) {
      if Self.isNegativeNumber(word) { return false }
      return !word.contains(" ")
    }
    return true
  }

  /// argparse's `^-\d+$|^-\d*\.\d+$`.
  static func isNegativeNumber(_ word: String) -> Bool {
    let body = Array(word.utf8.dropFirst())
    guard word.hasPrefix("-"), !body.isEmpty else { return false }
    let isDigit = { (byte: UInt8) in byte >= 48 && byte <= 57 }
    if body.allSatisfy(isDigit) { return true }
    guard let dot = body.firstIndex(of: UInt8(ascii: ".")) else { return false }
    let before = body[..<dot]
    let after = body[(dot + 1)...]
    return before.allSatisfy(isDigit) && !after.isEmpty && after.allSatisfy(isDigit)
  }
}
