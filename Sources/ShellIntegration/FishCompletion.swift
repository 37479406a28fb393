public import Completion

/// Writes the engine's candidates for fish (`integrations/fish/aws.fish`): one `VALUE<TAB>DESCRIPTION` line per
/// candidate, in the engine's order (the completion is registered with `-k`).
///
/// fish replaces the whole current token and filters by it, so each value is the whole token with quotes
/// removed: after `--new-bgp-peer asn=64600,addressF` the value is `asn=64600,addressFamily=`. fish quotes the
/// values itself and shows the descriptions in its pager.
public struct FishCompletion: Sendable, Hashable {
  /// A renderer.
  public init() {}

  /// The candidate lines for `result`, which the engine computed for `line` with the cursor at `point`.
  public func render(_ result: CompletionResult, line: [Unicode.Scalar], point: Int) -> String {
    let word = ShellWordAtCursor(line: line, point: point)
    let start = min(result.replace.lowerBound, point)
    let prefix = word.unquotedText(before: start)
    var text = ""
    var seen: Set<String> = []
    for (value, item) in zip(result.texts(from: word.start, line: line, prefix: prefix), result.items) {
      guard let value, !value.isEmpty, !value.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\t" }),
        seen.insert(value).inserted
      else { continue }
      text += value
      if let description = DisplayText.oneLine(item.documentation) { text += "\t" + description }
      text += "\n"
    }
    return text
  }
}
