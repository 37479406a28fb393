public import Completion

/// Writes the engine's candidates for zsh's completion function (`integrations/zsh/_aws`).
///
/// The first line is the word's fixed prefix, the text before the part the candidates replace (`asn=64600,`
/// in `asn=64600,addressF`, `--output=` in `--output=t`), which the function moves into `IPREFIX` with
/// `compset -P`, so menus list `addressFamily=` rather than the whole word. Each following line is one match,
/// in the engine's order: `GROUP<TAB>SPACING<TAB>VALUE<TAB>DISPLAY`, where GROUP is the candidate's kind
/// (`service`, `option`, `key`, …; each group is added with `compadd -V`, unsorted), SPACING is `nospace`
/// (`compadd -S ''`) or `space`, and DISPLAY is `value  -- description` (values padded to line up in their
/// group) or empty when no match of its run has a description. zsh quotes the values itself. A last line of group
/// `message` carries one line for `_message` (live completion: "listing ec2 describe-instances…").
public struct ZshCompletion: Sendable, Hashable {
  /// The terminal's width.
  public var columns: Int

  /// A renderer for a terminal `columns` wide.
  public init(columns: Int = 80) {
    self.columns = columns
  }

  /// The fixed prefix and the match lines for `result`, which the engine computed for `line` with the cursor at
  /// `point`.
  public func render(_ result: CompletionResult, line: [Unicode.Scalar], point: Int) -> String {
    let word = ShellWordAtCursor(line: line, point: point)
    let start = min(result.replace.lowerBound, point)
    let fixed = word.start < start ? String(String.UnicodeScalarView(line[word.start..<start])) : ""
    var matches: [(value: String, item: CompletionItem)] = []
    var seen: Set<String> = []
    for (value, item) in zip(result.texts(from: word.start, line: line, prefix: ""), result.items) {
      guard let value, !value.isEmpty, !value.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\t" })
      else { continue }
      if seen.insert(value).inserted { matches.append((value, item)) }
    }
    var lines = [fixed]
    var runStart = 0
    while runStart < matches.count {
      let first = matches[runStart].item
      var runEnd = runStart + 1
      while runEnd < matches.count, matches[runEnd].item.kind == first.kind,
        matches[runEnd].item.noSpace == first.noSpace
      {
        runEnd += 1
      }
      let run = matches[runStart..<runEnd]
      let documentation = run.map { DisplayText.oneLine($0.item.documentation) }
      let described = documentation.contains { $0 != nil }
      let width = min(run.map(\.value.unicodeScalars.count).max() ?? 0, 30)
      for (match, description) in zip(run, documentation) {
        var display = ""
        if described {
          display = match.value
          if let description {
            let text = DisplayText.padded(match.value, to: width) + "  -- "
            let room = columns - 1 - text.unicodeScalars.count
            if room >= 8 { display = text + DisplayText.truncated(description, to: room) }
          }
        }
        let spacing = match.item.noSpace ? "nospace" : "space"
        lines.append([first.kind.rawValue, spacing, match.value, display].joined(separator: "\t"))
      }
      runStart = runEnd
    }
    // A line for zsh's `_message` (why live values are missing, or that a listing is running).
    if let message = result.message.map(DisplayText.oneLine) ?? nil {
      lines.append(
        ["message", "space", "", DisplayText.truncated(message, to: max(8, columns - 1))].joined(separator: "\t")
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
