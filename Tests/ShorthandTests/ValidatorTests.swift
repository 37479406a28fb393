import Botocore
import JSON
import Shorthand
import Testing

/// The checks the AWS CLI leaves to botocore (errors) or to the service (warnings).
@Suite struct ValidatorTests {
  func check(_ text: String, _ shape: String = "Peer") -> [ShorthandDiagnostic] {
    let parse = ShorthandParser.parse(text)
    let typed = ShorthandTyping.apply(parse, shape: TestModel.shape(shape), model: TestModel.model)
    return ShorthandValidator.validate(
      typed.value,
      shape: TestModel.shape(shape),
      model: TestModel.model,
      sourceMap: parse.sourceMap
    )
  }

  func codes(_ text: String, _ shape: String = "Peer") -> [String] {
    check(text, shape).map { "\($0.severity.rawValue) \($0.code) \($0.path)" }
  }

  @Test func acceptsAValidValue() {
    #expect(check("asn=64600,name=peer-1,family=ipv6,ports=[1,2],ebs={VolumeType=gp3},labels={alpha=1}") == [])
  }

  @Test func unknownKeysSuggestTheClosestMember() throws {
    let diagnostic = try #require(check("asn=1,nmae=x").first)
    #expect(diagnostic.code == "value.unknown-key")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.message == "unknown key \"nmae\" in the argument; did you mean \"name\"?")
    #expect(diagnostic.range == 6..<10)
    #expect(
      check("ebs={VolumeSzie=1},asn=1").first?.message
        == "unknown key \"VolumeSzie\" in ebs; did you mean \"VolumeSize\"?"
    )
  }

  @Test func missingRequiredMembers() {
    #expect(codes("name=x") == ["error value.missing-required asn"])
    #expect(codes("tags=[{Value=v}]", "CreateInput") == ["error value.missing-required tags[0].Key"])
  }

  @Test func enumsPatternsAndMaximumsAreWarnings() {
    #expect(codes("asn=1,family=ipv5") == ["warning value.enum family"])
    #expect(
      check("asn=1,family=ipv5").first?.message == "\"ipv5\" is not a valid value for family; did you mean \"ipv4\"?"
    )
    #expect(codes("asn=1,name=Peer") == ["warning value.pattern name"])
    #expect(codes("asn=1,name=abcdefghij") == ["warning value.too-long name"])
    #expect(codes("asn=4294967295") == ["warning value.above-maximum asn"])
    #expect(codes("asn=1,ports=[1,2,3,4]") == ["warning value.too-long ports"])
    #expect(codes("asn=1,ratio=1.5") == ["warning value.above-maximum ratio"])
  }

  @Test func minimumsAreErrors() {
    #expect(codes("asn=0") == ["error value.below-minimum asn"])
    #expect(codes("asn=1,name=''") == ["error value.too-short name", "warning value.pattern name"])
    #expect(codes("asn=1,labels={}") == ["error value.too-short labels"])
  }

  @Test func wrongTypes() {
    #expect(codes("asn=1,enabled=yes") == ["error value.not-boolean enabled"])
    #expect(codes("asn=1,ebs=x") == ["error value.wrong-type ebs"])
    #expect(codes("asn=1,name=[a,b]") == ["error value.wrong-type name"])
    #expect(codes("asn=x") == ["error value.wrong-type asn"])
  }

  @Test func valuesWrappedIntoListsAreNotTyped() throws {
    let diagnostic = try #require(check("asn=1,ports=80").first)
    #expect(diagnostic.code == "value.untyped-list-item")
    #expect(diagnostic.path.description == "ports[0]")
    #expect(diagnostic.range == 12..<14)
    #expect(diagnostic.message.hasSuffix("write ports=[80]"))
  }

  @Test func mapKeysAreChecked() throws {
    let diagnostic = try #require(check("asn=1,labels={gamma=1}").first)
    #expect(diagnostic.code == "value.enum")
    #expect(diagnostic.range == 14..<19)
  }

  @Test func unions() {
    #expect(codes("choice={left=a,right=1}", "CreateInput") == ["error value.union-multiple choice"])
    #expect(codes("choice={}", "CreateInput") == ["error value.union-empty choice"])
    #expect(codes("choice={right=1}", "CreateInput") == [])
  }

  @Test func documentsAreNotChecked() {
    #expect(check("payload=x", "CreateInput") == [])
  }

  @Test func argumentsValidateWordByWord() throws {
    let shape = TestModel.shape("TagList")
    let result = ShorthandArgument.parse(
      words: ["Key=a", "Value=b", "Key=c,Valeu=d"],
      shape: shape,
      model: TestModel.model
    )
    let diagnostics = ShorthandArgument.validate(result, shape: shape, model: TestModel.model)
    #expect(
      diagnostics.map { "\($0.code) \($0.path) word \($0.word)" } == [
        "value.missing-required [1].Key word 1", "value.unknown-key [2].Valeu word 2",
      ]
    )
    #expect(diagnostics.last?.range == 6..<11)
  }
}
