import Testing

@testable import ShellIntegration

/// The command line the engine gets: from the `aws` word on.
struct CompletionLineTests {
  func engineLine(_ line: String, point: Int? = nil) -> String {
    CompletionLine(line: line, point: point).line
  }

  @Test func wrappersBeforeAWSAreDropped() {
    #expect(engineLine("sudo aws dire") == "aws dire")
    #expect(engineLine("env AWS_PROFILE=x aws dire") == "aws dire")
    #expect(engineLine("command /usr/local/bin/aws dire") == "/usr/local/bin/aws dire")
    #expect(CompletionLine(line: "sudo aws dire --output json", point: 13).point == 8)
  }

  @Test func otherLinesAreKept() {
    #expect(engineLine("aws s3 ls aws") == "aws s3 ls aws")
    #expect(engineLine("a directconnect aws") == "a directconnect aws")
    #expect(engineLine("myaws dire") == "myaws dire")
    #expect(engineLine("") == "")
  }
}
