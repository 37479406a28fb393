import Botocore
import FileSystem
import JSON

/// The files of one service's newest API version, found on the search path.
public struct ServiceLocation: Sendable, Hashable {
  /// The botocore service name.
  public var service: String
  /// The API version folder name, e.g. `2012-10-25`.
  public var apiVersion: String
  /// `service-2.json` or `service-2.json.gz`.
  public var servicePath: String
  /// `paginators-1.json`, if the service has one.
  public var paginatorsPath: String?
  /// `waiters-2.json`, if the service has one.
  public var waitersPath: String?
  /// `<type>.sdk-extras.json` files that botocore merges into the models, by type (`service-2`, `paginators-1`).
  public var extrasPaths: [String: String] = [:]

  /// The newest API version folder under a service folder that holds a service model.
  static func newestVersion(in serviceDirectory: String) -> String? {
    let versions = (try? FileSystem.contentsOfDirectory(serviceDirectory)) ?? []
    return versions.reversed().first { version in
      modelFile(in: FileSystem.join(serviceDirectory, version), named: "service-2") != nil
    }
  }

  /// Finds a service as botocore does: the newest API version across all folders, from the first folder that has it.
  static func find(_ service: String, in directories: [String]) -> ServiceLocation? {
    var newest: String?
    for directory in directories {
      if let version = newestVersion(in: FileSystem.join(directory, service)), version > (newest ?? "") {
        newest = version
      }
    }
    guard let version = newest else { return nil }
    for directory in directories {
      let folder = FileSystem.join(directory, service, version)
      guard let servicePath = modelFile(in: folder, named: "service-2") else { continue }
      var location = ServiceLocation(
        service: service,
        apiVersion: version,
        servicePath: servicePath,
        paginatorsPath: firstFile(named: "paginators-1", service: service, version: version, in: directories),
        waitersPath: firstFile(named: "waiters-2", service: service, version: version, in: directories)
      )
      for type in ["service-2", "paginators-1", "waiters-2"] {
        let name = type + ".sdk-extras"
        if let path = firstFile(named: name, service: service, version: version, in: directories) {
          location.extrasPaths[type] = path
        }
      }
      return location
    }
    return nil
  }

  private static func firstFile(
    named name: String,
    service: String,
    version: String,
    in directories: [String]
  )
    -> String?
  {
    for directory in directories {
      if let path = modelFile(in: FileSystem.join(directory, service, version), named: name) { return path }
    }
    return nil
  }

  private static func modelFile(in folder: String, named name: String) -> String? {
    for suffix in [".json", ".json.gz"] {
      let path = FileSystem.join(folder, name + suffix)
      if FileSystem.exists(path) { return path }
    }
    return nil
  }

  /// A fingerprint of the files' paths, sizes and modification times: it changes whenever the data does.
  public var fingerprint: String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ text: String) {
      for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
    }
    mix(ModelCache.formatVersion)
    for path in [servicePath, paginatorsPath, waitersPath] + extrasPaths.keys.sorted().map({ extrasPaths[$0] }) {
      guard let path else {
        mix("-")
        continue
      }
      let status = FileSystem.status(of: path)
      mix("\(path)|\(status?.size ?? -1)|\(status?.modified ?? -1);")
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The parsed files.
  struct Files {
    var service: JSONValue
    var paginators: JSONValue?
    var waiters: JSONValue?
  }

  /// Reads the files and merges botocore's `sdk-extras` into them, as botocore's loader does.
  func readJSON() throws(RegistryError) -> Files {
    func load(_ path: String?, type: String) throws(RegistryError) -> JSONValue? {
      guard let path else { return nil }
      var value = try Self.readJSON(path)
      if let extras = extrasPaths[type], let merge = try Self.readJSON(extras)["merge"] {
        value = Self.deepMerge(value, merge)
      }
      return value
    }
    return Files(
      service: try load(servicePath, type: "service-2") ?? .null,
      paginators: try load(paginatorsPath, type: "paginators-1"),
      waiters: try load(waitersPath, type: "waiters-2")
    )
  }

  /// botocore's `deep_merge`: objects merge key by key (new keys go last); anything else is replaced.
  static func deepMerge(_ base: JSONValue, _ extra: JSONValue) -> JSONValue {
    guard var object = base.objectValue, let additions = extra.objectValue else { return extra }
    for (key, value) in additions {
      object[key] = object[key].map { deepMerge($0, value) } ?? value
    }
    return .object(object)
  }

  static func readJSON(_ path: String) throws(RegistryError) -> JSONValue {
    var bytes: [UInt8]
    do throws(FileSystemError) {
      bytes = try FileSystem.readFile(path)
    } catch {
      throw .file(error)
    }
    do throws(ModelError) {
      if Gunzip.isGzip(bytes) || path.hasSuffix(".z") { bytes = try Gunzip.inflate(bytes, source: path) }
    } catch {
      throw .model(error)
    }
    do throws(JSONParseError) {
      return try JSONValue(parsing: bytes)
    } catch {
      throw .model(ModelError(source: path, path: "line \(error.line), column \(error.column)", message: error.message))
    }
  }
}
