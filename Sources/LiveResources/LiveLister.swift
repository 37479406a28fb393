import FileSystem
internal import Glibc
import JSON
import Synchronization

/// Lists what exists in the user's AWS account, by running the user's own `aws` (so credentials, profiles, SSO and
/// endpoints are exactly theirs, and argot never holds a credential), and keeps the answers for a while in a
/// store every argot process of the user shares (`ListingStore`).
///
/// A question waits at most `budget` seconds: a listing that takes longer goes on in the background and fills the
/// store for the next question, which is answered at once. Answers older than `freshness` are still given while a
/// new listing runs in the background; failures (no credentials, access denied, no network) are kept for
/// `failureFreshness` so a Tab does not start a new `aws` each time.
///
/// - Important: thread-safe.
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
  let store: ListingStore
  private let switchedOn: Atomic<Bool>

  /// Whether listings run: a front end may switch live completion on and off while it runs (an editor's
  /// setting); when off, questions get no values and start nothing.
  public var isOn: Bool { switchedOn.load(ordering: .relaxed) }

  /// Switches listing on or off.
  public func switchOn(_ on: Bool) { switchedOn.store(on, ordering: .relaxed) }

  /// A lister running `program`, keeping listings under `cacheDirectory` (in its `live` folder).
  public init(
    program: String,
    cacheDirectory: String,
    budget: Double = 1.0,
    freshness: Double = 300,
    failureFreshness: Double = 30,
    timeout: Double = 60,
    maxItems: Int = 1000,
    isOn: Bool = true
  ) {
    self.switchedOn = Atomic(isOn)
    self.program = program
    self.store = ListingStore(directory: FileSystem.join(cacheDirectory, "live"))
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
    return answer(arguments, title: listing.title, lastPathSegment: listing.lastPathSegment)
  }

  /// Buckets (for `s3://` and a prefix of a bucket name), or the folders and objects under a prefix of a bucket
  /// (`s3://bucket/logs/2026-`), one level at a time (`/` is the delimiter).
  public func s3Entries(under uri: String, in context: LiveContext) -> LiveAnswer {
    let location = S3Location(uri)
    guard let bucket = location.bucket else {
      var arguments = [program, "s3api", "list-buckets"] + context.arguments
      arguments += ["--query", "Buckets[].Name", "--output", "json"]
      let answer = answer(arguments, title: "s3api list-buckets", lastPathSegment: false)
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
      "--query", "[CommonPrefixes[].[Prefix, 'folder'], Contents[].[Key, 'object']][]", "--output", "json",
      "--max-items", String(maxItems),
    ]
    let answer = answer(arguments, title: "s3api list-objects-v2", lastPathSegment: false)
    return LiveAnswer(
      values: answer.values.map { LiveValue("s3://\(bucket)/\($0.value)", description: $0.description) },
      message: answer.message,
      isPending: answer.isPending
    )
  }

  // MARK: Store and budget

  private func answer(_ arguments: [String], title: String, lastPathSegment: Bool) -> LiveAnswer {
    guard isOn else { return LiveAnswer(values: []) }
    let deadline = ChildProcess.now() + budget
    var started = false
    while true {
      let now = Self.wallClock()
      switch store.record(for: arguments) {
      case .finished(let at, let status, let output, let errors):
        if status == 0, let values = Self.values(fromOutput: output, lastPathSegment: lastPathSegment) {
          // Old values are still given; a new listing runs for the next question.
          if now - at >= freshness && !started {
            _ = store.start(arguments, timeout: timeout, environment: environment)
          }
          return LiveAnswer(values: values)
        }
        if now - at < failureFreshness || started {
          let message =
            status == 0
            ? "\(title) gave output argot cannot read"
            : status == 137 || status == 124
              ? "\(title) took longer than \(Int(timeout)) s"
              : ListingFailure.message(standardError: errors, status: status, title: title)
          return LiveAnswer(values: [], message: message)
        }
        started = true
        if let problem = store.start(arguments, timeout: timeout, environment: environment) {
          return LiveAnswer(values: [], message: problem)
        }
      case .running(let since) where now - since < timeout + 5:
        break
      case .none, .running:
        guard !started else { break }
        started = true
        if let problem = store.start(arguments, timeout: timeout, environment: environment) {
          return LiveAnswer(values: [], message: problem)
        }
      }
      if ChildProcess.now() >= deadline {
        return LiveAnswer(values: [], message: "listing \(title)…", isPending: true)
      }
      Self.sleep(milliseconds: 10)
    }
  }

  static func sleep(milliseconds: Int) {
    var time = timespec(tv_sec: 0, tv_nsec: milliseconds * 1_000_000)
    _ = nanosleep(&time, nil)
  }

  /// Seconds since the epoch (what file times count).
  static func wallClock() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
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
