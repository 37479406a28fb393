import Botocore
import JSON

/// What botocore itself changes in a request before sending it (its `before-parameter-build` handlers in
/// `botocore/handlers.py`), so that `argot parse` prints what the AWS CLI sends:
///
/// - route53: a `ResourceId`, `DelegationSetId` or `ChangeId` member keeps only its last `/` part
///   (`/change/C2682N5HXP0BZ4` → `C2682N5HXP0BZ4`; `fix_route53_ids`);
/// - glacier: `accountId` is `-` (the caller's account) when not given (`inject_account_id`);
/// - s3 `list-objects`, `list-objects-v2`, `list-object-versions`: `EncodingType` is `url` when not given
///   (`set_list_objects_encoding_type_url`);
/// - s3 `get-object`: the response checksum is asked for, `ChecksumMode` `ENABLED`, when not given (the
///   operation's `httpChecksum.requestValidationModeMember`, with the default `when_supported` validation).
///
/// Idempotency tokens, which botocore fills with a random UUID, are not printed.
enum BotocoreDefaultsRewrite {
  /// route53 member shapes whose values lose everything up to the last `/`.
  static let route53IDShapes: Set<String> = ["ResourceId", "DelegationSetId", "ChangeId"]
  /// Members botocore fills in when absent, by `service.Operation` (`service.*` for every operation).
  static let defaults: [String: [(member: String, value: JSONValue)]] = [
    "glacier.*": [("accountId", "-")],
    "s3.ListObjects": [("EncodingType", "url")],
    "s3.ListObjectsV2": [("EncodingType", "url")],
    "s3.ListObjectVersions": [("EncodingType", "url")],
    "s3.GetObject": [("ChecksumMode", "ENABLED")],
  ]
}

extension ValueBuilder {
  mutating func applyBotocoreDefaults() {
    guard let key = rewriteKey else { return }
    let service = command.service.serviceName
    for (member, value) in (BotocoreDefaultsRewrite.defaults[key] ?? [])
      + (BotocoreDefaultsRewrite.defaults[service + ".*"] ?? [])
    where parameters[member] == nil || parameters[member]?.isNull == true {
      if model.inputShape(of: command.operation)?.member(named: member) != nil { parameters[member] = value }
    }
    if service == "route53", let input = model.inputShape(of: command.operation) {
      for member in input.members where BotocoreDefaultsRewrite.route53IDShapes.contains(member.reference.shapeName) {
        guard let text = parameters[member.name]?.stringValue else { continue }
        parameters[member.name] = .string(String(text.split(separator: "/", omittingEmptySubsequences: false).last!))
      }
    }
  }
}
