import Botocore

/// Derives an operation's CLI options from its model, as the AWS CLI does before its customizations
/// (`Documentation/CLILayer.md` §1): members, then pagination, then `outfile` or the per-command options.
enum ParameterDerivation {
  static func parameters(for operation: Operation, in model: ServiceModel, layer: CLILayer) -> [CLIParameter] {
    var result: [CLIParameter] = []
    let input = model.inputShape(of: operation)
    for member in input?.members ?? [] {
      guard let shape = model.shape(for: member.reference) else { continue }
      let isBoolean = shape.type == .boolean
      result.append(
        CLIParameter(
          name: "--" + CLIName.xform(member.name),
          origin: .member(member.name),
          typeName: CLIType.name(of: shape),
          reference: member.reference,
          isRequired: (input?.isRequired(member.name) ?? false) && !member.reference.idempotencyToken,
          arity: isBoolean ? .none : (shape.type == .list ? .zeroOrMore : .one),
          negatedName: isBoolean ? "--no-" + CLIName.xform(member.name) : nil,
          choices: shape.enumValues,
          documentation: member.reference.documentation ?? shape.documentation
        )
      )
    }
    if let paginator = model.paginators[operation.name] {
      addPagination(paginator, input: input, model: model, layer: layer, to: &result)
    }
    if hasStreamingOutput(operation, model: model) {
      result.append(
        CLIParameter(
          name: "outfile",
          origin: .custom,
          typeName: "string",
          isRequired: true,
          arity: .one,
          isPositional: true,
          completion: "file"
        )
      )
    } else {
      result += layer.commandOptions
    }
    return result
  }

  private static func addPagination(
    _ paginator: Paginator,
    input: Shape?,
    model: ServiceModel,
    layer: CLILayer,
    to result: inout [CLIParameter]
  ) {
    let hidden = Set(paginator.inputTokens + (paginator.limitKey.map { [$0] } ?? []))
    for index in result.indices where result[index].memberName.map(hidden.contains) == true {
      result[index].isHidden = true
    }
    let limitType =
      paginator.limitKey
      .flatMap { input?.member(named: $0) }
      .flatMap { model.shape(for: $0.reference) }
      .map(CLIType.name(of:)) ?? "integer"
    for var option in layer.paginationOptions {
      if option.name == "--page-size" && paginator.limitKey == nil { continue }
      if option.name != "--starting-token" { option.typeName = limitType }
      if let existing = result.firstIndex(where: { $0.name == option.name }) {
        result[existing] = option
      } else {
        result.append(option)
      }
    }
  }

  /// Whether the output's payload is a blob: the CLI then writes it to a positional `outfile`.
  private static func hasStreamingOutput(_ operation: Operation, model: ServiceModel) -> Bool {
    guard let output = model.outputShape(of: operation), let payload = output.payload,
      let member = output.member(named: payload), let shape = model.shape(for: member.reference)
    else { return false }
    return shape.type == .blob
  }
}
