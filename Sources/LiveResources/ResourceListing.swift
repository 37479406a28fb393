/// How the resources that can fill one parameter are listed: an AWS CLI command whose JSON output, filtered by a
/// JMESPath `query`, is the identifiers (or `[identifier, description]` pairs).
///
/// Which listing feeds which parameter is data (`Schemas/live/live-resources.json`, derived from the models by
/// `Scripts/derive-live-resources.py` and reviewed there).
public struct ResourceListing: Sendable, Hashable {
  /// The service whose command lists (`ec2`; another service's when the parameter names its resource, as
  /// `lambda create-function --role` names IAM roles).
  public var service: String
  /// The command (`describe-instances`).
  public var operation: String
  /// Fixed arguments (`--owners self`: without them `describe-images` lists every public image).
  public var arguments: [String]
  /// The JMESPath expression that turns the output into identifiers or `[identifier, description]` pairs.
  public var query: String
  /// The command is paginated: `--max-items` bounds what is listed.
  public var paginated: Bool
  /// The identifiers are the last `/`-separated part of what is listed (queue names from queue URLs).
  public var lastPathSegment: Bool

  /// A listing.
  public init(
    service: String,
    operation: String,
    arguments: [String] = [],
    query: String,
    paginated: Bool = false,
    lastPathSegment: Bool = false
  ) {
    self.service = service
    self.operation = operation
    self.arguments = arguments
    self.query = query
    self.paginated = paginated
    self.lastPathSegment = lastPathSegment
  }

  /// What the listing shows, for messages: "ec2 describe-instances".
  public var title: String { "\(service) \(operation)" }
}
