import Botocore
import CLISchema
import JSON

/// Rewrites of one member's value:
///
/// - ec2 members of the form `{Value: boolean}` (`--source-dest-check`, `--map-public-ip-on-launch`, …) are a
///   flag pair: `--x` alone sends `{"Value": true}`, `--no-x` sends `{"Value": false}`, `--x Value=false` is
///   unpacked as written; both forms together are refused (awscli `customizations/toplevelbool.py`).
/// - ec2 `create-network-acl-entry`/`replace-network-acl-entry --protocol tcp|udp|icmp|all` sends the protocol's
///   number (`6`, `17`, `1`, `-1`; `customizations/ec2/protocolarg.py`).
/// - configservice `put-configuration-recorder --recording-group` is the recorder's `recordingGroup`
///   (`customizations/configservice/putconfigurationrecorder.py`).
enum ValueFlagRewrites {
  /// Protocol names and the numbers the CLI sends for them.
  static let protocolNumbers: [String: String] = ["tcp": "6", "udp": "17", "icmp": "1", "all": "-1"]

  /// Whether a shape is a structure whose only member is a boolean `Value`.
  static func isBooleanValue(_ shape: Shape, _ model: ServiceModel) -> Bool {
    guard shape.type == .structure, shape.members.count == 1, let member = shape.members.first,
      member.name == "Value"
    else { return false }
    return model.shape(for: member.reference)?.type == .boolean
  }
}

extension ValueBuilder {
  /// The value a `{Value: boolean}` flag sends, or nil when the option is not one used as a flag.
  func booleanValueFlag(_ parameter: CLIParameter, _ option: GivenOption, shape: Shape) -> JSONValue? {
    guard ValueFlagRewrites.isBooleanValue(shape, model), option.values.isEmpty else { return nil }
    return ["Value": .bool(!parameter.isFlag)]
  }

  /// `--x` and `--no-x` of the same `{Value: boolean}` member cannot both be given.
  mutating func applyBooleanValueFlagConflicts(_ given: [String: GivenOption]) {
    for parameter in command.parameters where parameter.isFlag && parameter.name.hasPrefix("--no-") {
      guard let member = parameter.memberName, let negative = given[parameter.name],
        let positive = given["--" + parameter.name.dropFirst(5)], positive.parameter?.memberName == member
      else { continue }
      let message = "Cannot specify both the \"\(positive.name)\" option and the \"\(negative.name)\" option."
      refuse(negative, message, aws: message)
    }
  }

  mutating func applyNetworkACLProtocol() {
    guard let name = parameters["Protocol"]?.stringValue, let number = ValueFlagRewrites.protocolNumbers[name] else {
      return
    }
    parameters["Protocol"] = .string(number)
  }

  mutating func applyRecordingGroup() {
    guard let option = run.invocation.options.last(where: { $0.name == "--recording-group" }),
      let recorder = model.inputShape(of: command.operation)?.member(named: "ConfigurationRecorder")
    else { return }
    let path = ValuePath.root.appending(key: "ConfigurationRecorder").appending(key: "recordingGroup")
    guard let group = unpackCustom(option, as: "recordingGroup", of: recorder.reference, path: path) else { return }
    var object = parameters["ConfigurationRecorder"]?.objectValue ?? JSONObject()
    object["recordingGroup"] = group
    parameters["ConfigurationRecorder"] = .object(object)
  }
}
