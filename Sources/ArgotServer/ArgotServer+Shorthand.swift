import ArgotProtocol
import Botocore
import CLISchema
import Invocation
import JSON
import JSONRPC
import ShellScript
import Shorthand

extension ArgotServer {
  /// `argot/shorthand`: one option's value read as the AWS CLI reads it, with every problem and the value as far
  /// as it could be built.
  func shorthand(_ request: ShorthandRequest) throws(ResponseError) -> ShorthandResult {
    let argument = try shorthandArgument(request.command, option: request.option)
    let command = argument.command
    let result = ShorthandArgument.parse(
      words: request.words,
      shape: argument.shape,
      model: command.model,
      context: argument.context,
      fileLoader: .fileSystem
    )
    guard result.kind == .shorthand else { return try json(request, argument: argument) }
    var found = result.diagnostics + ShorthandArgument.validate(result, shape: argument.shape, model: command.model)
    if request.isPartial { found.removeAll { $0.code == "value.missing-required" } }
    let ordered = found.enumerated().sorted { left, right in
      (left.element.word, left.element.range.lowerBound, left.offset)
        < (right.element.word, right.element.range.lowerBound, right.offset)
    }
    let diagnostics = ordered.map { Diagnostic($0.element, option: argument.parameter.name, words: request.words) }
    return ShorthandResult(syntax: "shorthand", value: result.value, diagnostics: diagnostics)
  }

  /// `argot/format`: the option's words for a value, in shorthand when shorthand says it exactly, else JSON.
  func format(_ request: FormatRequest) throws(ResponseError) -> FormatResult {
    let argument = try shorthandArgument(request.command, option: request.option)
    if let words = ShorthandFormatter.formatWords(
      request.value,
      shape: argument.shape,
      model: argument.command.model,
      context: argument.context
    ) {
      return FormatResult(syntax: "shorthand", words: words, text: ShellQuote.join(words))
    }
    let word = request.value.serialized(.compact)
    return FormatResult(syntax: "json", words: [word], text: ShellQuote.join([word]))
  }

  /// A value that starts with `{` or `[`: JSON, read by the command-line engine as the AWS CLI reads it, with
  /// the diagnostics that point into the value's words.
  private func json(
    _ request: ShorthandRequest,
    argument: ShorthandArgumentTarget
  ) throws(ResponseError)
    -> ShorthandResult
  {
    let prefix = ["aws"] + request.command.words + [argument.parameter.name]
    let invocation = InvocationParser(catalog: catalog).parse(.argv(prefix + request.words))
    var diagnostics: [Diagnostic] = []
    for diagnostic in invocation.diagnostics {
      guard let location = diagnostic.location, location.wordIndex >= prefix.count,
        location.wordIndex < invocation.words.count
      else { continue }
      if request.isPartial && diagnostic.code == .missingRequiredParameter { continue }
      let word = location.wordIndex - prefix.count
      diagnostics.append(
        Diagnostic(
          severity: diagnostic.severity,
          code: diagnostic.code.rawValue,
          message: diagnostic.message,
          option: diagnostic.option,
          path: diagnostic.path,
          word: word,
          range: TextRange(location.range),
          utf16Range: TextRange(utf16Of: location.range, in: request.words[word]),
          suggestions: diagnostic.suggestions,
          awsMessage: diagnostic.awsMessage
        )
      )
    }
    return ShorthandResult(syntax: "json", value: invocation.parameters[argument.member], diagnostics: diagnostics)
  }

  /// The command, option, member and shape a shorthand request is about; -32015 when the option's value is
  /// not shorthand.
  private func shorthandArgument(_ name: CommandName, option: String) throws(ResponseError) -> ShorthandArgumentTarget {
    let command = try command(name)
    let parameter = try parameter(option, of: command, in: name)
    guard let member = parameter.memberName, let reference = parameter.reference,
      let shape = command.model.shape(for: reference), ShorthandArgument.acceptsShorthand(shape, in: command.model)
    else {
      throw .notShorthand(option: parameter.name, type: parameter.typeName)
    }
    let context = ShorthandArgumentContext(
      service: command.service.serviceName,
      operation: command.operation.name,
      member: member
    )
    return ShorthandArgumentTarget(
      command: command,
      parameter: parameter,
      member: member,
      shape: shape,
      context: context
    )
  }
}

/// What a shorthand request is about.
struct ShorthandArgumentTarget {
  var command: OperationCommand
  var parameter: CLIParameter
  var member: String
  var shape: Shape
  var context: ShorthandArgumentContext
}

extension Diagnostic {
  /// A shorthand diagnostic; its range is clamped to its word.
  init(_ diagnostic: ShorthandDiagnostic, option: String, words: [String]) {
    let text = words.indices.contains(diagnostic.word) ? words[diagnostic.word] : ""
    let count = text.unicodeScalars.count
    let lower = min(max(0, diagnostic.range.lowerBound), count)
    let range = lower..<min(max(lower, diagnostic.range.upperBound), count)
    self.init(
      severity: diagnostic.isError ? .error : .warning,
      code: diagnostic.code,
      message: diagnostic.message,
      option: option,
      path: diagnostic.path.isRoot ? nil : diagnostic.path.description,
      word: diagnostic.word,
      range: TextRange(range),
      utf16Range: TextRange(utf16Of: range, in: text),
      awsMessage: diagnostic.awsMessage
    )
  }
}
