import ArgumentParser
import CLISchema
import JSON

/// `argot services`: the service commands the AWS CLI offers with the models in use.
struct ServicesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "services",
    abstract: "List the service commands (aws SERVICE …).",
    discussion: "Prints one CLI service name per line, as `aws` accepts it (s3api, configservice, …)."
  )

  @Flag(name: .long, help: "Print JSON: each service's CLI name and botocore name, and the custom commands.")
  var json = false

  @Flag(name: .long, help: "Also list the commands the AWS CLI implements itself (s3, configure, …).")
  var includeCustom = false

  func run() throws {
    let catalog = try Catalog.load()
    let services = catalog.serviceCommands()
    if json {
      let entries: [JSONValue] = services.map { ["name": .string($0.name), "serviceName": .string($0.serviceName)] }
      let custom = catalog.customCommandNames.map { JSONValue.string($0) }
      print(
        JSONValue.object(JSONObject([("services", .array(entries)), ("customCommands", .array(custom))])).serialized(
          .pretty
        )
      )
      return
    }
    var names = services.map(\.name)
    if includeCustom { names = Array(Set(names).union(catalog.customCommandNames)).sorted() }
    print(names.joined(separator: "\n"))
  }
}
