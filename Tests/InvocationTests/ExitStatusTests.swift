import CLISchema
import Invocation
import SchemaRegistry
import Testing

@Suite struct ExitStatusTests {
  @Test func statusFollowsTheWorstDiagnostic() {
    let warning = InvocationDiagnostic(severity: .warning, code: .invalidEnum, message: "m")
    let error = InvocationDiagnostic(severity: .error, code: .invalidInteger, message: "m")
    let model = InvocationDiagnostic(severity: .error, code: .modelUnavailable, message: "m")
    #expect(ExitStatus.of([]) == .success)
    #expect(ExitStatus.of([warning]) == .success)
    #expect(ExitStatus.of([warning, error]) == .parameterError)
    #expect(ExitStatus.of([error, model]) == .environmentError)
    #expect(ExitStatus.parameterError.rawValue == 252)
  }

  @Test func missingModelDataIsAnEnvironmentError() {
    // A registry with no models at all and no embedded fallback for ec2.
    let parser = InvocationParser(catalog: TestCatalog.embedded)
    let result = parser.parse(line: "aws ec2 describe-instances")
    #expect(!result.isValid)
    #expect([ExitStatus.parameterError, .environmentError].contains(result.exitStatus))
  }

  @Test func diagnosticDescriptionJoinsOptionPathAndMessage() {
    let diagnostic = InvocationDiagnostic(
      severity: .error,
      code: .invalidInteger,
      message: "expected an integer, got \"abc\"",
      option: "--new-bgp-peer",
      path: "asn"
    )
    #expect(diagnostic.description == "--new-bgp-peer: asn: expected an integer, got \"abc\"")
  }

  @Test func rendererShowsTheAWSMessageOnRequest() {
    let parser = InvocationParser(catalog: TestCatalog.embedded)
    let result = parser.parse(line: "aws directconnect create-bgp-peer --new-bgp-peer asn=abc")
    let text = DiagnosticRenderer(showsExcerpt: false, showsAWSMessage: true).render(result)
    #expect(text.contains("(the AWS CLI says: invalid literal for int() with base 10: 'abc')"))
  }

  @Test func lineErrorsMapToLineOffsets() throws {
    let parser = InvocationParser(catalog: TestCatalog.embedded)
    let line = "aws directconnect create-bgp-peer --new-bgp-peer \"asn=1,addressFamily=ipv4,bogus=2\""
    let result = parser.parse(line: line, options: InvocationOptions(mode: .partial))
    let error = try #require(result.errors.first)
    #expect(error.code == .unknownParameter)
    let scalars = Array(line.unicodeScalars)
    let range = try #require(error.location?.lineRange)
    #expect(String(String.UnicodeScalarView(scalars[range])) == "bogus")
  }
}
