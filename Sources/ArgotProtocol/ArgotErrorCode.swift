import JSON
public import JSONRPC

/// argot's own error codes, in the range JSON-RPC leaves to implementation-defined server errors (-32000 to
/// -32099), clear of the Language Server Protocol's -32001 and -32002.
///
/// The set is open (`ErrorCode` is a plain integer): clients must treat an unknown code as a failure of the
/// request, with `message` for people. The numbers never change meaning.
extension ErrorCode {
  /// -32010: no service command of that name; `data` is `{"service", "suggestions"}`.
  public static let unknownService = ErrorCode(rawValue: -32010)
  /// -32011: the service has no operation (or waiter) of that name; `data` is
  /// `{"service", "operation", "suggestions"}`.
  public static let unknownOperation = ErrorCode(rawValue: -32011)
  /// -32012: the command has no option of that name; `data` is `{"service", "operation", "option", "suggestions"}`.
  public static let unknownOption = ErrorCode(rawValue: -32012)
  /// -32013: the command is implemented by the AWS CLI itself (`aws s3 cp`), so there is no model behind it;
  /// `data` is `{"command"}`.
  public static let customCommand = ErrorCode(rawValue: -32013)
  /// -32014: model data exists but cannot be read (a damaged or unreadable file); `data` is `{"detail"}`.
  public static let modelUnavailable = ErrorCode(rawValue: -32014)
  /// -32015: the option's value is not shorthand (a scalar, a list of scalars, a document): `argot/shorthand`
  /// and `argot/format` do not apply; `data` is `{"option", "type"}`.
  public static let notShorthand = ErrorCode(rawValue: -32015)
}

extension ResponseError {
  /// -32010 for a service name no model data has, with the closest names.
  public static func unknownService(_ name: String, suggestions: [String]) -> ResponseError {
    ResponseError(
      code: .unknownService,
      message: "unknown service \"\(name)\"" + hint(suggestions),
      data: ["service": .string(name), "suggestions": strings(suggestions)]
    )
  }

  /// -32011 for an operation (or `wait` waiter) the service does not have, with the closest names.
  public static func unknownOperation(service: String, operation: String, suggestions: [String]) -> ResponseError {
    ResponseError(
      code: .unknownOperation,
      message: "\"\(operation)\" is not an operation of \"\(service)\"" + hint(suggestions),
      data: ["service": .string(service), "operation": .string(operation), "suggestions": strings(suggestions)]
    )
  }

  /// -32012 for an option the command does not have, with the closest names.
  public static func unknownOption(
    service: String,
    operation: String,
    option: String,
    suggestions: [String]
  ) -> ResponseError {
    ResponseError(
      code: .unknownOption,
      message: "\"\(option)\" is not an option of \"aws \(service) \(operation)\"" + hint(suggestions),
      data: [
        "service": .string(service), "operation": .string(operation), "option": .string(option),
        "suggestions": strings(suggestions),
      ]
    )
  }

  /// -32013 for a command the AWS CLI implements itself.
  public static func customCommand(_ command: String) -> ResponseError {
    ResponseError(
      code: .customCommand,
      message: "\"\(command)\" is a command the AWS CLI implements itself; argot has no model for it",
      data: ["command": .string(command)]
    )
  }

  /// -32014 for model data that cannot be read.
  public static func modelUnavailable(_ detail: String) -> ResponseError {
    ResponseError(
      code: .modelUnavailable,
      message: "model data unavailable: \(detail)",
      data: ["detail": .string(detail)]
    )
  }

  /// -32015 for an option whose value is not shorthand.
  public static func notShorthand(option: String, type: String) -> ResponseError {
    ResponseError(
      code: .notShorthand,
      message: "\(option) takes a \(type), which is not written in shorthand",
      data: ["option": .string(option), "type": .string(type)]
    )
  }

  private static func hint(_ suggestions: [String]) -> String {
    suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
  }

  private static func strings(_ values: [String]) -> JSONValue {
    .array(values.map(JSONValue.string))
  }
}
