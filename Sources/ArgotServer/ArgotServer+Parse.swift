import ArgotProtocol
import CLISchema
import Invocation
import JSONRPC

extension ArgotServer {
  /// `argot/parse`: the request parameters and every diagnostic.
  func parse(_ request: ParseRequest) throws(ResponseError) -> ParseResult {
    let invocation = run(request.input, partial: request.isPartial)
    let command = invocation.command.map { command in
      CommandName(
        service: command.service.name,
        operation: command.waiter == nil ? command.name : "wait \(command.name)"
      )
    }
    return ParseResult(
      command: command,
      params: invocation.parameters,
      diagnostics: Diagnostic.all(of: invocation, input: request.input)
    )
  }

  /// `argot/validate`: the diagnostics alone; an `input` document's command must exist.
  func validate(_ request: ValidateRequest) throws(ResponseError) -> ValidateResult {
    if case .input(let name, _) = request.input { _ = try command(name) }
    let invocation = run(request.input, partial: request.isPartial)
    return ValidateResult(diagnostics: Diagnostic.all(of: invocation, input: request.input))
  }

  private func run(_ input: CommandInput, partial: Bool) -> Invocation {
    let parser = InvocationParser(catalog: catalog)
    let invocation = parser.parse(input, options: InvocationOptions(mode: partial ? .partial : .full))
    if let service = invocation.service?.name, service == input.probableService { markWarm(service) }
    return invocation
  }
}
