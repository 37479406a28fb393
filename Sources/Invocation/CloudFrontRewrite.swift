import JSON

/// cloudfront `create-distribution --origin-domain-name … [--default-root-object …]` builds a whole
/// `DistributionConfig` from the CLI's template; `create-invalidation --paths …` builds the `InvalidationBatch`
/// (awscli `customizations/cloudfront.py`). Both need a unique caller reference, which the CLI makes as
/// `PREFIX-SECONDS-RANDOM`; argot makes one of the same form.
enum CloudFrontRewrite {
  /// The distribution the CLI starts from.
  static let distributionTemplate = JSONObject([
    ("CallerReference", ""),
    ("Origins", ["Quantity": 0, "Items": []]),
    (
      "DefaultCacheBehavior",
      [
        "TargetOriginId": "placeholder",
        "ForwardedValues": ["QueryString": false, "Cookies": ["Forward": "none"]],
        "TrustedSigners": ["Enabled": false, "Quantity": 0],
        "ViewerProtocolPolicy": "allow-all",
        "MinTTL": 0,
      ]
    ),
    ("Enabled", true),
    ("Comment", ""),
  ])

  /// A caller reference in the CLI's form: `prefix-<seconds since 1970>-<1…1000000>`.
  static func uniqueString(prefix: String = "cli") -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return "\(prefix)-\(now.tv_sec)-\(Int.random(in: 1...1_000_000))"
  }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ValueBuilder {
  mutating func applyDistributionOrigin(_ given: [String: GivenOption]) {
    if let domain = given["--origin-domain-name"]?.values.last {
      var config = distributionConfig()
      let originID = CloudFrontRewrite.uniqueString(prefix: domain)
      var item = JSONObject([("Id", .string(originID)), ("DomainName", .string(domain)), ("OriginPath", "")])
      if domain.hasSuffix(".s3.amazonaws.com") {
        item["S3OriginConfig"] = ["OriginAccessIdentity": ""]
      } else {
        item["CustomOriginConfig"] = ["HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "http-only"]
      }
      config["Origins"] = ["Quantity": 1, "Items": [.object(item)]]
      var behavior = config["DefaultCacheBehavior"]?.objectValue ?? JSONObject()
      behavior["TargetOriginId"] = .string(originID)
      config["DefaultCacheBehavior"] = .object(behavior)
      parameters["DistributionConfig"] = .object(config)
    }
    if let object = given["--default-root-object"]?.values.last {
      var config = distributionConfig()
      config["DefaultRootObject"] = .string(object)
      parameters["DistributionConfig"] = .object(config)
    }
  }

  /// The distribution config given, or the CLI's template (`setdefault`).
  private func distributionConfig() -> JSONObject {
    if let config = parameters["DistributionConfig"]?.objectValue { return config }
    var template = CloudFrontRewrite.distributionTemplate
    template["CallerReference"] = .string(CloudFrontRewrite.uniqueString())
    return template
  }

  mutating func applyInvalidationPaths(_ given: [String: GivenOption]) {
    guard let option = given["--paths"] else { return }
    parameters["InvalidationBatch"] = [
      "CallerReference": .string(CloudFrontRewrite.uniqueString()),
      "Paths": ["Quantity": .integer(Int64(option.values.count)), "Items": .array(option.values.map { .string($0) })],
    ]
  }
}
