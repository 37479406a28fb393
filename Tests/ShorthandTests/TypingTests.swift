import Botocore
import JSON
import Shorthand
import Testing

/// Typing by the model (the AWS CLI's `BackCompatVisitor`), with paths and ranges instead of Python errors.
@Suite struct TypingTests {
  func typed(_ text: String, _ shape: String = "Peer") -> ShorthandTyped {
    ShorthandTyping.apply(ShorthandParser.parse(text), shape: TestModel.shape(shape), model: TestModel.model)
  }

  @Test func convertsNumbersAndBooleans() throws {
    let result = typed("asn=64600,asnLong=-12,ratio=0.5,enabled=TRUE,name=x,ebs={VolumeSize=10,Encrypted=false}")
    #expect(result.diagnostics == [])
    #expect(
      result.value
        == [
          "asn": 64600, "asnLong": -12, "ratio": 0.5, "enabled": true, "name": "x",
          "ebs": ["VolumeSize": 10, "Encrypted": false],
        ]
    )
  }

  @Test func acceptsWhatPythonIntAccepts() {
    #expect(typed("asn=' 12 '").value == ["asn": 12])
    #expect(typed("asn=1_000").value == ["asn": 1000])
    #expect(typed("asn=+5").value == ["asn": 5])
    #expect(typed("asn=\u{663}\u{664}").value == ["asn": 34])
    #expect(typed("asn=-9223372036854775808").value == ["asn": .integer(.min)])
    #expect(typed("ratio=1e3").value == ["ratio": 1000.0])
    #expect(typed("ratio=.5").value == ["ratio": 0.5])
    #expect(typed("ratio=1_0.5").value == ["ratio": 10.5])
  }

  @Test func reportsBadIntegersWithPathRangeAndThePythonText() throws {
    let result = typed("name=x,asn=abc")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == "value.not-integer")
    #expect(diagnostic.path.description == "asn")
    #expect(diagnostic.range == 11..<14)
    #expect(diagnostic.awsMessage == "invalid literal for int() with base 10: 'abc'")
    #expect(diagnostic.message == "asn takes a whole number (integer), found \"abc\"")
    #expect(result.value == ["name": "x", "asn": "abc"])
  }

  @Test func pathsGoThroughStructuresListsAndMaps() throws {
    let nested = typed("ebs={VolumeSize=big}")
    #expect(nested.diagnostics.map(\.path.description) == ["ebs.VolumeSize"])
    #expect(nested.diagnostics.first?.range == 16..<19)
    let list = typed("ports=[1,x,3]")
    #expect(list.diagnostics.map(\.path.description) == ["ports[1]"])
    #expect(list.diagnostics.first?.range == 9..<10)
    let map = typed("labels={alpha=1,beta=two}")
    #expect(map.diagnostics.map(\.path.description) == ["labels.beta"])
    #expect(map.diagnostics.first?.range == 21..<24)
  }

  @Test func aCommaInANumberMakesAList() throws {
    let result = typed("asn=1,2")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == "value.not-scalar")
    #expect(diagnostic.range == 4..<7)
    #expect(
      diagnostic.awsMessage == "int() argument must be a string, a bytes-like object or a real number, not 'list'"
    )
    #expect(typed("enabled=[true]").diagnostics.first?.awsMessage == "'list' object has no attribute 'lower'")
    #expect(
      typed("ratio={a=b}").diagnostics.first?.awsMessage
        == "float() argument must be a string or a real number, not 'dict'"
    )
  }

  @Test func booleansOtherThanTrueOrFalseStayText() {
    let result = typed("enabled=yes")
    #expect(result.diagnostics == [])
    #expect(result.value == ["enabled": "yes"])
  }

  @Test func wrapsSingleValuesIntoListsWithoutTypingThem() {
    #expect(typed("ports=80").value == ["ports": ["80"]])
    #expect(typed("tags={Key=a}", "CreateInput").value == ["tags": [["Key": "a"]]])
  }

  @Test func keepsUnknownKeysUntouched() {
    #expect(typed("bogus=1,asn=2").value == ["bogus": "1", "asn": 2])
  }

  @Test func refusesDocumentsNamingTheMember() throws {
    let direct = try #require(typed("extra={a=b}").diagnostics.first)
    #expect(direct.code == "value.document")
    #expect(
      direct.awsMessage
        == "Shorthand syntax does not support document types. Use JSON input for top-level argument to specify nested parameter: extra"
    )
    let inList = try #require(typed("mappings=[{Docs=[{a=b}]}]", "CreateInput").diagnostics.first)
    #expect(inList.awsMessage?.hasSuffix("nested parameter: Docs") == true)
    #expect(inList.path.description == "mappings[0].Docs[0]")
    // A single value wrapped into a list of documents is not visited, as in the AWS CLI.
    #expect(typed("mappings=[{Docs=abc}]", "CreateInput").diagnostics == [])
  }

  @Test func deliberateDifferencesAreErrors() {
    #expect(typed("asn=99999999999999999999").diagnostics.map(\.code) == ["value.integer-out-of-range"])
    #expect(typed("ratio=nan").diagnostics.map(\.code) == ["value.not-finite"])
    #expect(typed("ratio=-inf").diagnostics.map(\.code) == ["value.not-finite"])
  }

  @Test func reportsEveryProblemNotOnlyTheFirst() {
    let result = typed("asn=x,ratio=y,ebs={VolumeSize=z}")
    #expect(result.diagnostics.map(\.path.description) == ["asn", "ratio", "ebs.VolumeSize"])
  }
}
