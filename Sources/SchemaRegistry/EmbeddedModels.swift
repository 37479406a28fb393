import Botocore
import JSON

/// The models the binary carries (`Schemas/models/`), used when no installed data has the service.
struct EmbeddedModels: Sendable {
  /// Service names with an embedded model.
  var serviceNames: [String] {
    Set(
      EmbeddedSchemas.files.keys.compactMap { path -> String? in
        let parts = path.split(separator: "/")
        return parts.count == 4 && parts[0] == "models" ? String(parts[1]) : nil
      }
    ).sorted()
  }

  /// The embedded model of `service`, or nil if none is embedded.
  func model(_ service: String) throws(RegistryError) -> ServiceModel? {
    let prefix = "models/\(service)/"
    let paths = EmbeddedSchemas.files.keys.filter { $0.hasPrefix(prefix) }.sorted()
    guard let servicePath = paths.last(where: { $0.hasSuffix("/service-2.json") }) else { return nil }
    let folder = String(servicePath.dropLast("service-2.json".count))
    func parse(_ path: String) throws(RegistryError) -> JSONValue? {
      guard let text = EmbeddedSchemas.files[path] else { return nil }
      do throws(JSONParseError) {
        return try JSONValue(parsing: text)
      } catch {
        throw .model(ModelError(source: "embedded:\(path)", path: "line \(error.line)", message: error.message))
      }
    }
    let serviceJSON = try parse(servicePath) ?? .null
    let paginators = try parse(folder + "paginators-1.json")
    let waiters = try parse(folder + "waiters-2.json")
    do throws(ModelError) {
      return try ServiceModel(
        serviceName: service,
        service: serviceJSON,
        paginators: paginators,
        waiters: waiters,
        source: "embedded:\(servicePath)"
      )
    } catch {
      throw .model(error)
    }
  }

  /// The text of an embedded file by its path under `Schemas/`.
  static func file(_ path: String) -> String? { EmbeddedSchemas.files[path] }
}

/// Files of `Schemas/` that the binary carries (the embedded default models and the CLI layer).
public enum EmbeddedFiles {
  /// The text of an embedded file by its path under `Schemas/` (e.g. `cli/cli-layer/core.json`), if embedded.
  public static func text(_ path: String) -> String? { EmbeddedSchemas.files[path] }

  /// Every embedded path, sorted.
  public static var paths: [String] { EmbeddedSchemas.files.keys.sorted() }
}
