import CLISchema
import FileSystem
import JSON
import SchemaRegistry
import Testing

@Suite struct EmbeddedLayerTests {
  /// The binary carries the layer in parts only; every part must read, and the parts must say what
  /// `Schemas/cli/cli-layer.json` says.
  @Test func splitLayerMatchesTheWholeFile() throws {
    let split = try CommandCatalog.embeddedLayer()
    try split.validateAll()
    #expect(EmbeddedFiles.text("cli/cli-layer.json") == nil)
    let repository = FileSystem.directoryName(of: FileSystem.directoryName(of: FileSystem.directoryName(of: #filePath)))
    let text = try FileSystem.readText(repository + "/Schemas/cli/cli-layer.json")
    let whole = try CLILayer(json: try JSONValue(parsing: text))
    #expect(split.serviceSummaries == whole.serviceSummaries)
    #expect(split.customCommandNames == whole.customCommandNames)
    #expect(Set(split.services.keys) == Set(whole.services.keys))
    #expect(split.globalOptions == whole.globalOptions)
    #expect(split.commandOptions == whole.commandOptions)
    #expect(split.nameOverrides == whole.nameOverrides)
    #expect(split.serviceSummaries["s3"]?.cliName == "s3api")
    #expect(
      split.changes(forService: "ec2")?.operations["run-instances"]?.addedOptions.contains { $0.name == "--count" }
        == true
    )
  }

  @Test func nameOverridesAreApplied() throws {
    let layer = try CommandCatalog.embeddedLayer()
    #expect(layer.nameOverrides.count >= 29)
    for (name, expected) in layer.nameOverrides {
      #expect(CLIName.xform(name) == expected)
    }
  }

  @Test func renamedServicesResolve() throws {
    let catalog = CommandCatalog(
      registry: ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil),
      layer: try CommandCatalog.embeddedLayer()
    )
    #expect(throws: CatalogError.self) { try catalog.serviceCommand(named: "directconect") }
    let command = try catalog.command(service: "directconnect", operation: "create-bgp-peer")
    #expect(command.parameters.map(\.name).prefix(2) == ["--virtual-interface-id", "--new-bgp-peer"])
    #expect(command.parameter(named: "--cli-input-yaml") != nil)
    let lean = try catalog.command(service: "directconnect", operation: "create-bgp-peer", documentation: false)
    #expect(lean.parameters.count == command.parameters.count)
  }
}
