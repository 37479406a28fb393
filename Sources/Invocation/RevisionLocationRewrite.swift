import Botocore
import CLISchema
import JSON

/// deploy `create-deployment`, `get-application-revision` and `register-application-revision`:
/// `--s3-location bucket=…,key=…,bundleType=…` and `--github-location repository=…,commitId=…` become the
/// `revision` (`{"revisionType": "S3", "s3Location": …}`), and need those keys (awscli
/// `customizations/codedeploy/locationargs.py`).
enum RevisionLocationRewrite {
  /// The operations that have the options.
  static let operations: Set<String> = [
    "CreateDeployment", "GetApplicationRevision", "RegisterApplicationRevision",
  ]
  /// Per option: the `revisionType`, the member of the revision it fills, the keys it needs, the keys it copies.
  static let locations: [(option: String, type: String, member: String, required: [String], copied: [String])] = [
    (
      "--s3-location", "S3", "s3Location", ["bucket", "key", "bundleType"],
      ["bucket", "key", "bundleType", "eTag", "version"]
    ),
    ("--github-location", "GitHub", "gitHubLocation", ["repository", "commitId"], ["repository", "commitId"]),
  ]
}

extension ValueBuilder {
  /// Unpacks an option's value as the member `member` of the structure `reference` points to.
  mutating func unpackCustom(
    _ option: GivenOption,
    as member: String,
    of reference: ShapeReference?,
    path: ValuePath
  ) -> JSONValue? {
    guard let parent = reference.flatMap(model.shape(for:)), let child = parent.member(named: member),
      let shape = model.shape(for: child.reference), let parameter = option.parameter, !option.values.isEmpty
    else { return nil }
    return unpackOption(
      option,
      parameter: parameter,
      shape: shape,
      reference: child.reference,
      path: path,
      member: member
    )
  }

  mutating func applyRevisionLocation(_ given: [String: GivenOption]) {
    guard let revision = model.inputShape(of: command.operation)?.member(named: "revision") else { return }
    for (name, type, member, required, copied) in RevisionLocationRewrite.locations {
      guard let option = given[name] else { continue }
      let path = ValuePath.root.appending(key: "revision").appending(key: member)
      guard let value = unpackCustom(option, as: member, of: revision.reference, path: path)?.objectValue else {
        continue
      }
      let isGiven = { (key: String) -> Bool in
        switch value[key] {
        case .none, .null, .bool(false), .integer(0): return false
        case .string(let text): return !text.isEmpty
        default: return true
        }
      }
      guard required.allSatisfy(isGiven) else {
        let message =
          "\(name) must specify " + required.dropLast().joined(separator: ", ") + " and "
          + required.last! + "."
        refuse(option, message, aws: message)
        continue
      }
      var location = JSONObject()
      for key in copied { if let item = value[key] { location[key] = item } }
      parameters["revision"] = ["revisionType": .string(type), member: .object(location)]
    }
  }
}
