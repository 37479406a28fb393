import Botocore
import JSON
import Shorthand

/// Which listing feeds which parameter, for every service: `Schemas/live/live-resources.json`, carried by the binary
/// compressed and read the first time a live value is asked for.
public struct LiveResourceTable: Sendable {
  /// Per botocore service name: the listings by key, and per operation (API name) and input member, a listing key.
  let services: [String: Service]

  struct Service: Sendable {
    var listings: [String: ResourceListing]
    var parameters: [String: [String: String]]
  }

  /// The table the binary carries.
  public static let embedded: LiveResourceTable = {
    do {
      return try LiveResourceTable(compressed: embeddedData)
    } catch {
      // The generator's test (`--check`) and the table's tests keep the data readable; a damaged build lists
      // nothing rather than stopping completion.
      return LiveResourceTable(services: [:])
    }
  }()

  init(services: [String: Service]) {
    self.services = services
  }

  /// Reads the base64 text of the gzip-compressed JSON document.
  init(compressed text: String) throws {
    guard case .success(let gzip) = Base64Text.decode(text) else {
      throw ModelError(source: "live resources", message: "not base64")
    }
    let bytes = try Gunzip.inflate(gzip, source: "live resources")
    try self.init(document: try JSONValue(parsing: bytes))
  }

  /// Reads the JSON document (`Schemas/live/live-resources.json`).
  init(document: JSONValue) throws {
    guard let services = document["services"]?.objectValue else {
      throw ModelError(source: "live resources", message: "not a live resources document")
    }
    var table: [String: Service] = [:]
    for (name, value) in services {
      var listings: [String: ResourceListing] = [:]
      for (key, entry) in value["listings"]?.objectValue ?? JSONObject() {
        guard let operation = entry["operation"]?.stringValue, let query = entry["query"]?.stringValue else { continue }
        listings[key] = ResourceListing(
          service: entry["service"]?.stringValue ?? name,
          operation: operation,
          arguments: entry["arguments"]?.arrayValue?.compactMap(\.stringValue) ?? [],
          query: query,
          paginated: entry["paginated"]?.boolValue ?? false,
          lastPathSegment: entry["lastPathSegment"]?.boolValue ?? false
        )
      }
      var parameters: [String: [String: String]] = [:]
      for (operation, members) in value["parameters"]?.objectValue ?? JSONObject() {
        var byMember: [String: String] = [:]
        for (member, key) in members.objectValue ?? JSONObject() {
          if let key = key.stringValue { byMember[member] = key }
        }
        parameters[operation] = byMember
      }
      table[name] = Service(listings: listings, parameters: parameters)
    }
    self.services = table
  }

  /// The listing for `member` of `operation` (its API name) in the service whose model is `service` (botocore's
  /// name: `s3`, not `s3api`), if the resource it names can be listed.
  public func listing(service: String, operation: String, member: String) -> ResourceListing? {
    guard let entry = services[service], let key = entry.parameters[operation]?[member] else { return nil }
    return entry.listings[key]
  }

  /// How many parameters of how many services have a listing.
  public var counts: (services: Int, parameters: Int) {
    (services.count, services.values.reduce(0) { $0 + $1.parameters.values.reduce(0) { $0 + $1.count } })
  }
}
