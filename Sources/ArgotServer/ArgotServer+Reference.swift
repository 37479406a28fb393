import ArgotProtocol
import CLISchema
import CommandReference
import JSONRPC
import Skeleton

extension ArgotServer {
  /// `argot/schema`: the `argot-schema/1` document, or the JSON Schema of the `--cli-input-json` document.
  func schema(_ request: SchemaRequest) throws(ResponseError) -> SchemaResult {
    let key = DocumentKey.schema(request.command, request.format, globalOptions: request.includesGlobalOptions)
    let document = try documents.value(for: key) { () throws(ResponseError) in
      let command = try command(request.command)
      switch request.format {
      case .argot:
        return ParameterSchemaDocument(
          command: command,
          layer: catalog.layer,
          includeGlobalOptions: request.includesGlobalOptions
        ).json
      case .jsonSchema:
        return InputJSONSchema(command: command).json
      }
    }
    return SchemaResult(document: document)
  }

  /// `argot/doc`: the reference page.
  func doc(_ request: DocRequest) throws(ResponseError) -> TextResult {
    let page = try documents.value(for: .doc(request.command, width: request.width)) { () throws(ResponseError) in
      let command = try command(request.command)
      let options = HelpPage.Options(width: request.width)
      return .string(HelpPage(command: command, layer: catalog.layer, options: options).render())
    }
    return TextResult(text: page.stringValue ?? "")
  }

  /// `argot/skeleton`: what `--generate-cli-skeleton` prints.
  func skeleton(_ request: SkeletonRequest) throws(ResponseError) -> TextResult {
    let command = try command(request.command)
    guard let kind = SkeletonKind(rawValue: request.kind) else {
      throw ParamsObject.invalid("kind", "must be one of \(SkeletonKind.allCases.map(\.rawValue))")
    }
    let options = SkeletonOptions(
      requiredOnly: request.requiredOnly,
      prefill: request.prefill,
      unionMembers: request.oneUnionMember ? .first : .all
    )
    let generator = SkeletonGenerator(model: command.model, options: options)
    return TextResult(text: generator.text(for: command.operation, kind: kind))
  }
}

/// What a cached document answers.
enum DocumentKey: Hashable, Sendable {
  /// `argot/schema`.
  case schema(CommandName, SchemaRequest.Format, globalOptions: Bool)
  /// `argot/doc`.
  case doc(CommandName, width: Int)
}
