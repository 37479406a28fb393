/// Renders diagnostics for a terminal: the message, then the input line with a caret under the place.
///
/// ```
/// argot: error: --new-bgp-peer: asn: expected an integer, got "abc"
///   asn=abc,addressFamily=ipv6
///       ^~~
/// ```
///
/// For a line, the excerpt is the line (the physical line holding the place, for multi-line input); for plain
/// arguments, it is the word. Tabs become spaces so the caret lines up; a place past the end gets a caret just
/// after the text.
public struct DiagnosticRenderer: Sendable {
  /// The program name in front of each message.
  public var program: String
  /// Whether to show the excerpt with the caret.
  public var showsExcerpt: Bool
  /// Whether to add the AWS CLI's own message for the same problem.
  public var showsAWSMessage: Bool

  /// Creates a renderer.
  public init(program: String = "argot", showsExcerpt: Bool = true, showsAWSMessage: Bool = false) {
    self.program = program
    self.showsExcerpt = showsExcerpt
    self.showsAWSMessage = showsAWSMessage
  }

  /// Every diagnostic of an invocation, each followed by its excerpt, joined by newlines.
  public func render(_ invocation: Invocation) -> String {
    invocation.diagnostics.map { render($0, in: invocation) }.joined(separator: "\n")
  }

  /// One diagnostic.
  public func render(_ diagnostic: InvocationDiagnostic, in invocation: Invocation) -> String {
    var lines = ["\(program): \(diagnostic.severity.rawValue): \(diagnostic.description)"]
    if showsExcerpt, let location = diagnostic.location, let excerpt = excerpt(location, in: invocation) {
      lines += excerpt
    }
    if showsAWSMessage, let aws = diagnostic.awsMessage {
      lines.append(
        "  (the AWS CLI says: "
          + aws.split(separator: "\n", omittingEmptySubsequences: false)
          .joined(separator: "\n   ") + ")"
      )
    }
    return lines.joined(separator: "\n")
  }

  /// The excerpt and caret lines for a location.
  func excerpt(_ location: SourceLocation, in invocation: Invocation) -> [String]? {
    let text: [Unicode.Scalar]
    let range: Range<Int>
    if let line = invocation.line, let lineRange = location.lineRange {
      text = Array(line.unicodeScalars)
      range = lineRange
    } else if location.wordIndex < invocation.words.count {
      // The value itself (a word holding `--opt=value` shows the whole word).
      text = Array(invocation.words[location.wordIndex].text.unicodeScalars)
      range = location.range
    } else {
      return nil
    }
    // The physical line holding the start of the range.
    let lower = min(range.lowerBound, text.count)
    var start = lower
    while start > 0, text[start - 1] != "\n" { start -= 1 }
    var end = lower
    while end < text.count, text[end] != "\n" { end += 1 }
    let shown = text[start..<end].map { $0 == "\t" ? " " : $0 }
    let column = Self.width(text[start..<lower])
    let length = max(1, Self.width(text[lower..<min(max(range.upperBound, lower), end)]))
    let caret = String(repeating: " ", count: column) + "^" + String(repeating: "~", count: length - 1)
    return ["  " + String(String.UnicodeScalarView(shown)), "  " + caret]
  }

  /// Display width: one column per scalar, none for combining marks, two for wide East Asian and emoji.
  static func width(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
    scalars.reduce(0) { total, scalar in
      let properties = scalar.properties
      if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark
        || scalar.value == 0x200D
      {
        return total
      }
      if properties.isEmojiPresentation || (0x1100...0x115F).contains(scalar.value)
        || (0x2E80...0xA4CF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
        || (0xF900...0xFAFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
        || (0xFFE0...0xFFE6).contains(scalar.value)
      {
        return total + 2
      }
      return total + 1
    }
  }
}
