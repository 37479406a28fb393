/// The `metadata` block of a service model.
public struct ServiceMetadata: Sendable, Hashable {
  /// The API version, e.g. `2012-10-25`.
  public var apiVersion: String
  /// The endpoint prefix, e.g. `directconnect`.
  public var endpointPrefix: String?
  /// The full name, e.g. `AWS Direct Connect`.
  public var serviceFullName: String?
  /// The short name, e.g. `Amazon EC2`.
  public var serviceAbbreviation: String?
  /// The service id, e.g. `Direct Connect`.
  public var serviceId: String?
  /// The wire protocol, e.g. `json`, `query`, `ec2`, `rest-json`.
  public var wireProtocol: String?
  /// The model's unique id, e.g. `directconnect-2012-10-25`.
  public var uid: String?

  /// Creates metadata.
  public init(
    apiVersion: String,
    endpointPrefix: String? = nil,
    serviceFullName: String? = nil,
    serviceAbbreviation: String? = nil,
    serviceId: String? = nil,
    wireProtocol: String? = nil,
    uid: String? = nil
  ) {
    self.apiVersion = apiVersion
    self.endpointPrefix = endpointPrefix
    self.serviceFullName = serviceFullName
    self.serviceAbbreviation = serviceAbbreviation
    self.serviceId = serviceId
    self.wireProtocol = wireProtocol
    self.uid = uid
  }
}
