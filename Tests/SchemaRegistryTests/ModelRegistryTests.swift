import Botocore
import FileSystem
import Glibc
import SchemaRegistry
import Testing

@Suite struct ModelRegistryTests {
  /// A fresh cache folder for one test.
  static func temporaryDirectory() -> String {
    var template = Array("/tmp/argot-registry-XXXXXX".utf8CString)
    let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    return path
  }

  @Test func embeddedDefaultServesDirectConnect() throws {
    let registry = ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil)
    #expect(registry.serviceNames() == ["directconnect"])
    let index = try registry.index(of: "directconnect")
    #expect(index.operationNames.count == 63)
    #expect(index.source.hasPrefix("embedded:"))
    let model = try registry.model(service: "directconnect", operation: "CreateBGPPeer")
    let operation = try #require(model.operation(named: "CreateBGPPeer"))
    let input = try #require(model.inputShape(of: operation))
    #expect(input.members.map(\.name) == ["virtualInterfaceId", "newBGPPeer"])
    let peer = try #require(model.shape(named: input.members[1].reference.shapeName))
    #expect(
      peer.members.map(\.name) == ["asn", "asnLong", "authKey", "addressFamily", "amazonAddress", "customerAddress"]
    )
    #expect(model.shape(named: peer.members[3].reference.shapeName)?.enumValues == ["ipv4", "ipv6"])
  }

  @Test func unknownNamesComeWithSuggestions() {
    let registry = ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil)
    #expect(throws: RegistryError.self) { try registry.index(of: "directconect") }
    do {
      _ = try registry.model(service: "directconnect", operation: "CreateBgpPeer")
    } catch {
      guard case .unknownOperation(_, _, let suggestions) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(suggestions.first == "CreateBGPPeer")
    }
  }

  @Test func readsAFolderLikeBotocoreAndCachesSlices() throws {
    let data = Self.temporaryDirectory()
    let cache = Self.temporaryDirectory()
    defer {
      FileSystem.removeTree(data)
      FileSystem.removeTree(cache)
    }
    let folder = FileSystem.join(data, "demo", "2020-01-01")
    try FileSystem.createDirectories(folder)
    try FileSystem.writeText(
      FileSystem.join(folder, "service-2.json"),
      #"""
      {"metadata": {"apiVersion": "2020-01-01"},
       "operations": {"GetA": {"name": "GetA", "input": {"shape": "AIn"}}, "GetB": {"name": "GetB"}},
       "shapes": {"AIn": {"type": "structure", "members": {"x": {"shape": "S"}}}, "S": {"type": "string"},
                  "Unused": {"type": "string"}}}
      """#
    )
    // An older version folder holding only paginators must not hide the newest service model.
    try FileSystem.createDirectories(FileSystem.join(data, "demo", "2010-01-01"))
    try FileSystem.writeText(FileSystem.join(data, "demo", "2010-01-01", "paginators-1.json"), "{}")

    let registry = ModelRegistry(searchPath: ModelSearchPath(directories: [data]), cacheDirectory: cache)
    #expect(registry.serviceNames() == ["demo", "directconnect"])
    let slice = try registry.model(service: "demo", operation: "GetA")
    #expect(slice.shapes.keys.sorted() == ["AIn", "S"] || slice.shapes.keys.sorted() == ["AIn", "S", "Unused"])

    // A second registry (a new process) reads the slice from the cache: it holds only what GetA needs.
    let second = ModelRegistry(searchPath: ModelSearchPath(directories: [data]), cacheDirectory: cache)
    let cached = try second.model(service: "demo", operation: "GetA")
    #expect(cached.shapes.keys.sorted() == ["AIn", "S"])
    #expect(try second.index(of: "demo").operationNames == ["GetA", "GetB"])
    #expect(try FileSystem.contentsOfDirectory(cache) == ["index"])
    #expect(try FileSystem.contentsOfDirectory(FileSystem.join(cache, "index")) == ["demo.argotindex"])
  }

  @Test func installedBotocoreHasEveryService() throws {
    let registry = ModelRegistry(searchPath: .fromEnvironment(), cacheDirectory: nil)
    guard registry.searchPath.botocoreDataDirectory != nil else { return }
    let names = registry.serviceNames()
    #expect(names.count > 400)
    #expect(names.contains("ec2") && names.contains("directconnect"))
    #expect(try registry.index(of: "ec2").operationNames.count > 700)
  }
}
