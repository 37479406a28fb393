import ArgumentParser
import CLISchema
import JSON

/// `argot operations SERVICE`: the operation commands of a service.
struct OperationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "operations",
    abstract: "List the operation commands of a service (aws SERVICE OPERATION …).",
    discussion: """
      Prints one CLI operation name per line, then the waiters as `wait NAME`. With --options, each command is \
      followed by its options; with --all, every service is listed.
      """
  )

  @Argument(help: "The service's CLI name, e.g. directconnect.")
  var service: String?

  @Flag(name: .long, help: "List every service's operations.")
  var all = false

  @Flag(name: .long, help: "Include each command's options.")
  var options = false

  @Flag(name: .long, help: "Print JSON.")
  var json = false

  func validate() throws {
    if all == (service != nil) { throw ValidationError("name one SERVICE, or pass --all") }
  }

  func run() throws {
    let catalog = try Catalog.load()
    let services: [ServiceCommand]
    if all {
      services = catalog.serviceCommands()
    } else {
      do {
        services = [try catalog.serviceCommand(named: service!)]
      } catch {
        throw fail(error.description, status: 252)
      }
    }
    var report = JSONObject()
    var lines: [String] = []
    for service in services {
      var commands = JSONObject()
      do {
        let entries = try catalog.operations(of: service).map { ($0.name, false) }
          + (try catalog.waiters(of: service)).map { ("wait " + $0.name, true) }
        for (name, isWaiter) in entries {
          var optionNames: [String] = []
          if options {
            let command = isWaiter
              ? try catalog.waiterCommand(service: service.name, waiter: String(name.dropFirst(5)))
              : try catalog.command(service: service.name, operation: name)
            for parameter in command.parameters {
              optionNames.append(parameter.name)
              if let negated = parameter.negatedName { optionNames.append(negated) }
            }
          }
          commands[name] = .array(optionNames.map { .string($0) })
          lines.append(all ? "\(service.name) \(name)" : name)
          if options && !json { lines += optionNames.map { "  \($0)" } }
        }
      } catch {
        throw fail(error.description)
      }
      report[service.name] = .object(commands)
    }
    if json {
      print(JSONValue.object(report).serialized(.pretty))
    } else {
      print(lines.joined(separator: "\n"))
    }
  }
}
