import Testing

@testable import LiveResources

@Suite struct ChildProcessTests {
  @Test func collectsOutputErrorsAndStatus() {
    let result = ChildProcess(arguments: ["/bin/sh", "-c", "printf out; printf err >&2; exit 3"]).run(seconds: 30)
    #expect(result.outcome == .exited(3))
    #expect(String(decoding: result.standardOutput, as: UTF8.self) == "out")
    #expect(String(decoding: result.standardError, as: UTF8.self) == "err")
  }

  @Test func setsTheVariablesItIsGiven() {
    let process = ChildProcess(
      arguments: ["/bin/sh", "-c", "printf %s \"$ARGOT_PROBE\""],
      environment: ["ARGOT_PROBE": "x y"]
    )
    #expect(String(decoding: process.run(seconds: 30).standardOutput, as: UTF8.self) == "x y")
  }

  @Test func stopsAProgramThatRunsTooLongWithWhatItStarted() {
    let start = ChildProcess.now()
    // The shell starts `sleep` in the background and waits: both must be stopped.
    let result = ChildProcess(arguments: ["/bin/sh", "-c", "sleep 30 & wait"]).run(seconds: 0.3)
    #expect(result.outcome == .timedOut)
    #expect(ChildProcess.now() - start < 10)
  }

  @Test func aMissingProgramIsNotStarted() {
    let result = ChildProcess(arguments: ["/nonexistent/aws", "s3"]).run(seconds: 5)
    if case .notStarted(let reason) = result.outcome {
      #expect(reason.contains("No such file"))
    } else {
      Issue.record("started: \(result.outcome)")
    }
  }

  @Test func outputPastTheLimitIsDropped() {
    var process = ChildProcess(arguments: ["/bin/sh", "-c", "head -c 300000 /dev/zero"])
    process.outputLimit = 100_000
    let result = process.run(seconds: 30)
    #expect(result.outcome == .exited(0))
    #expect(result.standardOutput.count < 100_000 + 65_536)
  }
}
