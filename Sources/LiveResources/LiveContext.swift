/// Where a listing runs: the global options already typed on the line. Whatever is not given comes from the
/// user's own configuration, exactly as their `aws` reads it (environment, config files, SSO, credential process),
/// because the listing is run by their `aws`.
public struct LiveContext: Sendable, Hashable {
  /// `--profile`.
  public var profile: String?
  /// `--region`.
  public var region: String?
  /// `--endpoint-url`.
  public var endpointURL: String?

  /// A context.
  public init(profile: String? = nil, region: String? = nil, endpointURL: String? = nil) {
    self.profile = profile
    self.region = region
    self.endpointURL = endpointURL
  }

  /// The options that carry this context to `aws`.
  var arguments: [String] {
    var result: [String] = []
    if let profile { result += ["--profile", profile] }
    if let region { result += ["--region", region] }
    if let endpointURL { result += ["--endpoint-url", endpointURL] }
    return result
  }
}
