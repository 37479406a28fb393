import JSON
import Shorthand
import Testing

/// The AWS CLI's own shorthand test tables (research notes §10), plus behaviours verified by running it.
@Suite struct ParserVectorTests {
  static let successes: [(String, String)] = [
    ("foo=bar,baz=qux", #"{"foo": "bar", "baz": "qux"}"#),
    ("foo=", #"{"foo": ""}"#),
    ("foo=,bar=", #"{"foo": "", "bar": ""}"#),
    ("foo=\u{2713},\u{2713}", #"{"foo": ["\u2713", "\u2713"]}"#),
    ("foo=a,b,bar=c,d", #"{"foo": ["a", "b"], "bar": ["c", "d"]}"#),
    ("foo=a,b=with space", #"{"foo": "a", "b": "with space"}"#),
    ("foo=a,b=with trailing space  ", #"{"foo": "a", "b": "with trailing space"}"#),
    ("aws:service:region:124:foo/bar=baz", #"{"aws:service:region:124:foo/bar": "baz"}"#),
    ("#key=value", ##"{"#key": "value"}"##),
    ("foo=[]", #"{"foo": []}"#),
    ("foo=[a=b,c=d]", #"{"foo": ["a=b", "c=d"]}"#),
    ("foo  =  [ a , b  , c  ]", #"{"foo": ["a", "b", "c"]}"#),
    ("foo=[,,]", #"{"foo": ["", ""]}"#),
    ("foo=bar,'baz=qux'", #"{"foo": ["bar", "baz=qux"]}"#),
    ("foo='bar\\'baz'", #"{"foo": "bar'baz"}"#),
    ("foo=\"bar\\\\baz\"", #"{"foo": "bar\\baz"}"#),
    ("foo=a\\,b", #"{"foo": "a,b"}"#),
    ("foo=a,\\,bc", #"{"foo": ["a", ",bc"]}"#),
    ("a=b,c=  d,  e,  f", #"{"a": "b", "c": ["d", "e", "f"]}"#),
    ("Name=foo,\nValues=a,b,c", #"{"Name": "foo", "Values": ["a", "b", "c"]}"#),
    ("a={b={c=d,e=f},g=h}", #"{"a": {"b": {"c": "d", "e": "f"}, "g": "h"}}"#),
    ("Name=[{foo=[a,b]}, {bar=[c,d]}]", #"{"Name": [{"foo": ["a", "b"]}, {"bar": ["c", "d"]}]}"#),
    ("foo@=a,b,bar=c,d", #"{"foo": ["a", "b"], "bar": ["c", "d"]}"#),
    ("Bar@=baz,Name={foo@=bar}", #"{"Bar": "baz", "Name": {"foo": "bar"}}"#),
    ("foo=a,b@=with space", #"{"foo": "a", "b": "with space"}"#),
    // Verified by running the AWS CLI.
    ("Key=a,,Value=b", #"{"Key": "a", "Value": "b"}"#),
    ("=b", #"{"": "b"}"#),
    ("a=b=c", #"{"a": "b=c"}"#),
    ("a=b,c}", #"{"a": ["b", "c}"]}"#),
    ("a=[b c, d]", #"{"a": ["b c", "d"]}"#),
    ("a=[b,]", #"{"a": ["b"]}"#),
    ("a={b=c,}", #"{"a": {"b": "c"}}"#),
    ("a=b\\c", #"{"a": "b\\c"}"#),
    ("a=-1,b=1.5", #"{"a": "-1", "b": "1.5"}"#),
  ]

  @Test(arguments: successes)
  func parses(_ vector: (String, String)) throws {
    let parse = ShorthandParser.parse(vector.0)
    #expect(parse.diagnostics == [], "\(vector.0)")
    #expect(parse.value == (try JSONValue(parsing: vector.1)), "\(vector.0)")
  }

  static let errors: [(input: String, code: String, message: String)] = [
    ("foo", "ShorthandParseSyntaxError", "Expected: '=', received: 'EOF' for input:\nfoo\n   ^"),
    (
      "foo=\"bar", "ShorthandParseSyntaxError",
      "Expected: '<double quoted>', received: '<none>' for input:\nfoo=\"bar\n    ^"
    ),
    ("\"foo=bar", "ShorthandParseSyntaxError", "Expected: '=', received: '\"' for input:\n\"foo=bar\n^"),
    (
      "foo='bar", "ShorthandParseSyntaxError",
      "Expected: '<singled quoted>', received: '<none>' for input:\nfoo='bar\n    ^"
    ),
    ("foo=[bar", "ShorthandParseSyntaxError", "Expected: ',', received: 'EOF' for input:\nfoo=[bar\n        ^"),
    ("foo={bar}", "ShorthandParseSyntaxError", "Expected: '=', received: '}' for input:\nfoo={bar}\n        ^"),
    (
      "foo={bar=bar", "ShorthandParseSyntaxError",
      "Expected: ',', received: 'EOF' for input:\nfoo={bar=bar\n            ^"
    ),
    (
      "foo=bar,", "ShorthandParseSyntaxError",
      "Expected: '<second>', received: '<none>' for input:\nfoo=bar,\n        ^"
    ),
    (
      "foo==bar,\nbar=baz", "ShorthandParseSyntaxError",
      "Expected: ',', received: '=' for input:\nfoo==bar,\n    ^\nbar=baz"
    ),
    (
      "foo=bar,foo=qux", "DuplicateKeyInObjectError",
      "Second instance of key \"foo\" encountered for input:\nfoo=bar,foo=qux\n        ^\nThis is often because there is a preceding \",\" instead of a space."
    ),
    ("a=b,c==d", "ShorthandParseSyntaxError", "Expected: ',', received: '=' for input:\na=b,c==d\n      ^"),
    ("a={b", "ShorthandParseSyntaxError", "Expected: '=', received: 'EOF' for input:\na={b\n    ^"),
    ("a=\u{1F600}", "ShorthandParseSyntaxError", "Expected: ',', received: '\u{1F600}' for input:\na=\u{1F600}\n  ^"),
    ("a=x'y", "ShorthandParseSyntaxError", "Expected: ',', received: ''' for input:\na=x'y\n   ^"),
    (" a=b", "ShorthandParseSyntaxError", "Expected: '=', received: 'a' for input:\n a=b\n ^"),
  ]

  @Test(arguments: errors)
  func reportsTheAWSError(_ vector: (input: String, code: String, message: String)) throws {
    let parse = ShorthandParser.parse(vector.input)
    let first = try #require(parse.diagnostics.first, "\(vector.input)")
    #expect(first.awsMessage == vector.message)
    #expect((first.code == "shorthand.duplicate-key") == (vector.code == "DuplicateKeyInObjectError"))
  }

  @Test func fileLoadingFollowsTheAtEqualsOperator() throws {
    let loader = ShorthandFileLoader.constant(Array("file-contents123".utf8))
    let cases: [(String, String)] = [
      ("Foo@=file://foo,Bar={Baz@=file://foo}", #"{"Foo": "file-contents123", "Bar": {"Baz": "file-contents123"}}"#),
      ("Bar@={Baz=file://foo}", #"{"Bar": {"Baz": "file://foo"}}"#),
      ("Foo@=foo,Bar={Baz@=foo}", #"{"Foo": "foo", "Bar": {"Baz": "foo"}}"#),
      // The AWS CLI's "@=" flag is not restored when a {...} ends: it leaks to the next list item.
      ("Foo=[{Baz@=a},file://x]", #"{"Foo": [{"Baz": "a"}, "file-contents123"]}"#),
      ("Foo@=[{Baz=a},file://x]", #"{"Foo": [{"Baz": "a"}, "file://x"]}"#),
    ]
    for (input, expected) in cases {
      let parse = ShorthandParser.parse(input, fileLoader: loader)
      #expect(parse.diagnostics == [])
      #expect(parse.value == (try JSONValue(parsing: expected)), "\(input)")
    }
  }

  @Test func binaryFilesBecomeBase64() throws {
    let parse = ShorthandParser.parse("Body@=fileb://x.bin", fileLoader: .constant([0, 1, 2, 255]))
    #expect(parse.value == ["Body": "AAEC/w=="])
    #expect(parse.binaryPaths == [ShorthandPath([.key("Body")])])
    #expect(parse.fileReferences.first?.filePath == "x.bin")
  }

  @Test func withoutALoaderReferencesAreKeptAndListed() {
    let parse = ShorthandParser.parse("Policy@=file://p.json,Other=file://q")
    #expect(parse.value == ["Policy": "file://p.json", "Other": "file://q"])
    #expect(parse.fileReferences.map(\.reference) == ["file://p.json"])
    #expect(parse.fileReferences.first?.isLoaded == false)
  }

  @Test func loadFailuresAreDiagnostics() {
    let loader = ShorthandFileLoader { path in
      .failure(ShorthandFileLoadError(reason: "[Errno 2] No such file or directory: '\(path)'"))
    }
    let parse = ShorthandParser.parse("A@=file://nope,B=c", fileLoader: loader)
    #expect(parse.value == ["A": "file://nope", "B": "c"])
    #expect(parse.diagnostics.map(\.code) == ["shorthand.file-load"])
    #expect(
      parse.diagnostics.first?.awsMessage
        == "Unable to load paramfile file://nope: [Errno 2] No such file or directory: 'nope'"
    )
    #expect(parse.diagnostics.first?.range == 3..<14)
  }

  @Test func textFilesUseUniversalNewlines() {
    let parse = ShorthandParser.parse("A@=file://x", fileLoader: .constant(Array("a\r\nb\rc\n".utf8)))
    #expect(parse.value == ["A": "a\nb\nc\n"])
  }

  @Test(.timeLimit(.minutes(1)))
  func backslashRunsFailFast() {
    for quote in ["\"", "'"] {
      let input = "foo=" + quote + String(repeating: "\\", count: 100)
      let clock = ContinuousClock()
      let elapsed = clock.measure { _ = ShorthandParser.parse(input) }
      #expect(elapsed < .milliseconds(50))
      #expect(ShorthandParser.parse(input).diagnostics.first?.code == "shorthand.unclosed-quote")
      let long = "foo=" + quote + String(repeating: "\\", count: 200_000)
      #expect(clock.measure { _ = ShorthandParser.parse(long) } < .seconds(2))
    }
  }
}

@Suite struct ParserLimitTests {
  @Test func deepNestingIsAnErrorNotACrash() {
    let deep = ShorthandParser.parse("a=" + String(repeating: "[", count: 100_000))
    #expect(deep.diagnostics.first?.code == "shorthand.too-deep")
    let fine = ShorthandParser.parse("a=" + String(repeating: "[", count: 150) + String(repeating: "]", count: 150))
    #expect(fine.isValid)
    let braces = ShorthandParser.parse(
      "a=" + String(repeating: "{b=", count: 199) + "c" + String(repeating: "}", count: 199)
    )
    #expect(braces.isValid)
  }

  @Test func largeInputsParseInLinearTime() {
    let text = (0..<20_000).map { "key\($0)=value\($0),\($0)" }.joined(separator: ",")
    let clock = ContinuousClock()
    var parse: ShorthandParse?
    let elapsed = clock.measure { parse = ShorthandParser.parse(text) }
    #expect(parse?.isValid == true)
    #expect(parse?.value.objectValue?.count == 20_000)
    #expect(elapsed < .seconds(5))
  }
}
