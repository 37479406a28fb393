import JSON
import Shorthand
import Testing

/// The parser goes on after errors: it reports each independent error with its range, and keeps the members
/// around them and the broken member as far as it was parsed.
@Suite struct RecoveryTests {
  func summary(_ text: String) -> (value: JSONValue, errors: [String]) {
    let parse = ShorthandParser.parse(text)
    return (parse.value, parse.diagnostics.map { "\($0.code)@\($0.range.lowerBound)..<\($0.range.upperBound)" })
  }

  @Test func keepsMembersAfterABrokenOne() {
    let result = summary("a={b},c=d,e=[f")
    #expect(result.errors == ["shorthand.expected-equals@4..<5", "shorthand.unclosed-bracket@12..<13"])
    #expect(result.value == ["a": [:], "c": "d", "e": ["f"]])
  }

  @Test func reportsEveryDuplicateKey() {
    let result = summary("Key=a,Value=b,Key=c,Value=d")
    #expect(result.errors == ["shorthand.duplicate-key@14..<17", "shorthand.duplicate-key@20..<25"])
    #expect(result.value == ["Key": "a", "Value": "b"])
  }

  @Test func reportsSeveralCharacterProblems() {
    let result = summary("a=x'y,b=2,c=😀,d=4")
    #expect(result.errors == ["shorthand.unexpected-quote@3..<4", "shorthand.unsupported-character@12..<13"])
    #expect(result.value == ["a": "x", "b": "2", "c": "", "d": "4"])
  }

  @Test func skipsExtraCommas() {
    let result = summary("a=1,,,b=2,,,c=3")
    #expect(result.errors == ["shorthand.expected-key@5..<6", "shorthand.expected-key@11..<12"])
    #expect(result.value == ["a": "1", "b": "2", "c": "3"])
  }

  @Test func countsTheBracketsOpenAtTheError() {
    // The error is inside "[{": the ",p=q" inside the list is not a place to resume, ",b=1" is.
    let result = summary("a=[{y},p=q],b=1")
    #expect(result.errors == ["shorthand.expected-equals@5..<6"])
    #expect(result.value == ["a": [[:]], "b": "1"])
  }

  @Test func resumesAfterAnUnclosedQuote() {
    let result = summary("a='unclosed,b=2")
    #expect(result.errors == ["shorthand.unclosed-quote@2..<3"])
    #expect(result.value == ["b": "2"])
  }

  @Test func keepsPartialListsAndObjects() {
    #expect(summary("a=[x,y").value == ["a": ["x", "y"]])
    #expect(summary("a=[x,").value == ["a": ["x"]])
    #expect(summary("a={b=1,c=[2").value == ["a": ["b": "1", "c": ["2"]]])
    #expect(summary("a=x,y,").value == ["a": ["x", "y"]])
  }

  @Test func theFirstDiagnosticIsTheAWSError() {
    let parse = ShorthandParser.parse("a={b},c=d,e=[f")
    #expect(parse.diagnostics.first?.awsMessage == "Expected: '=', received: '}' for input:\na={b},c=d,e=[f\n    ^")
    #expect(parse.diagnostics.last?.awsOffset == 14)
  }

  @Test func recordsRangesOfKeysAndValues() {
    let parse = ShorthandParser.parse("Name=x,Values=a,  b ,Ebs={Size='10'}")
    func span(_ components: [ShorthandPath.Component]) -> ShorthandSpan? { parse.sourceMap[ShorthandPath(components)] }
    #expect(span([.key("Name")]) == ShorthandSpan(keyRange: 0..<4, valueRange: 5..<6))
    #expect(span([.key("Values")]) == ShorthandSpan(keyRange: 7..<13, valueRange: 14..<19))
    #expect(span([.key("Values"), .index(1)]) == ShorthandSpan(valueRange: 18..<19))
    #expect(span([.key("Ebs")]) == ShorthandSpan(keyRange: 21..<24, valueRange: 25..<36))
    #expect(span([.key("Ebs"), .key("Size")]) == ShorthandSpan(keyRange: 26..<30, valueRange: 31..<35))
    #expect(parse.sourceMap.nearestSpan(to: ShorthandPath([.key("Name"), .index(0)]))?.valueRange == 5..<6)
  }
}
