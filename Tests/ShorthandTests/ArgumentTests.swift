import Botocore
import JSON
import Shorthand
import Testing

/// The AWS CLI's decisions around shorthand for whole arguments (`argprocess.py`).
@Suite struct ArgumentTests {
  let model = TestModel.model

  @Test func decidesWhichShapesTakeShorthand() {
    #expect(ShorthandArgument.acceptsShorthand(TestModel.shape("Peer"), in: model))
    #expect(ShorthandArgument.acceptsShorthand(TestModel.shape("AttributeMap"), in: model))
    #expect(ShorthandArgument.acceptsShorthand(TestModel.shape("TagList"), in: model))
    #expect(ShorthandArgument.acceptsShorthand(TestModel.shape("Rows"), in: model))
    #expect(!ShorthandArgument.acceptsShorthand(TestModel.shape("StringList"), in: model))
    #expect(!ShorthandArgument.acceptsShorthand(TestModel.shape("Document"), in: model))
    #expect(!ShorthandArgument.acceptsShorthand(TestModel.shape("DocumentList"), in: model))
    #expect(!ShorthandArgument.acceptsShorthand(TestModel.shape("String"), in: model))
  }

  @Test func detectsJSON() {
    #expect(ShorthandArgument.looksLikeJSON("  {\"a\": 1}"))
    #expect(ShorthandArgument.looksLikeJSON("\u{a0}["))
    #expect(!ShorthandArgument.looksLikeJSON("a={b=c}"))
    #expect(!ShorthandArgument.looksLikeJSON(""))
    let result = ShorthandArgument.parse(words: ["[{\"Key\": \"a\"}]"], shape: TestModel.shape("TagList"), model: model)
    #expect(result.kind == .json)
  }

  @Test func singleValueStructures() {
    let shape = TestModel.shape("AttributeValue")
    #expect(ShorthandArgument.parse(words: ["terminate"], shape: shape, model: model).value == ["Value": "terminate"])
    #expect(ShorthandArgument.parse(words: ["Value=stop"], shape: shape, model: model).value == ["Value": "stop"])
    #expect(ShorthandArgument.parse(words: ["x y"], shape: shape, model: model).value == ["Value": "x y"])
  }

  @Test func listArgumentsParseEachWord() throws {
    let shape = TestModel.shape("TagList")
    let result = ShorthandArgument.parse(words: ["Key=a,Value=b", "Key=c,Value=d"], shape: shape, model: model)
    #expect(result.isValid)
    #expect(result.value == [["Key": "a", "Value": "b"], ["Key": "c", "Value": "d"]])
    let broken = ShorthandArgument.parse(words: ["Key=a", "Key=c,Key=d", "Key=[x"], shape: shape, model: model)
    #expect(
      broken.diagnostics.map { "\($0.code) \($0.path) word \($0.word) \($0.range)" } == [
        "shorthand.duplicate-key [1].Key word 1 6..<9", "shorthand.unclosed-bracket [2].Key word 2 4..<5",
      ]
    )
    let mappings = ShorthandArgument.parse(
      words: ["DeviceName=a,Ebs={VolumeSize=x}"],
      shape: TestModel.shape("MappingList"),
      model: model
    )
    #expect(mappings.diagnostics.map(\.path.description) == ["[0].Ebs.VolumeSize"])
    #expect(mappings.diagnostics.first?.message == "[0].Ebs.VolumeSize takes a whole number (integer), found \"x\"")
  }

  @Test func validationSkipsValuesThatAlreadyFailed() {
    let shape = TestModel.shape("Peer")
    let result = ShorthandArgument.parse(words: ["asn=abc,family=ipv7"], shape: shape, model: model)
    #expect(result.diagnostics.map(\.code) == ["value.not-integer"])
    #expect(ShorthandArgument.validate(result, shape: shape, model: model).map(\.code) == ["value.enum"])
  }

  @Test(.enabled(if: BotocoreModels.dataDirectory != nil, "needs botocore models"))
  func legacyListCases() throws {
    let elb = try BotocoreModels.load("elb")
    let shape = try #require(BotocoreModels.memberShape(elb, operation: "RemoveTags", member: "Tags"))
    let context = ShorthandArgumentContext(service: "elb", operation: "RemoveTags", member: "Tags")
    let result = ShorthandArgument.parse(words: ["a", "Key=b"], shape: shape, model: elb, context: context)
    #expect(result.value == [["Key": "a"], ["Key": "Key=b"]])
    #expect(
      ShorthandFormatter.formatWords(result.value!, shape: shape, model: elb, context: context) == ["a", "Key=b"]
    )
    let plain = ShorthandArgument.parse(words: ["Key=b"], shape: shape, model: elb)
    #expect(plain.value == [["Key": "b"]])
  }

  @Test func fileLoadingThroughArguments() {
    let result = ShorthandArgument.parse(
      words: ["Key=k,Value@=file://v.txt"],
      shape: TestModel.shape("TagList"),
      model: model,
      fileLoader: .constant(Array("from file".utf8))
    )
    #expect(result.value == [["Key": "k", "Value": "from file"]])
  }
}
