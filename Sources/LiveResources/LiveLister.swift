internal import Glibc
import JSON
import NativeThreads
import Synchronization

/// Lists what exists in the user's AWS account, by running the user's own `aws` (so credentials, profiles, SSO and
/// endpoints are exactly theirs, and argot never holds a credential), and keeps the answers for a while.
///
/// A question waits at most `budget` seconds: a listing that takes longer goes on in the background and fills the
/// cache for the next question, which is answered at once. Answers older than `freshness` are still given while a
/// new listing runs in the background; failures (no credentials, access denied, no network) are kept for
/// `failureFreshness` so a Tab does not start a new `aws` each time.
///
/// - Important: thread-safe; meant for the resident server (shell coprocess, editor, prompt), not one-shot runs.
public final class LiveLister: Sendable {
  /// The `aws` program run for listings.
  public let program: String
  /// How long a question may wait for a listing, in seconds.
  public let budget: Double
  /// How long a listing is used without listing again, in seconds.
  public let freshness: Double
  /// How long a failure is remembered, in seconds.
  public let failureFreshness: Double
  /// How long a listing may run before it is stopped, in seconds.
  public let timeout: Double
  /// At most this many items of a paginated listing (`--max-items`).
  public let maxItems: Int
  /// Variables set for `aws` (a pager would wait for a terminal; v2's auto-prompt must stay off).
  let environment: [String: String] = ["AWS_PAGER": "", "AWS_CLI_AUTO_PROMPT": "off"]

  private let entries = Mutex<[Key: Entry]>([:])

  struct Key: Hashable, Sendable {
    var arguments: [String]
  }

  struct Entry: Sendable {
    var values: [LiveValue]?
    var failure: String?
    var finishedAt: Double = 0
    var running = false
  }

  /// A lister running `program`.
  public init(
    program: String,
    budget: Double = 1.0,
    freshness: Double = 300,
    failureFreshness: Double = 30,
    timeout: Double = 60,
    maxItems: Int = 1000
  ) {
    self.program = program
    self.budget = budget
    self.freshness = freshness
    self.failureFreshness = failureFreshness
    self.timeout = timeout
    self.maxItems = maxItems
  }

  /// The values of `listing` where `context` points, within the budget.
  public func values(of listing: ResourceListing, in context: LiveContext) -> LiveAnswer {
    var arguments = [program, listing.service, listing.operation] + listing.arguments + context.arguments
    arguments += ["--query", listing.query, "--output", "json"]
    if listing.paginated { arguments += ["--max-items", String(maxItems)] }
    return answer(Key(arguments: arguments), title: listing.title) { output in
      Self.values(fromOutput: output, lastPathSegment: listing.lastPathSegment)
    }
  }

  /// Buckets (for `s3://` and a prefix of a bucket name), or the folders and objects under a prefix of a bucket
  /// (`s3://bucket/logs/2026-`), one level at a time (`/` is the delimiter).
  public func s3Entries(under uri: String, in context: LiveContext) -> LiveAnswer {
    let location = S3Location(uri)
    guard let bucket = location.bucket else {
      var arguments = [program, "s3api", "list-buckets"] + context.arguments
      arguments += ["--query", "Buckets[].Name", "--output", "json"]
      let answer = answer(Key(arguments: arguments), title: "s3api list-buckets") { output in
        Self.values(fromOutput: output, lastPathSegment: false)
      }
      return LiveAnswer(
        values: answer.values.map { LiveValue("s3://\($0.value)/", description: "bucket") },
        message: answer.message,
        isPending: answer.isPending
      )
    }
    let prefix = location.folder
    var arguments = [program, "s3api", "list-objects-v2", "--bucket", bucket, "--delimiter", "/"]
    if !prefix.isEmpty { arguments += ["--prefix", prefix] }
    arguments += context.arguments
    arguments += [
      "--query", "[CommonPrefixes[].[Prefix, 'folder'], Contents[].[Key, 'object']][][]", "--output", "json",
      "--max-items", String(maxItems),
    ]
    let answer = answer(Key(arguments: arguments), title: "s3api list-objects-v2") { output in
      Self.values(fromOutput: output, lastPathSegment: false)
    }
    return LiveAnswer(
      values: answer.values.map { LiveValue("s3://\(bucket)/\($0.value)", description: $0.description) },
      message: answer.message,
      isPending: answer.isPending
    )
  }

  // MARK: Cache and budget

  private func answer(
    _ key: Key,
    title: String,
    read: @escaping @Sendable ([UInt8]) -> [LiveValue]?
  ) -> LiveAnswer {
    let now = ChildProcess.now()
    let (cached, start) = entries.withLock { table -> (Entry?, Bool) in
      let entry = table[key]
      if let entry, entry.running { return (entry, false) }
      if let entry, entry.values != nil, now - entry.finishedAt < freshness { return (entry, false) }
      if let entry, entry.failure != nil, now - entry.finishedAt < failureFreshness { return (entry, false) }
      var updated = entry ?? Entry()
      updated.running = true
      table[key] = updated
      return (entry, true)
    }
    if start { launch(key, title: title, read: read) }
    if let values = cached?.values { return LiveAnswer(values: values) }
    if let failure = cached?.failure, cached?.running == false { return LiveAnswer(values: [], message: failure) }
    // Nothing listed yet: wait for the listing, within the budget.
    let deadline = now + budget
    while ChildProcess.now() < deadline {
      let entry = entries.withLock { $0[key] }
      if let entry, !entry.running {
        if let values = entry.values { return LiveAnswer(values: values) }
        return LiveAnswer(values: [], message: entry.failure)
      }
      Self.sleep(milliseconds: 5)
    }
    return LiveAnswer(values: [], message: "listing \(title)…", isPending: true)
  }

  private func launch(_ key: Key, title: String, read: @escaping @Sendable ([UInt8]) -> [LiveValue]?) {
    let process = ChildProcess(arguments: key.arguments, environment: environment)
    let timeout = self.timeout
    NativeThread.detach { [self] in
      let result = process.run(seconds: timeout)
      var values: [LiveValue]?
      var failure: String?
      switch result.outcome {
      case .exited(0):
        values = read(result.standardOutput)
        if values == nil { failure = "\(title) gave output argot cannot read" }
      case .exited(let status):
        failure = ListingFailure.message(standardError: result.standardError, status: status, title: title)
      case .timedOut:
        failure = "\(title) took longer than \(Int(timeout)) s"
      case .notStarted(let reason):
        failure = "cannot run \(key.arguments[0]): \(reason)"
      }
      self.entries.withLock { table in
        var entry = table[key] ?? Entry()
        entry.running = false
        entry.finishedAt = ChildProcess.now()
        if let values {
          entry.values = values
          entry.failure = nil
        } else {
          // A failed refresh keeps the values listed before.
          entry.failure = failure
        }
        table[key] = entry
      }
    }
  }

  static func sleep(milliseconds: Int) {
    var time = timespec(tv_sec: 0, tv_nsec: milliseconds * 1_000_000)
    _ = nanosleep(&time, nil)
  }

  /// Identifiers from `aws … --output json`: a list whose items are identifiers or `[identifier, description]`
  /// pairs (nested lists are flattened); null and empty identifiers are dropped. Nil when the output is not that.
  static func values(fromOutput output: [UInt8], lastPathSegment: Bool) -> [LiveValue]? {
    let trimmed = output.filter { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }
    if trimmed.isEmpty || trimmed == Array("null".utf8) { return [] }
    guard let document = try? JSONValue(parsing: output), let items = document.arrayValue else { return nil }
    var result: [LiveValue] = []
    var seen: Set<String> = []
    func text(_ value: JSONValue) -> String? {
      switch value {
      case .string(let string): string
      case .integer(let number): String(number)
      case .bool(let flag): String(flag)
      default: nil
      }
    }
    func add(_ identifier: String?, _ description: String?) {
      guard var identifier, !identifier.isEmpty else { return }
      if lastPathSegment, let slash = identifier.lastIndex(of: "/") {
        identifier = String(identifier[identifier.index(after: slash)...])
      }
      if seen.insert(identifier).inserted {
        result.append(LiveValue(identifier, description: description.flatMap { $0.isEmpty ? nil : $0 }))
      }
    }
    func item(_ value: JSONValue) {
      guard case .array(let parts) = value else { return add(text(value), nil) }
      if parts.count == 2, text(parts[0]) != nil, parts[1].arrayValue == nil {
        add(text(parts[0]), text(parts[1]))
      } else {
        parts.forEach(item)
      }
    }
    items.forEach(item)
    return result
  }
}
