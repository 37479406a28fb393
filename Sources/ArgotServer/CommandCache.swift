import ArgotProtocol
import CLISchema
import Synchronization

/// The operation commands the server has built, by name, so that the requests of an editor session about the
/// same few commands do not rebuild them from the model each time.
///
/// Only successes are kept. The cache is bounded: when it holds `capacity` commands it starts afresh.
final class CommandCache: Sendable {
  private let commands = Mutex<[CommandName: OperationCommand]>([:])
  /// The most commands kept.
  let capacity: Int

  init(capacity: Int = 4096) {
    self.capacity = capacity
  }

  /// The command, if it was built before.
  subscript(name: CommandName) -> OperationCommand? {
    commands.withLock { $0[name] }
  }

  /// Keeps a command.
  func store(_ command: OperationCommand, for name: CommandName) {
    commands.withLock { commands in
      if commands.count >= capacity { commands.removeAll(keepingCapacity: true) }
      commands[name] = command
    }
  }
}
