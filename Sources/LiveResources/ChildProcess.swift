internal import Glibc

/// A program run to its end with no input, its standard output and error collected: what a listing needs from the
/// user's own `aws`. Started with `posix_spawn`, so nothing of this process (threads, locks) is copied into it.
struct ChildProcess: Sendable {
  /// How a run ended.
  enum Outcome: Sendable, Equatable {
    /// The program exited with this status.
    case exited(Int32)
    /// It was stopped after running longer than allowed.
    case timedOut
    /// It could not be started (`errno`'s message).
    case notStarted(String)
  }

  /// What the run gave.
  struct Result: Sendable {
    var outcome: Outcome
    var standardOutput: [UInt8]
    var standardError: [UInt8]
  }

  /// The program's path and its arguments (the first being its name).
  var arguments: [String]
  /// Variables to set (or replace) in the child's environment; the rest is this process's.
  var environment: [String: String] = [:]
  /// Output past this many bytes is dropped (the listing is then cut short, never the process's memory).
  var outputLimit = 8 << 20

  /// Runs the program and waits for it, for at most `seconds`; past that it is killed.
  func run(seconds: Double) -> Result {
    var output: [Int32] = [-1, -1]
    var errors: [Int32] = [-1, -1]
    guard Self.pipeClosedOnExec(&output) else { return failed() }
    guard Self.pipeClosedOnExec(&errors) else {
      close(output[0]); close(output[1])
      return failed()
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Its own process group, so a timeout stops whatever it started too.
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = Self.environment(with: environment).map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let status = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
    close(output[1])
    close(errors[1])
    guard status == 0 else {
      close(output[0]); close(errors[0])
      return Result(
        outcome: .notStarted(String(cString: strerror(status))),
        standardOutput: [],
        standardError: []
      )
    }
    var result = Result(outcome: .exited(0), standardOutput: [], standardError: [])
    let deadline = Self.now() + seconds
    var open = [output[0], errors[0]]
    var timedOut = false
    while !open.isEmpty {
      let left = deadline - Self.now()
      if left <= 0 {
        timedOut = true
        break
      }
      var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(left * 1000, 1000)) + 1)
      if ready < 0 && errno != EINTR { break }
      for entry in descriptors where entry.revents != 0 {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
        if count > 0 {
          if entry.fd == output[0] {
            if result.standardOutput.count < outputLimit { result.standardOutput += buffer[0..<count] }
          } else if result.standardError.count < 65536 {
            result.standardError += buffer[0..<count]
          }
        } else if count == 0 || errno != EINTR {
          close(entry.fd)
          open.removeAll { $0 == entry.fd }
        }
      }
    }
    for descriptor in open { close(descriptor) }
    if timedOut { kill(-child, SIGKILL) }
    var exit: Int32 = 0
    while waitpid(child, &exit, 0) < 0 && errno == EINTR {}
    if timedOut {
      result.outcome = .timedOut
    } else {
      // WIFEXITED / WEXITSTATUS, which Swift cannot import.
      result.outcome = .exited((exit & 0x7f) == 0 ? (exit >> 8) & 0xff : 128 + (exit & 0x7f))
    }
    return result
  }

  /// A pipe whose ends other children do not inherit (the spawned one gets its own copies through `dup2`).
  private static func pipeClosedOnExec(_ ends: inout [Int32]) -> Bool {
    guard pipe(&ends) == 0 else { return false }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return true
  }

  private func failed() -> Result {
    Result(outcome: .notStarted(String(cString: strerror(errno))), standardOutput: [], standardError: [])
  }

  /// This process's environment with `changes` applied, as `NAME=value` strings.
  static func environment(with changes: [String: String]) -> [String] {
    var result: [String] = []
    var index = 0
    while let entry = environ[index] {
      let text = String(cString: entry)
      let name = text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? text
      if changes[name] == nil { result.append(text) }
      index += 1
    }
    for (name, value) in changes.sorted(by: { $0.key < $1.key }) { result.append("\(name)=\(value)") }
    return result
  }

  /// Seconds on the monotonic clock.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
