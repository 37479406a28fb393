import ArgumentParser
import CLISchema

/// Finds the operation (or `wait` waiter) command named on the command line, or fails with the closest names.
enum CommandLookup {
  /// `SERVICE OPERATION`, or `SERVICE wait WAITER`.
  static func resolve(
    _ words: [String],
    in catalog: CommandCatalog,
    documentation: Bool = true
  ) throws
    -> OperationCommand
  {
    do {
      switch words.count {
      case 2:
        return try catalog.command(service: words[0], operation: words[1], documentation: documentation)
      case 3 where words[1] == "wait":
        return try catalog.waiterCommand(service: words[0], waiter: words[2], documentation: documentation)
      default:
        throw ValidationError("name a command as SERVICE OPERATION or SERVICE wait WAITER")
      }
    } catch let error as CatalogError {
      if case .registry = error { throw fail(error.description, status: 253) }
      throw fail(error.description, status: 252)
    }
  }
}
