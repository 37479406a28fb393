import JSON
import Shorthand

/// ec2 `run-instances`: `--count N|MIN:MAX` sets `MinCount` and `MaxCount` (both 1 when neither is given, even
/// through `--cli-input-json`; awscli `customizations/ec2/addcount.py`); `--secondary-private-ip-addresses`,
/// `--secondary-private-ip-address-count` and `--[no-]associate-public-ip-address` build the first network
/// interface, which then takes over `SubnetId`, `SecurityGroupIds`, `PrivateIpAddress`, `Ipv6AddressCount`,
/// `Ipv6Addresses` and `EnablePrimaryIpv6` (`customizations/ec2/runinstances.py`).
enum RunInstancesRewrite {
  /// The options the CLI adds.
  static let options: Set<String> = [
    "--count", "--secondary-private-ip-addresses", "--secondary-private-ip-address-count",
    "--associate-public-ip-address", "--no-associate-public-ip-address",
  ]
  /// Members of the first network interface that make the CLI move the instance's network members into it.
  static let interfaceMarks = ["PrivateIpAddresses", "SecondaryPrivateIpAddressCount", "AssociatePublicIpAddress"]
}

extension ValueBuilder {
  mutating func applyRunInstancesOptions(_ given: [String: GivenOption]) {
    if let option = given["--count"] { applyCount(option) }
    if given["--network-interfaces"] != nil {
      let simple =
        ["--secondary-private-ip-addresses", "--secondary-private-ip-address-count"]
        .compactMap { given[$0] }.filter { !$0.values.allSatisfy(\.isEmpty) }
        + (given["--associate-public-ip-address"].map { [$0] } ?? [])
      if let first = simple.first {
        let message = "Mixing the --network-interfaces option with the simple, scalar options is not supported."
        refuse(first, message, aws: message)
        return
      }
    }
    if let option = given["--secondary-private-ip-addresses"], !option.values.isEmpty {
      let addresses: [JSONValue] = option.values.map { ["PrivateIpAddress": .string($0), "Primary": false] }
      setFirstInterface("PrivateIpAddresses", .array(addresses), onlyIfAbsent: true)
    }
    if let option = given["--secondary-private-ip-address-count"], let text = option.values.last {
      guard case .value(let count) = PythonNumber.integer(text) else {
        refuse(
          option,
          "expected an integer, got \"\(text)\"",
          aws: "argument --secondary-private-ip-address-count: invalid int value: \(PythonText.repr(text))"
        )
        return
      }
      if count != 0 { setFirstInterface("SecondaryPrivateIpAddressCount", .integer(count)) }
    }
    if given["--associate-public-ip-address"] != nil {
      setFirstInterface("AssociatePublicIpAddress", true)
    }
    if given["--no-associate-public-ip-address"] != nil {
      setFirstInterface("AssociatePublicIpAddress", false)
    }
  }

  /// `_build_network_interfaces`: the first interface is made with `DeviceIndex` 0.
  private mutating func setFirstInterface(_ key: String, _ value: JSONValue, onlyIfAbsent: Bool = false) {
    var interfaces = parameters["NetworkInterfaces"]?.arrayValue ?? [["DeviceIndex": 0]]
    var first = interfaces.first?.objectValue ?? JSONObject()
    if !(onlyIfAbsent && first.contains(key)) { first[key] = value }
    interfaces[0] = .object(first)
    parameters["NetworkInterfaces"] = .array(interfaces)
  }

  /// What the CLI fills in last: the counts' default and the move of network members into the first interface.
  mutating func applyRunInstancesDefaults() {
    if parameters["MaxCount"] == nil { parameters["MaxCount"] = 1 }
    if parameters["MinCount"] == nil { parameters["MinCount"] = 1 }
    guard var interfaces = parameters["NetworkInterfaces"]?.arrayValue,
      var first = interfaces.first?.objectValue,
      RunInstancesRewrite.interfaceMarks.contains(where: { first.contains($0) })
    else { return }
    let moves = [
      ("SubnetId", "SubnetId"), ("SecurityGroupIds", "Groups"), ("Ipv6AddressCount", "Ipv6AddressCount"),
      ("Ipv6Addresses", "Ipv6Addresses"), ("EnablePrimaryIpv6", "PrimaryIpv6"),
    ]
    for (from, to) in moves.prefix(2) {
      if let value = parameters[from] {
        first[to] = value
        parameters[from] = nil
      }
    }
    if let address = parameters["PrivateIpAddress"] {
      first["PrivateIpAddresses"] = [["PrivateIpAddress": address, "Primary": true]]
      parameters["PrivateIpAddress"] = nil
    }
    for (from, to) in moves.dropFirst(2) {
      if let value = parameters[from] {
        first[to] = value
        parameters[from] = nil
      }
    }
    interfaces[0] = .object(first)
    parameters["NetworkInterfaces"] = .array(interfaces)
  }

  private mutating func applyCount(_ option: GivenOption) {
    guard let text = option.values.last, let word = option.valueWords.last else { return }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    let numbers = parts.map { Int64($0.trimmingPythonSpaces) }
    guard parts.count <= 2, numbers.allSatisfy({ $0 != nil }) else {
      run.report(
        .error,
        .invalidInteger,
        "expected a count N or a range MIN:MAX (e.g. 1 or 1:10), got \"\(text)\"",
        option: option.name,
        at: run.location(word: word),
        aws: "count parameter should be of form min[:max] (e.g. 1 or 1:10)"
      )
      return
    }
    parameters["MinCount"] = .integer(numbers[0]!)
    parameters["MaxCount"] = .integer(numbers[numbers.count - 1]!)
  }
}

extension Substring {
  /// The text without the spaces Python's `int()` ignores around a number.
  fileprivate var trimmingPythonSpaces: Substring {
    var text = self
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return text
  }
}
