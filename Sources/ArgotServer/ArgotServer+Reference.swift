import ArgotProtocol
import CLISchema
import CommandReference
import JSONRPC
import Skeleton

extension ArgotServer {
  /// `argot/schema`: the `argot-schema/1` document, or the JSON Schema of the `--cli-input-json` document.
  func schema(_ request: SchemaRequest) throws(ResponseError) -> SchemaResult {
    let command = try command(request.command)
    switch request.format {
    case .argot:
      let document = ParameterSchemaDocument(
        command: command, layer: catalog.layer, includeGlobalOptions: request.includesGlobalOptions)
      return SchemaResult(document: document.json)
    case .jsonSchema:
      return SchemaResult(document: InputJSONSchema(command: command).json)
    }
  }

  /// `argot/doc`: the reference page.
  func doc(_ request: DocRequest) throws(ResponseError) -> TextResult {
    let command = try command(request.command)
    let page = HelpPage(command: command, layer: catalog.layer, options: HelpPage.Options(width: request.width))
    return TextResult(text: page.render())
  }

  /// `argot/skeleton`: what `--generate-cli-skeleton` prints.
  func skeleton(_ request: SkeletonRequest) throws(ResponseError) -> TextResult {
    let command = try command(request.command)
    guard let kind = SkeletonKind(rawValue: request.kind) else {
      throw ParamsObject.invalid("kind", "must be one of \(SkeletonKind.allCases.map(\.rawValue))")
    }
    let options = SkeletonOptions(
      requiredOnly: request.requiredOnly, prefill: request.prefill,
      unionMembers: request.oneUnionMember ? .first : .all)
    let generator = SkeletonGenerator(model: command.model, options: options)
    return TextResult(text: generator.text(for: command.operation, kind: kind))
  }
}
