import ArgotProtocol
import CLISchema
import JSONRPC
import Suggestions

extension ArgotServer {
  /// The command named by a request, built once and then kept.
  func command(_ name: CommandName) throws(ResponseError) -> OperationCommand {
    if let known = commands[name] { return known }
    let built: OperationCommand
    do throws(CatalogError) {
      if let waiter = name.waiter {
        built = try catalog.waiterCommand(service: name.service, waiter: waiter)
      } else {
        built = try catalog.command(service: name.service, operation: name.operation)
      }
    } catch {
      throw ResponseError(error)
    }
    commands.store(built, for: name)
    markWarm(name.service)
    return built
  }

  /// The option typed as `name` (or its negative form or an alias); -32012 with the closest names otherwise.
  func parameter(
    _ name: String,
    of command: OperationCommand,
    in request: CommandName
  ) throws(ResponseError)
    -> CLIParameter
  {
    if let parameter = command.parameter(named: name) { return parameter }
    let candidates = command.parameters.filter { !$0.isHidden && !$0.isPositional }.flatMap { parameter in
      [parameter.name] + (parameter.negatedName.map { [$0] } ?? [])
    }
    throw .unknownOption(
      service: request.service,
      operation: request.operation,
      option: name,
      suggestions: ClosestNames.find(name, among: candidates)
    )
  }

  /// Whether the command was built before, so answering needs no model loading.
  func isBuilt(_ name: CommandName) -> Bool {
    commands[name] != nil
  }

  /// Whether a request about `service` has succeeded before, so its index is loaded.
  func isWarm(_ service: String) -> Bool {
    warmServices.withLock { $0.contains(service) }
  }

  /// Whether the service a command line names (as far as a quick look tells) is loaded.
  func isWarm(_ input: CommandInput) -> Bool {
    guard let service = input.probableService else { return true }
    return isWarm(service)
  }

  /// Records that a request about `service` succeeded.
  func markWarm(_ service: String) {
    if isWarm(service) { return }
    warmServices.withLock { _ = $0.insert(service) }
  }

  /// Whether `argot/services` was answered before.
  var hasServiceList: Bool {
    serviceList.withLock { $0 != nil }
  }
}

extension CommandInput {
  /// The service a command line probably names: the first word after the program that is not an option. Used
  /// only to decide where to run the request; the engine does the real parse.
  var probableService: String? {
    switch self {
    case .argv(let words):
      return words.dropFirst().first { !$0.hasPrefix("-") }
    case .line(let line):
      return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first { !$0.hasPrefix("-") }
        .map(String.init)
    case .input(let command, _):
      return command.service
    }
  }
}
