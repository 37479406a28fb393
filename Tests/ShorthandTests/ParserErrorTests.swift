import JSON
import Shorthand
import Testing

/// Error codes, ranges, AWS carets and our own wording. Inputs are written with markers: `⟦…⟧` around the
/// range we underline and `⎀` where the AWS CLI puts its caret; the markers are removed before parsing.
@Suite struct ParserErrorTests {
  struct Marked {
    var text: String
    var range: Range<Int>
    var caret: Int
  }

  static func marked(_ input: String) -> Marked {
    var text = String.UnicodeScalarView()
    var start = 0
    var end = 0
    var caret = 0
    for scalar in input.unicodeScalars {
      switch scalar {
      case "⟦": start = text.count
      case "⟧": end = text.count
      case "⎀": caret = text.count
      default: text.append(scalar)
      }
    }
    return Marked(text: String(text), range: start..<end, caret: caret)
  }

  static let cases: [(String, String)] = [
    ("foo⟦⟧⎀", "shorthand.expected-equals"),
    ("foo=⟦[⟧bar⎀", "shorthand.unclosed-bracket"),
    ("a=⟦{⟧b=c⎀", "shorthand.unclosed-brace"),
    ("a=⟦{⟧b⎀", "shorthand.unclosed-brace"),
    ("foo=⎀⟦\"⟧bar", "shorthand.unclosed-quote"),
    ("foo=⎀⟦'⟧bar", "shorthand.unclosed-quote"),
    ("foo=bar⟦,⟧⎀", "shorthand.trailing-comma"),
    ("a=[b]⟦,⟧⎀", "shorthand.trailing-comma"),
    ("foo=bar,⎀⟦foo⟧=qux", "shorthand.duplicate-key"),
    ("a=b,c=⎀⟦=⟧d", "shorthand.unexpected-equals"),
    ("foo=⎀⟦=⟧bar", "shorthand.unexpected-equals"),
    ("a=x⎀⟦'⟧y", "shorthand.unexpected-quote"),
    ("a=[x⎀⟦\"⟧y\"]", "shorthand.unexpected-quote"),
    ("a=⎀⟦😀⟧", "shorthand.unsupported-character"),
    ("a=b⎀⟦\u{1}⟧", "shorthand.unsupported-character"),
    ("⟦ ⟧⎀a=b", "shorthand.leading-whitespace"),
    ("⎀⟦\"⟧foo=bar", "shorthand.quoted-key"),
    ("fo⎀⟦*⟧o=1", "shorthand.invalid-key-character"),
    ("a=1,,⎀⟦,⟧b=2", "shorthand.expected-key"),
    ("a=[b]⎀⟦c⟧", "shorthand.expected-comma"),
    ("a=[b c⎀⟦}⟧", "shorthand.expected-comma"),
    ("a=b⎀⟦]⟧", "shorthand.unmatched-bracket"),
    ("a={b⎀⟦}⟧", "shorthand.expected-equals"),
    ("a={b=c⎀⟦]⟧", "shorthand.expected-comma"),
    ("a={⎀⟦]⟧}", "shorthand.expected-key"),
    ("⟦⟧⎀", "shorthand.empty"),
  ]

  @Test(arguments: cases)
  func reportsCodeRangeAndCaret(_ testCase: (String, String)) throws {
    let marked = Self.marked(testCase.0)
    let parse = ShorthandParser.parse(marked.text)
    let first = try #require(parse.diagnostics.first, "\(marked.text)")
    #expect(first.code == testCase.1, "\(marked.text)")
    #expect(first.range == marked.range, "\(marked.text)")
    #expect(first.awsOffset == marked.caret, "\(marked.text)")
    #expect(first.severity == .error)
  }

  @Test func wordsItsMessagesForPeople() throws {
    func message(_ text: String) -> String { ShorthandParser.parse(text).diagnostics.first?.message ?? "" }
    #expect(message("foo") == "expected \"=\" after key \"foo\"")
    #expect(message("foo=[bar") == "unclosed \"[\" opened at column 5: add the closing \"]\"")
    #expect(message("a=1,\nb=[x") == "unclosed \"[\" opened at column 3: add the closing \"]\"")
    #expect(message("foo=bar,") == "trailing \",\": remove it or add another key=value")
    #expect(message("foo='bar").hasPrefix("unclosed ' opened at column 5"))
    #expect(message("Key=a,Value=b,Key=c").contains("separate them with a space instead of \",\""))
    #expect(message("a={b}").contains("members inside {...} are written key=value"))
    #expect(message("fo*o=1").contains("\"*\" can't appear in key \"fo\""))
    #expect(message("a=😀").contains("quote the value"))
  }

  @Test func pathsNameTheMemberBeingParsed() throws {
    let parse = ShorthandParser.parse("a={b=[x,{c='y}]}")
    #expect(parse.diagnostics.first?.path.description == "a.b[1].c")
  }

  @Test func awsMessagesCountColumnsFromTheLastNewline() throws {
    let parse = ShorthandParser.parse("foo=bar,\nbar==baz")
    #expect(parse.diagnostics.first?.awsMessage == "Expected: ',', received: '=' for input:\nfoo=bar,\nbar==baz\n    ^")
  }

  @Test func offsetsCountUnicodeScalars() throws {
    // é as e + combining accent is two scalars; 😀 is one scalar (two UTF-16 units).
    let parse = ShorthandParser.parse("a=e\u{301}😀")
    #expect(parse.diagnostics.first?.range == 4..<5)
  }
}
