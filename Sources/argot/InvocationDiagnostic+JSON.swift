import Invocation
import JSON

extension InvocationDiagnostic {
  /// The diagnostic as `argot parse --json` and `argot validate --json` print it.
  var json: JSONValue {
    var object = JSONObject()
    object["severity"] = .string(severity.rawValue)
    object["code"] = .string(code.rawValue)
    object["message"] = .string(message)
    object["option"] = option.map(JSONValue.string) ?? .null
    object["path"] = path.map(JSONValue.string) ?? .null
    if let location {
      object["word"] = .integer(Int64(location.wordIndex))
      object["range"] = [.integer(Int64(location.range.lowerBound)), .integer(Int64(location.range.upperBound))]
      if let lineRange = location.lineRange {
        object["lineRange"] = [.integer(Int64(lineRange.lowerBound)), .integer(Int64(lineRange.upperBound))]
      }
    }
    if !suggestions.isEmpty { object["suggestions"] = .array(suggestions.map { .string($0) }) }
    if let awsMessage { object["awsMessage"] = .string(awsMessage) }
    return .object(object)
  }
}
