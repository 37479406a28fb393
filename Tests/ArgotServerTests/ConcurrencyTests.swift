import ArgotProtocol
import JSON
import JSONRPC
import Synchronization
import Testing

@testable import ArgotServer

@Suite struct ConcurrencyTests {
  static let bgp = directConnect(
    "create-bgp-peer",
    [("option", "--new-bgp-peer"), ("text", "asn=64600,addressFamily=ipv6")]
  )

  /// Two large services load at once on the loading pool while a loaded service keeps answering: every answer
  /// about Direct Connect is in before either load ends.
  @Test func slowLoadsDoNotHoldUpLoadedServices() async throws {
    let folder = TestCatalogs.temporaryDirectory()
    for service in ["bigone", "bigtwo"] {
      try SyntheticModel.write(service: service, operations: 5000, under: folder)
    }
    let session = await TestSession.initialized(catalog: TestCatalogs.folders([folder]))
    _ = try await session.result("argot/shorthand", Self.bgp)
    let clock = ContinuousClock()
    let start = clock.now
    async let first = timed(clock, since: start) { await session.call("argot/operations", ["service": "bigone"]) }
    async let second = timed(clock, since: start) {
      await session.call("argot/schema", ["service": "bigtwo", "operation": "do-thing17"])
    }
    try await Task.sleep(for: .milliseconds(5))
    let answered = await withTaskGroup(of: Duration.self) { group in
      for _ in 0..<200 {
        group.addTask {
          #expect(
            await session.call("argot/shorthand", Self.bgp)
              == .success(
                ["syntax": "shorthand", "value": ["asn": 64600, "addressFamily": "ipv6"], "diagnostics": []])
          )
          return clock.now - start
        }
      }
      return await group.reduce(Duration.zero) { max($0, $1) }
    }
    let (firstResult, firstLoaded) = await first
    let (secondResult, secondLoaded) = await second
    #expect((try? firstResult.get())?["operations"]?.arrayValue?.count == 5000)
    #expect((try? secondResult.get())?["operation"]?["name"] == "DoThing17")
    let loaded = min(firstLoaded, secondLoaded)
    #expect(
      answered < loaded,
      "Direct Connect answered after \(answered), the first big service loaded after \(loaded)"
    )
  }

  /// The result of `body` and when it ended.
  private func timed<T: Sendable>(
    _ clock: ContinuousClock,
    since start: ContinuousClock.Instant,
    _ body: @Sendable () async -> T
  ) async -> (T, Duration) {
    let result = await body()
    return (result, clock.now - start)
  }

  @Test func concurrentRequestsGetTheirOwnAnswers() async throws {
    let session = await TestSession.initialized()
    let operations = ["create-bgp-peer", "create-interconnect", "create-connection", "describe-connections"]
    let expected = try await withThrowingTaskGroup(of: (String, JSONValue).self) { group in
      for operation in operations {
        group.addTask { (operation, try await session.result("argot/schema", directConnect(operation))) }
      }
      return try await group.reduce(into: [String: JSONValue]()) { $0[$1.0] = $1.1 }
    }
    await withTaskGroup(of: Void.self) { group in
      for index in 0..<1000 {
        let operation = operations[index % operations.count]
        group.addTask {
          #expect(
            await session.call("argot/schema", directConnect(operation)) == .success(expected[operation] ?? .null)
          )
        }
      }
    }
  }

  @Test func cancelledRequestsAnswerCancelled() async {
    let session = await TestSession.initialized()
    let result = await Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return await session.call("argot/schema", directConnect("create-bgp-peer"))
    }.value
    #expect(result == .failure(.requestCancelled))
  }

  @Test func loadingPoolRunsAtMostItsWidth() async {
    let pool = LoadingPool(width: 2)
    let counters = Counters()
    let results = await withTaskGroup(of: Int.self) { group in
      for index in 0..<64 {
        group.addTask {
          await pool.run {
            let now = counters.running.add(1, ordering: .relaxed).newValue
            counters.peak.max(now, ordering: .relaxed)
            var spin = 0
            for step in 0..<20_000 { spin &+= step }
            counters.running.subtract(1, ordering: .relaxed)
            return index + (spin == -1 ? 1 : 0)
          }
        }
      }
      return await group.reduce(into: [Int]()) { $0.append($1) }
    }
    #expect(results.sorted() == Array(0..<64))
    #expect(counters.peak.load(ordering: .relaxed) <= 2)
  }
}

/// How many pool jobs run now, and the most that ran at once.
private final class Counters: Sendable {
  let running = Atomic<Int>(0)
  let peak = Atomic<Int>(0)
}
