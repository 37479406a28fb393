public import ArgotProtocol
public import Invocation

extension Diagnostic {
  /// A command-line diagnostic as the protocol (and `argot parse --json`) reports it.
  ///
  /// The ranges are in the text the client sent: the line for a `line`; word `word` for `argv`; the document
  /// for an `input` (whose diagnostics outside the document have no range).
  public init(_ diagnostic: InvocationDiagnostic, in invocation: Invocation, input: CommandInput) {
    var word: Int?
    var range: Range<Int>?
    var text = ""
    if let location = diagnostic.location {
      switch input {
      case .input:
        let documentWord = invocation.words.count - 1
        if location.wordIndex == documentWord {
          range = location.range
          text = invocation.words[documentWord].text
        }
      case .line(let line):
        word = location.wordIndex
        range = location.lineRange ?? location.range
        text = location.lineRange == nil ? Self.word(location.wordIndex, of: invocation) : line
      case .argv:
        word = location.wordIndex
        range = location.range
        text = Self.word(location.wordIndex, of: invocation)
      }
    }
    self.init(
      severity: diagnostic.severity,
      code: diagnostic.code.rawValue,
      message: diagnostic.message,
      option: diagnostic.option,
      path: diagnostic.path,
      word: word,
      range: range.map(TextRange.init),
      utf16Range: range.map { TextRange(utf16Of: $0, in: text) },
      suggestions: diagnostic.suggestions,
      awsMessage: diagnostic.awsMessage
    )
  }

  /// Every diagnostic of an invocation, in order.
  public static func all(of invocation: Invocation, input: CommandInput) -> [Diagnostic] {
    invocation.diagnostics.map { Diagnostic($0, in: invocation, input: input) }
  }

  private static func word(_ index: Int, of invocation: Invocation) -> String {
    invocation.words.indices.contains(index) ? invocation.words[index].text : ""
  }
}

extension TextRange {
  /// The UTF-16 range of the Unicode-scalar range `range` of `text`.
  init(utf16Of range: Range<Int>, in text: String) {
    self.init(
      start: SourceText.utf16Offset(ofScalarOffset: range.lowerBound, in: text),
      end: SourceText.utf16Offset(ofScalarOffset: range.upperBound, in: text)
    )
  }
}
