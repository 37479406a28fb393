import Botocore
import FileSystem
import JSON

/// Service models from the installed botocore, for the vectors that need real shapes.
///
/// The data folder is `ARGOT_BOTOCORE_DATA`, else the first `botocore/data` found under pyenv, `/usr/local` or
/// Debian's Python folders. Model-dependent tests are skipped when there is none.
enum BotocoreModels {
  /// The botocore `data` folder, if one is installed.
  static let dataDirectory: String? = {
    if let explicit = FileSystem.environment("ARGOT_BOTOCORE_DATA") {
      return FileSystem.isDirectory(explicit) ? explicit : nil
    }
    var candidates: [String] = []
    let home = FileSystem.homeDirectory ?? ""
    let pyenv = FileSystem.environment("PYENV_ROOT") ?? home + "/.pyenv"
    for version in ((try? FileSystem.contentsOfDirectory(pyenv + "/versions")) ?? []).reversed() {
      candidates += sitePackages(under: pyenv + "/versions/" + version)
    }
    candidates += sitePackages(under: "/usr/local")
    candidates.append("/usr/lib/python3/dist-packages/botocore/data")
    return candidates.first { FileSystem.isDirectory($0 + "/ec2") }
  }()

  /// The version of the botocore that owns the data folder (`1.43.11`), read from its `__init__.py`.
  static let version: String? = {
    guard let directory = dataDirectory,
      let text = try? FileSystem.readText(FileSystem.directoryName(of: directory) + "/__init__.py")
    else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("__version__") {
      return line.split(separator: "'").dropFirst().first.map(String.init)
    }
    return nil
  }()

  private static func sitePackages(under prefix: String) -> [String] {
    let lib = prefix + "/lib"
    let pythons = ((try? FileSystem.contentsOfDirectory(lib)) ?? []).filter { $0.hasPrefix("python3") }
    return pythons.reversed().flatMap {
      ["\(lib)/\($0)/site-packages/botocore/data", "\(lib)/\($0)/dist-packages/botocore/data"]
    }
  }

  /// Loads the newest API version of a service's model.
  static func load(_ service: String) throws -> ServiceModel {
    guard let root = dataDirectory else { throw ModelError(source: service, message: "no botocore data") }
    let serviceDirectory = root + "/" + service
    let versions = try FileSystem.contentsOfDirectory(serviceDirectory)
    guard let newest = versions.last(where: { FileSystem.isDirectory(serviceDirectory + "/" + $0) }) else {
      throw ModelError(source: service, message: "no model versions")
    }
    let base = serviceDirectory + "/" + newest + "/service-2.json"
    var bytes: [UInt8]
    if FileSystem.exists(base + ".gz") {
      bytes = try Gunzip.inflate(try FileSystem.readFile(base + ".gz"), source: base + ".gz")
    } else {
      bytes = try FileSystem.readFile(base)
    }
    let json = try JSONValue(parsing: String(decoding: bytes, as: UTF8.self))
    return try ServiceModel(serviceName: service, service: json, source: base)
  }

  /// The shape of an operation's input member.
  static func memberShape(_ model: ServiceModel, operation: String, member: String) -> Shape? {
    guard let operation = model.operation(named: operation), let input = model.inputShape(of: operation),
      let reference = input.member(named: member)?.reference
    else { return nil }
    return model.shape(for: reference)
  }
}
