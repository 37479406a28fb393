import ArgumentParser
import CLISchema
import CommandReference

/// `argot schema SERVICE OPERATION`: every option of a command as JSON, or the JSON Schema of its input.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print a command's parameters as JSON (names, types, constraints, docs, shorthand and JSON syntax).",
    discussion: """
      The document's layout is specified by Schemas/argot-schema.schema.json. With --json-schema, prints instead \
      a JSON Schema (draft-07) of the command's --cli-input-json document, for editors and validators.

      Example: argot schema directconnect create-bgp-peer
      """
  )

  @Argument(help: "SERVICE OPERATION, or SERVICE wait WAITER.")
  var command: [String]

  @Flag(name: .customLong("json-schema"), help: "Print a JSON Schema of the --cli-input-json document instead.")
  var jsonSchema = false

  @Flag(name: .customLong("no-global-options"), help: "Leave the global options out of the document.")
  var noGlobalOptions = false

  func run() throws {
    let catalog = try Catalog.load()
    let operation = try CommandLookup.resolve(command, in: catalog)
    if jsonSchema {
      print(InputJSONSchema(command: operation).serialized(), terminator: "\n")
    } else {
      let document = ParameterSchemaDocument(
        command: operation,
        layer: catalog.layer,
        includeGlobalOptions: !noGlobalOptions
      )
      print(document.serialized())
    }
  }
}
