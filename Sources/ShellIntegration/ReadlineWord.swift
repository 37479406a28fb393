/// Where readline starts the word it completes in bash, and the quote it is in.
///
/// bash hands readline `COMP_WORDBREAKS` as its word-break characters, so `=` and `:` end a word: with the
/// cursor after `--new-bgp-peer asn=64600,addressF` the word readline replaces is `64600,addressF`. This
/// follows readline's `_rl_find_completion_word` with bash's settings: an unclosed `'` or `"` starts the word
/// just after it (nothing inside splits); otherwise the word starts after the last word-break character
/// before the cursor that is not quoted (by `\`, or inside a closed quote); `@` and `$` stay in the word.
struct ReadlineWord: Hashable {
  /// The line offset where the word starts.
  var start: Int
  /// The unclosed quote the word is in (`'` or `"`), if any.
  var openQuote: Unicode.Scalar?

  init(line: [Unicode.Scalar], point: Int, wordBreaks: Set<Unicode.Scalar>) {
    let end = min(max(point, 0), line.count)
    var quote: Unicode.Scalar?
    var quoteStart = 0
    var escaped = false
    var foundQuote = false
    for index in 0..<end {
      if escaped {
        escaped = false
        continue
      }
      let scalar = line[index]
      if quote != "'" && scalar == "\\" {
        escaped = true
        foundQuote = true
      } else if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "'" || scalar == "\"" {
        quote = scalar
        quoteStart = index + 1
        foundQuote = true
      }
    }
    if let quote {
      self.start = quoteStart
      self.openQuote = quote
      return
    }
    self.openQuote = nil
    guard end > 0 else {
      self.start = 0
      return
    }
    let quoted = foundQuote ? Self.quotedPositions(line, end: end) : []
    func isBreak(_ index: Int) -> Bool {
      wordBreaks.contains(line[index]) && !(foundQuote && quoted[index])
    }
    // readline walks back from the cursor and stops at position 0 without testing it in the loop.
    var position = end - 1
    while position > 0, !isBreak(position) { position -= 1 }
    if isBreak(position), line[position] != "@", line[position] != "$" { position += 1 }
    self.start = position
  }

  /// For each position before `end`, whether bash's `char_is_quoted` says it is quoted: escaped by `\`, or
  /// inside quotes (the quote characters included).
  private static func quotedPositions(_ line: [Unicode.Scalar], end: Int) -> [Bool] {
    var quoted = [Bool](repeating: false, count: end)
    var index = 0
    while index < end {
      let scalar = line[index]
      if scalar == "\\" {
        if index + 1 < end { quoted[index + 1] = true }
        index += 2
      } else if scalar == "'" || scalar == "\"" {
        var close = index + 1
        while close < end {
          if scalar == "\"" && line[close] == "\\" {
            close += 2
            continue
          }
          if line[close] == scalar { break }
          close += 1
        }
        for position in index...min(close, end - 1) { quoted[position] = true }
        index = close + 1
      } else {
        index += 1
      }
    }
    return quoted
  }
}
