import JSON
import Shorthand

/// ec2 `authorize-security-group-ingress|egress` and `revoke-security-group-ingress|egress`: the AWS CLI's
/// `--protocol`, `--port`, `--cidr`, `--source-group` and `--group-owner` build one rule, `IpPermissions[0]`
/// (awscli `customizations/ec2/secgroupsimplify.py`).
enum SecurityGroupRuleRewrite {
  /// The operations that have the options.
  static let operations: Set<String> = [
    "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress",
    "RevokeSecurityGroupEgress",
  ]
  /// The options, in the order the CLI applies them.
  static let options = ["--protocol", "--port", "--cidr", "--source-group", "--group-owner"]
}

extension ValueBuilder {
  mutating func applySecurityGroupRule(_ given: [String: GivenOption]) {
    if given["--ip-permissions"] != nil {
      for name in SecurityGroupRuleRewrite.options {
        guard let (option, _) = customText(given, name) else { continue }
        let message = "The \(name) option is not compatible with the --ip-permissions option "
        refuse(option, message, aws: message)
        return
      }
    }
    var rule = JSONObject()
    var pair = JSONObject()
    if let (option, text) = customText(given, "--protocol") {
      let number = PythonNumber.integer(text)
      var value = text
      if case .value(let protocolNumber) = number, (0...255).contains(protocolNumber) || protocolNumber == -1 {
        value = text
      } else if ["tcp", "udp", "icmp", "all"].contains(text) {
        value = text == "all" ? "-1" : text
      } else {
        let message = "protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number."
        refuse(option, message, aws: message)
        return
      }
      rule["IpProtocol"] = .string(value)
    }
    if let (option, text) = customText(given, "--port") {
      let bounds: (String, String)
      if text == "-1" || text == "all" {
        bounds = ("-1", "-1")
      } else if let dash = text.firstIndex(of: "-") {
        bounds = (String(text[..<dash]), String(text[text.index(after: dash)...]))
      } else {
        bounds = (text, text)
      }
      guard case .value(let from) = PythonNumber.integer(bounds.0), case .value(let to) = PythonNumber.integer(bounds.1)
      else {
        let message = "port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)"
        refuse(option, message, aws: message)
        return
      }
      rule["FromPort"] = .integer(from)
      rule["ToPort"] = .integer(to)
    }
    if let (_, text) = customText(given, "--cidr") {
      rule["IpRanges"] = [["CidrIp": .string(text)]]
    }
    if let (_, text) = customText(given, "--source-group") {
      pair[text.hasPrefix("sg-") ? "GroupId" : "GroupName"] = .string(text)
    }
    if let (_, text) = customText(given, "--group-owner") {
      pair["UserId"] = .string(text)
    }
    if !pair.isEmpty { rule["UserIdGroupPairs"] = [.object(pair)] }
    if !rule.isEmpty { parameters["IpPermissions"] = [.object(rule)] }
  }
}
