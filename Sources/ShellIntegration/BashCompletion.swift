public import Completion

/// Writes the engine's candidates for bash's completion function (`integrations/bash/aws.bash`).
///
/// The first line holds the directives (`nospace` or `space`: whether `compopt -o nospace` is wanted); each
/// following line is one `COMPREPLY` entry, in the engine's order (the function registers with `-o nosort`).
///
/// bash replaces only the text after the last `COMP_WORDBREAKS` character before the cursor (`=` and `:` are in
/// the default set; `,` is not), so each candidate is written from there: after
/// `--new-bgp-peer asn=64600,addressF` the candidate is `64600,addressFamily=`. Inside an open quote nothing
/// splits and the candidate continues the quoted text. Outside quotes, characters the shell would read
/// (blanks, quotes, `$`, `;`, `{`, …) in the inserted text are escaped with `\`.
///
/// Descriptions are shown only while bash lists the candidates (`COMP_TYPE` 63 for a second Tab, 33 with
/// `show-all-if-ambiguous`) and there are at least two: each entry is then the candidate followed by its
/// description, so the text readline inserts (the entries' common prefix) stays the candidates' own.
public struct BashCompletion: Sendable, Hashable {
  /// The characters that end a word for readline (`COMP_WORDBREAKS`).
  public var wordBreaks: Set<Unicode.Scalar>
  /// bash's `COMP_TYPE`.
  public var completionType: Int
  /// The terminal's width.
  public var columns: Int

  /// A renderer for these settings.
  public init(
    wordBreaks: String = ShellCompletionRequest.defaultWordBreaks,
    completionType: Int = 9,
    columns: Int = 80
  ) {
    self.wordBreaks = Set(wordBreaks.unicodeScalars)
    self.completionType = completionType
    self.columns = columns
  }

  /// Whether bash is listing the candidates (`?` or `!`), the only time descriptions can be shown.
  public var isListing: Bool { completionType == 63 || completionType == 33 }

  /// The directive line and the `COMPREPLY` entries for `result`, which the engine computed for `line` with the
  /// cursor at `point`.
  public func render(_ result: CompletionResult, line: [Unicode.Scalar], point: Int) -> String {
    let word = ReadlineWord(line: line, point: point, wordBreaks: wordBreaks)
    let start = min(result.replace.lowerBound, point)
    let prefix = word.start < start ? String(String.UnicodeScalarView(line[word.start..<start])) : ""
    var escaped = result
    escaped.items = result.items.map { item in
      var item = item
      item.insertText = Self.escape(item.insertText, in: word.openQuote)
      return item
    }
    var candidates: [(text: String, item: CompletionItem)] = []
    var seen: Set<String> = []
    for (text, item) in zip(escaped.texts(from: word.start, line: line, prefix: prefix), result.items) {
      guard let text, !text.isEmpty, !text.unicodeScalars.contains("\n") else { continue }
      if word.openQuote == "'" && text.unicodeScalars.contains("'") { continue }
      if seen.insert(text).inserted { candidates.append((text, item)) }
    }
    var lines = [candidates.contains { $0.item.noSpace } ? "nospace" : "space"]
    if isListing, candidates.count >= 2, let displays = descriptions(of: candidates) {
      lines += displays
    } else {
      lines += candidates.map(\.text)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Each candidate followed by its description, or nil when none has one or readline would then insert more
  /// than the candidates have in common.
  private func descriptions(of candidates: [(text: String, item: CompletionItem)]) -> [String]? {
    let documentation = candidates.map { DisplayText.oneLine($0.item.documentation) }
    guard documentation.contains(where: { $0 != nil }) else { return nil }
    let width = min(candidates.map(\.text.unicodeScalars.count).max() ?? 0, 40)
    var displays: [String] = []
    for (candidate, description) in zip(candidates, documentation) {
      guard let description else {
        displays.append(candidate.text)
        continue
      }
      let text = DisplayText.padded(candidate.text, to: width) + "  "
      let room = columns - 1 - text.unicodeScalars.count - 2
      displays.append(room >= 8 ? text + "(" + DisplayText.truncated(description, to: room) + ")" : candidate.text)
    }
    let candidatesPrefix = Self.commonPrefixLength(candidates.map(\.text))
    guard Self.commonPrefixLength(displays) == candidatesPrefix else { return nil }
    return displays
  }

  /// The number of leading Unicode scalars all `texts` share.
  static func commonPrefixLength(_ texts: [String]) -> Int {
    guard let first = texts.first.map({ Array($0.unicodeScalars) }) else { return 0 }
    var length = first.count
    for text in texts.dropFirst() {
      var shared = 0
      for (left, right) in zip(first, text.unicodeScalars) {
        guard left == right, shared < length else { break }
        shared += 1
      }
      length = min(length, shared)
    }
    return length
  }

  /// `text` as readline should insert it: outside quotes, the characters bash would read are escaped with `\`;
  /// inside double quotes, `"`, `\`, `$` and `` ` ``; inside single quotes nothing can be escaped.
  static func escape(_ text: String, in quote: Unicode.Scalar?) -> String {
    let special: String.UnicodeScalarView
    switch quote {
    case nil: special = " \t'\"\\$`;&|<>(){".unicodeScalars
    case "\"": special = "\"\\$`".unicodeScalars
    default: return text
    }
    guard text.unicodeScalars.contains(where: special.contains) else { return text }
    var escaped = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if special.contains(scalar) { escaped.append("\\") }
      escaped.append(scalar)
    }
    return String(escaped)
  }
}
