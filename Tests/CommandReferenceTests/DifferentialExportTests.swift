import CLISchema
import CommandReference
import JSON
import Testing
import TextSnapshots

/// Writes what the Python differential tests (`Tests/Differential/test_schema_document.py`,
/// `test_json_syntax.py`, `test_input_schema.py`) compare with botocore and the AWS CLI, as snapshots recorded
/// from the pinned installed botocore. Skipped when that botocore is not installed.
@Suite struct DifferentialExportTests {
  /// Operations whose options exercise every JSON syntax form: nested structures, lists of structures, maps with
  /// scalar and structure values, enum keys, documents and recursive shapes.
  static let syntaxOperations: [(String, String)] = [
    ("directconnect", "create-bgp-peer"), ("directconnect", "create-interconnect"),
    ("ec2", "run-instances"), ("ec2", "describe-instances"), ("dynamodb", "put-item"), ("dynamodb", "query"),
    ("dynamodb", "create-table"), ("lambda", "create-function"), ("sqs", "create-queue"),
    ("ce", "get-cost-and-usage"), ("ecs", "register-task-definition"), ("s3", "put-bucket-lifecycle-configuration"),
    ("cloudformation", "create-stack"), ("bedrock-runtime", "converse"), ("glue", "create-table"),
  ]

  /// Operations whose `--cli-input-json` schema is checked against botocore's parameter validation.
  static let inputSchemaOperations: [(String, String)] = [
    ("directconnect", "create-bgp-peer"), ("directconnect", "create-interconnect"), ("ec2", "run-instances"),
    ("dynamodb", "put-item"), ("dynamodb", "create-table"), ("lambda", "create-function"), ("sqs", "create-queue"),
    ("ce", "get-cost-and-usage"), ("iam", "create-role"), ("bedrock-runtime", "converse"),
    ("cloudformation", "create-stack"), ("s3", "put-bucket-lifecycle-configuration"),
  ]

  @Test func jsonSyntaxBlocks() throws {
    guard let catalog = ReferenceFixtures.pinned else { return }
    var entries: [JSONValue] = []
    for (service, operation) in Self.syntaxOperations {
      let command = try catalog.command(service: service, operation: operation)
      for parameter in command.parameters {
        guard !parameter.isHidden, let member = parameter.memberName, let reference = parameter.reference,
          let shape = command.model.shape(for: reference), shape.type.isContainer
        else { continue }
        entries.append(
          .object(
            JSONObject([
              ("service", .string(command.service.serviceName)), ("operation", .string(command.operation.name)),
              ("member", .string(member)), ("option", .string(parameter.name)),
              ("jsonSyntax", .string(JSONSyntaxBlock.text(for: shape, in: command.model))),
              ("helpShowsJSONSyntax", .bool(JSONSyntaxBlock.text(for: parameter, in: command.model) != nil)),
            ])
          )
        )
      }
    }
    #expect(entries.count >= 36)
    try Snapshot.check(JSONValue.array(entries).serialized(.pretty) + "\n", named: "installed/json-syntax.json")
  }

  @Test func inputSchemas() throws {
    guard let catalog = ReferenceFixtures.pinned else { return }
    var schemas = JSONObject()
    for (service, operation) in Self.inputSchemaOperations {
      let command = try catalog.command(service: service, operation: operation)
      schemas["\(command.service.serviceName) \(command.operation.name)"] = InputJSONSchema(command: command).json
    }
    try Snapshot.check(JSONValue.object(schemas).serialized(.compact) + "\n", named: "installed/input-schemas.json")
  }

  @Test func schemaDocuments() throws {
    guard let catalog = ReferenceFixtures.pinned else { return }
    for (service, operation) in [("ce", "get-cost-and-usage"), ("sqs", "create-queue")] {
      let command = try catalog.command(service: service, operation: operation)
      let document = ParameterSchemaDocument(command: command, layer: ReferenceFixtures.layer)
      try Snapshot.check(document.serialized(), named: "installed/schema-\(service)-\(operation).json")
    }
  }

  /// A command with the real CLI layer: the renamed service, and a positional `outfile` instead of the
  /// per-command options.
  @Test func schemaDocumentWithTheRealLayer() throws {
    guard ReferenceFixtures.pinned != nil, let catalog = ReferenceFixtures.installedWithRealLayer else { return }
    let command = try catalog.command(service: "s3api", operation: "get-object")
    let document = ParameterSchemaDocument(command: command, layer: catalog.layer, includeGlobalOptions: false)
    try Snapshot.check(document.serialized(), named: "installed/schema-s3api-get-object.json")
  }
}
