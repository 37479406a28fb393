import JSON

/// emr `list-clusters`: `--cluster-states` takes the states as words, `--active`, `--terminated` and `--failed`
/// stand for fixed sets of states (only one of the four may be given), and `--created-after`/`--created-before`
/// set their members (awscli `customizations/emr/listclusters.py`). emr `add-tags --tags k=v …` makes
/// `{Key, Value}` tags (`customizations/emr/addtags.py`).
enum ClusterStatesRewrite {
  /// The options in the order the CLI applies them, with the states a flag stands for (nil: the option's words).
  static let options: [(option: String, states: [String]?)] = [
    ("--cluster-states", nil), ("--active", ["STARTING", "BOOTSTRAPPING", "RUNNING", "WAITING", "TERMINATING"]),
    ("--terminated", ["TERMINATED"]), ("--failed", ["TERMINATED_WITH_ERRORS"]),
    ("--created-before", nil), ("--created-after", nil),
  ]
}

extension ValueBuilder {
  mutating func applyClusterStates(_ given: [String: GivenOption]) {
    for (name, states) in ClusterStatesRewrite.options {
      guard let option = given[name] else { continue }
      if name.hasPrefix("--created-") {
        if let text = option.values.last {
          parameters[name == "--created-after" ? "CreatedAfter" : "CreatedBefore"] = .string(text)
        }
        continue
      }
      if let existing = parameters["ClusterStates"]?.arrayValue, !existing.isEmpty {
        let message =
          "You can specify only one of the cluster state filters: --cluster-states, --active, --terminated, --failed."
        refuse(option, message, aws: message)
        return
      }
      parameters["ClusterStates"] = .array((states ?? option.values).map { .string($0) })
    }
  }

  mutating func applyEMRTags(_ given: [String: GivenOption]) {
    guard let option = given["--tags"] else { return }
    parameters["Tags"] = .array(
      option.values.map { tag in
        guard let equals = tag.firstIndex(of: "=") else { return ["Key": .string(tag), "Value": ""] }
        return ["Key": .string(String(tag[..<equals])), "Value": .string(String(tag[tag.index(after: equals)...]))]
      }
    )
  }
}
