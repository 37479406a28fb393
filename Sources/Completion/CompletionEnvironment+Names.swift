extension CompletionEnvironment {
  /// The profile names of the config and credentials files, config file first, each once.
  public var profileNames: [String] {
    ProfileNames.read(configFile: configFile, credentialsFile: credentialsFile)
  }

  /// The region names of botocore's endpoint data (`endpoints.json`), every partition; empty without botocore.
  public var regionNames: [String] {
    guard let botocoreDataDirectory else { return [] }
    return RegionNames.read(dataDirectory: botocoreDataDirectory, index: nil).map(\.name)
  }
}
