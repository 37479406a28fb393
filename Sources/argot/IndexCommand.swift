import ArgumentParser
import Glibc
import NativeThreads
import SchemaRegistry
import Synchronization

/// `argot index`: builds the model index for every service (or the ones named) in parallel, or says what is built.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build the model index for every service (or the ones named), or show its state.",
    discussion: """
      argot answers from an index of the botocore models, one file per service, built when a service is first \
      used. `argot index` builds it ahead of time for every service (or the ones named), on all cores; files \
      that are current are kept. A progress bar is shown on a terminal; otherwise nothing is printed unless \
      a service fails. `--status` says what is built, where, and for which botocore.
      """
  )

  @Argument(help: "Botocore service names (all services when none is given).")
  var services: [String] = []

  @Flag(name: .long, help: "Show which services are indexed, where, and for which botocore; build nothing.")
  var status = false

  func run() throws {
    let registry = try Catalog.load(announcingFallback: false).registry
    let names = services.isEmpty ? registry.serviceNames() : services
    if status {
      printStatus(registry, names)
      return
    }
    guard registry.cacheDirectory != nil else {
      throw ValidationError("the cache is off (ARGOT_CACHE_DIR=off): there is nowhere to write the index")
    }
    let failures = IndexBuilder(registry: registry, services: names).run(showingProgress: isatty(2) == 1)
    for (service, message) in failures { printError("argot: \(service): \(message)") }
    if !failures.isEmpty { throw ExitCode(1) }
  }

  private func printStatus(_ registry: ModelRegistry, _ names: [String]) {
    var current = 0
    var bytes = 0
    var stale: [String] = []
    var missing: [String] = []
    var damaged: [String] = []
    var embedded = 0
    for name in names {
      switch registry.indexState(of: name) {
      case .current(let size):
        current += 1
        bytes += size
      case .stale: stale.append(name)
      case .missing: missing.append(name)
      case .damaged(let reason): damaged.append("\(name) (\(reason))")
      case .notOnDisk: embedded += 1
      }
    }
    let folder = registry.indexPath(of: "_").map { String($0.dropLast("/_.argotindex".count)) } ?? "off"
    print("index: \(folder)")
    print("models: \(registry.searchPath.botocoreDataDirectory ?? "embedded default")")
    print("botocore: \(registry.botocoreVersion ?? "unknown")")
    let megabytes = Double(bytes) / 1_000_000
    let rounded = (megabytes * 10).rounded() / 10
    print("services: \(names.count - embedded), indexed \(current) (\(rounded) MB)")
    if !stale.isEmpty { print("stale (models changed): \(stale.joined(separator: " "))") }
    if !missing.isEmpty {
      print("missing: \(missing.count <= 20 ? missing.joined(separator: " ") : "\(missing.count) services")")
    }
    if !damaged.isEmpty { print("damaged: \(damaged.joined(separator: ", "))") }
  }

  private func printError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  }
}

/// Builds index files for many services on one thread per core, each taking the next unbuilt service.
final class IndexBuilder: Sendable {
  private let registry: ModelRegistry
  private let services: [String]
  private let next = Atomic<Int>(0)
  private let done = Atomic<Int>(0)
  private let failures = Mutex<[(String, String)]>([])

  init(registry: ModelRegistry, services: [String]) {
    self.registry = registry
    self.services = services
  }

  /// Builds everything; returns the services that failed with their messages, in order.
  func run(showingProgress: Bool) -> [(String, String)] {
    let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    let workers = min(cores, services.count)
    for _ in 0..<workers { NativeThread.detach { self.work() } }
    var shown = -1
    while done.load(ordering: .acquiring) < services.count {
      let count = done.load(ordering: .acquiring)
      if showingProgress, count != shown {
        drawProgress(count)
        shown = count
      }
      usleep(20_000)
    }
    if showingProgress {
      drawProgress(services.count)
      write(2, "\n", 1)
    }
    return failures.withLock { $0 }.sorted { $0.0 < $1.0 }
  }

  private func work() {
    while true {
      let position = next.add(1, ordering: .relaxed).oldValue
      guard position < services.count else { return }
      do {
        _ = try registry.buildIndex(of: services[position])
      } catch {
        failures.withLock { $0.append((services[position], "\(error)")) }
      }
      done.add(1, ordering: .releasing)
    }
  }

  private func drawProgress(_ count: Int) {
    let width = 30
    let filled = services.isEmpty ? width : count * width / services.count
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    let line = "\rindexing [\(bar)] \(count)/\(services.count)"
    let bytes = Array(line.utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  }
}
