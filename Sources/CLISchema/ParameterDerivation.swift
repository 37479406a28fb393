import Botocore

/// Derives an operation's CLI options from its input shape, as the AWS CLI does before customizations.
enum ParameterDerivation {
  /// Options for every input member, in model order, then the pagination options if the operation pages.
  static func parameters(for operation: Operation, in model: ServiceModel, layer: CLILayer) -> [CLIParameter] {
    var result: [CLIParameter] = []
    let paginator = model.paginators[operation.name]
    let hiddenByPagination = Set(
      (paginator?.inputTokens ?? []) + (paginator?.limitKey.map { [$0] } ?? []))
    if let input = model.inputShape(of: operation) {
      for member in input.members {
        guard let shape = model.shape(for: member.reference) else { continue }
        let name = "--" + CLIName.xform(member.name)
        let typeName = CLIType.name(of: shape)
        let isBoolean = shape.type == .boolean
        let arity: CLIParameter.Arity = isBoolean ? .none : (shape.type == .list ? .oneOrMore : .one)
        result.append(
          CLIParameter(
            name: name,
            origin: .member(member.name),
            typeName: typeName,
            reference: member.reference,
            isRequired: input.isRequired(member.name) && !member.reference.idempotencyToken,
            arity: arity,
            negatedName: isBoolean ? "--no-" + CLIName.xform(member.name) : nil,
            choices: shape.enumValues,
            documentation: member.reference.documentation ?? shape.documentation,
            isHidden: hiddenByPagination.contains(member.name)
          ))
      }
    }
    if let paginator {
      let limitType = paginator.limitKey
        .flatMap { model.inputShape(of: operation)?.member(named: $0) }
        .flatMap { model.shape(for: $0.reference) }
        .map(CLIType.name(of:)) ?? "integer"
      for option in layer.paginationOptions {
        if option.name == "--page-size" && paginator.limitKey == nil { continue }
        var option = option
        if option.name != "--starting-token" { option.typeName = limitType }
        if let existing = result.firstIndex(where: { $0.name == option.name }) {
          result[existing] = option
        } else {
          result.append(option)
        }
      }
    }
    return result
  }
}
