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
/// While bash lists the candidates (`COMP_TYPE` 63 for a second Tab, 33 with `show-all-if-ambiguous`) and there
/// are at least two, the entries are what the listing shows: each candidate from where the engine's text starts
/// (`addressFamily=`, not `64600,addressFamily=`; a file's name, not its folder), with its description when the
/// whole list fits the terminal one per line, and bare otherwise so that readline lays it out in columns.
/// Readline inserts nothing on a second Tab; with `show-all-if-ambiguous` it inserts the entries' common prefix
/// when it is at least as long as the word, so then the shown entries are given only when that prefix is the
/// candidates' own (or the word), and the candidates themselves otherwise.
///
/// Inside an open quote, readline closes the quote after a single match, even with `nospace`; when that match
/// goes on (`key=`, `{`, a folder), a second entry (the match and its description) keeps it from being single,
/// so readline inserts the match and leaves the quote open.
public struct BashCompletion: Sendable, Hashable {
  /// The characters that end a word for readline (`COMP_WORDBREAKS`).
  public var wordBreaks: Set<Unicode.Scalar>
  /// bash's `COMP_TYPE`.
  public var completionType: Int
  /// The terminal's width.
  public var columns: Int
  /// The terminal's height: descriptions are listed only when every candidate fits on it, one per line.
  public var lines: Int

  /// A renderer for these settings.
  public init(
    wordBreaks: String = ShellCompletionRequest.defaultWordBreaks,
    completionType: Int = 9,
    columns: Int = 80,
    lines: Int = 24
  ) {
    self.wordBreaks = Set(wordBreaks.unicodeScalars)
    self.completionType = completionType
    self.columns = columns
    self.lines = lines
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
    var output = [candidates.contains { $0.item.noSpace } ? "nospace" : "space"]
    let typed = word.start < point ? String(String.UnicodeScalarView(line[word.start..<point])) : ""
    if isListing, candidates.count >= 2, let shown = listing(of: candidates, typed: typed) {
      output += shown
    } else if word.openQuote != nil, candidates.count == 1, let only = candidates.first, only.item.noSpace,
      completionType == 9 || completionType == 33
    {
      let description = DisplayText.oneLine(only.item.documentation) ?? only.item.detail ?? only.item.kind.rawValue
      output += [only.text, only.text + "  (" + DisplayText.truncated(description, to: max(columns / 2, 8)) + ")"]
    } else {
      output += candidates.map(\.text)
    }
    return output.joined(separator: "\n") + "\n"
  }

  /// The entries a listing shows, or nil when the candidates themselves should be given (readline would insert
  /// more than the word with them, or would insert a wrong common prefix of the shown entries).
  private func listing(of candidates: [(text: String, item: CompletionItem)], typed: String) -> [String]? {
    let shown = candidates.map { candidate in
      DisplayText.oneLine(candidate.item.kind == .file ? candidate.item.label : candidate.item.insertText)
        ?? candidate.text
    }
    let documentation = candidates.map { DisplayText.oneLine($0.item.documentation) }
    var entries = shown
    if documentation.contains(where: { $0 != nil }), candidates.count < lines - 1 {
      let width = min(shown.map(\.unicodeScalars.count).max() ?? 0, 40)
      entries = zip(shown, documentation).map { text, description in
        guard let description else { return text }
        let padded = DisplayText.padded(text, to: width) + "  "
        let room = columns - 1 - padded.unicodeScalars.count - 2
        return room >= 8 ? padded + "(" + DisplayText.truncated(description, to: room) + ")" : text
      }
    }
    if completionType == 33 {
      // Readline inserts the entries' common prefix when it is at least as long as the word: it must be what the
      // candidates have in common (or the word itself).
      let common = Self.commonPrefix(entries)
      if common.unicodeScalars.count >= typed.unicodeScalars.count, common != typed,
        common != Self.commonPrefix(candidates.map(\.text))
      {
        return nil
      }
    }
    return entries
  }

  /// The leading text all `texts` share.
  static func commonPrefix(_ texts: [String]) -> String {
    guard let first = texts.first else { return "" }
    return String(String.UnicodeScalarView(first.unicodeScalars.prefix(commonPrefixLength(texts))))
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
    let special: (UInt8) -> Bool
    switch quote {
    case nil: special = isSpecialOutsideQuotes
    case "\"": special = isSpecialInDoubleQuotes
    default: return text
    }
    // Every special character is ASCII, so the UTF-8 bytes can be tested directly (a Tab may bring a thousand
    // candidates; testing scalars against a string of them was most of a long reply's cost).
    guard text.utf8.contains(where: special) else { return text }
    var escaped: [UInt8] = []
    escaped.reserveCapacity(text.utf8.count + 4)
    for byte in text.utf8 {
      if special(byte) { escaped.append(UInt8(ascii: "\\")) }
      escaped.append(byte)
    }
    return String(decoding: escaped, as: UTF8.self)
  }

  /// Blanks, quotes, `\`, `$`, `` ` ``, `;`, `&`, `|`, `<`, `>`, `(`, `)` and `{`.
  private static func isSpecialOutsideQuotes(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x20, 0x09, 0x27, 0x22, 0x5C, 0x24, 0x60, 0x3B, 0x26, 0x7C, 0x3C, 0x3E, 0x28, 0x29, 0x7B: return true
    default: return false
    }
  }

  /// `"`, `\`, `$` and `` ` ``.
  private static func isSpecialInDoubleQuotes(_ byte: UInt8) -> Bool {
    byte == 0x22 || byte == 0x5C || byte == 0x24 || byte == 0x60
  }

}
