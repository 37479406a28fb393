import FileSystem

/// Where a botocore `data/` folder usually is when the `aws` on `PATH` does not name one (no `aws`, or its models
/// are missing): the AWS CLI v2 installer's bundle, a virtualenv, the user's site-packages, pyenv's versions,
/// `/usr/local`, then Debian's and the system's Python.
public enum WellKnownBotocore {
  /// The first candidate folder, in search order, that holds botocore's data; each group of candidates is listed
  /// only when the ones before it had none.
  public static func first(environment: (String) -> String?) -> String? {
    withoutActuallyEscaping(environment) { environment in
      let groups: [() -> [String]] = [
        { ["/usr/local/aws-cli/v2/current/dist/awscli/botocore/data"] },
        { environment("VIRTUAL_ENV").map { data(under: $0) } ?? [] },
        { environment("HOME").map { data(under: FileSystem.join($0, ".local")) } ?? [] },
        { pyenv(environment: environment) },
        { data(under: "/usr/local") },
        { data(under: "/usr") },
      ]
      for group in groups {
        if let found = group().first(where: InstalledCLI.isBotocoreData) { return found }
      }
      return nil
    }
  }

  /// The version of the botocore whose `data/` folder is `data`, from its `__init__.py`.
  public static func version(ofData data: String) -> String? {
    PythonPackage(path: FileSystem.directoryName(of: data)).version
  }

  private static func data(under prefix: String) -> [String] {
    PythonPackage.sitePackagesFolders(under: prefix).map { FileSystem.join($0, "botocore/data") }
  }

  /// pyenv's selected versions, then every installed one, newest name first.
  private static func pyenv(environment: (String) -> String?) -> [String] {
    guard let pyenv = PyenvShim(environment: environment) else { return [] }
    let versions =
      pyenv.selectedVersions(environment: environment).filter { $0 != "system" }
      + pyenv.installedVersions.reversed()
    return versions.flatMap { data(under: FileSystem.join(pyenv.root, "versions", $0)) }
  }
}
