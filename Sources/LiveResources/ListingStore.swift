internal import FileSystem
internal import Glibc

/// The listings on disk, shared by every argot process of the user (the shell coprocess, the one-shot runs fish
/// makes, the editor's server, the prompt): one folder per listing, named after a hash of its `aws` command,
/// holding the command's output, its error output and its exit status, written by the listing itself as it ends.
///
/// A listing runs detached from the process that asked (`/bin/sh` starts it in the background and returns), so a
/// one-shot run that answers within its budget leaves the listing going for the next Tab. The folder is the
/// user's alone (mode 0700); nothing in it is a credential, only what the listing printed.
struct ListingStore: Sendable {
  /// `…/live` under argot's cache folder.
  var directory: String

  /// What the store holds for one listing.
  enum Record: Sendable, Equatable {
    /// Nothing, or nothing readable.
    case none
    /// A listing is running (started at this wall-clock second).
    case running(since: Double)
    /// A listing ended at this wall-clock second, with this status, output and error output.
    case finished(at: Double, status: Int32, output: [UInt8], errors: [UInt8])
  }

  /// The folder for a listing's `arguments`.
  func folder(for arguments: [String]) -> String {
    // FNV-1a over the arguments, each ended by a zero byte: a name the same in every process.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for argument in arguments {
      for byte in argument.utf8 + [0] {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
    }
    let hex = String(hash, radix: 16)
    return FileSystem.join(directory, String(repeating: "0", count: 16 - hex.count) + hex)
  }

  /// What is stored for `arguments`.
  func record(for arguments: [String]) -> Record {
    let folder = folder(for: arguments)
    let statusPath = FileSystem.join(folder, "status")
    if let stored = FileSystem.status(of: statusPath), !stored.isDirectory,
      let text = try? FileSystem.readText(statusPath),
      let status = Int32(text.filter { !$0.isWhitespace }),
      let command = try? FileSystem.readText(FileSystem.join(folder, "command")),
      command == Self.commandText(arguments)
    {
      let output = (try? FileSystem.readFile(FileSystem.join(folder, "out"))) ?? []
      let errors = (try? FileSystem.readFile(FileSystem.join(folder, "err"))) ?? []
      let finished = Double(stored.modified) / 1e9
      if let running = FileSystem.status(of: FileSystem.join(folder, "running")),
        Double(running.modified) / 1e9 > finished
      {
        return .running(since: Double(running.modified) / 1e9)
      }
      return .finished(at: finished, status: status, output: output, errors: errors)
    }
    if let running = FileSystem.status(of: FileSystem.join(folder, "running")) {
      return .running(since: Double(running.modified) / 1e9)
    }
    return .none
  }

  /// Starts `arguments` in the background, its results going to the listing's folder; stopped after `timeout`
  /// seconds. Returns an error message when it could not be started.
  func start(_ arguments: [String], timeout: Double, environment: [String: String]) -> String? {
    let folder = folder(for: arguments)
    do {
      try FileSystem.createDirectories(folder)
      chmod(directory, 0o700)
      try FileSystem.writeText(FileSystem.join(folder, "command"), Self.commandText(arguments))
      try FileSystem.writeText(FileSystem.join(folder, "running"), "")
    } catch {
      return "cannot write the listing cache in \(directory): \(error)"
    }
    // The subshell outlives this `sh` (which returns at once), so neither this process nor its end stops it;
    // each file appears whole (written aside, then renamed), `status` last.
    let script = """
      umask 077
      (
        trap '' HUP
        if command -v timeout >/dev/null 2>&1; then limit="timeout -s KILL \(Int(timeout.rounded(.up)))"; else limit=; fi
        $limit "$@" >"$0/out.part" 2>"$0/err.part"
        code=$?
        mv -f "$0/out.part" "$0/out"
        mv -f "$0/err.part" "$0/err"
        echo $code >"$0/status.part"
        mv -f "$0/status.part" "$0/status"
        rm -f "$0/running"
      ) </dev/null >/dev/null 2>&1 &
      """
    let launcher = ChildProcess(arguments: ["/bin/sh", "-c", script, folder] + arguments, environment: environment)
    let result = launcher.run(seconds: 10)
    if case .notStarted(let reason) = result.outcome { return "cannot run /bin/sh: \(reason)" }
    return nil
  }

  static func commandText(_ arguments: [String]) -> String {
    arguments.map { $0.replacingNewlines() }.joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
  }
}
