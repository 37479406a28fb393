import FileSystem

/// The AWS CLI the user actually runs, found from files alone (never by running `aws`): the `aws` on `PATH`, how it
/// was installed, its version and generation, and the botocore models it reads.
///
/// `ARGOT_AWS_CLI=v1|v2` overrides the generation whose rules argot follows; with no `aws` installed, argot follows
/// the current (v2) rules. `steps` records how each fact was found, for `argot doctor`.
public struct InstalledCLI: Sendable, Hashable {
  /// The `aws` found on `PATH`, as `PATH` names it.
  public var program: String?
  /// The file that actually runs: links followed and a pyenv shim resolved to its Python version's script.
  public var resolvedProgram: String?
  /// How that program was installed.
  public var installKind: InstallKind
  /// The CLI's own version (`1.45.11`, `2.36.7`), read from its files.
  public var version: String?
  /// The generation the installed CLI belongs to, when its version is known.
  public var installedGeneration: CLIGeneration?
  /// The generation whose rules argot follows: `ARGOT_AWS_CLI`, else the installed one, else v2.
  public var generation: CLIGeneration
  /// Whether `generation` comes from `ARGOT_AWS_CLI`.
  public var generationOverridden: Bool
  /// The `botocore/data` folder that CLI reads its models from.
  public var botocoreData: String?
  /// That botocore's version (for v2, the botocore vendored in the bundle).
  public var botocoreVersion: String?
  /// How the facts above were found, one line per step.
  public var steps: [String]

  /// A detection with every fact given (tests and `ModelSearchPath(directories:)` use it).
  public init(
    program: String? = nil,
    resolvedProgram: String? = nil,
    installKind: InstallKind = .unknown,
    version: String? = nil,
    generation: CLIGeneration = .v2,
    generationOverridden: Bool = false,
    botocoreData: String? = nil,
    botocoreVersion: String? = nil,
    steps: [String] = []
  ) {
    self.program = program
    self.resolvedProgram = resolvedProgram
    self.installKind = installKind
    self.version = version
    self.installedGeneration = version.flatMap(CLIGeneration.init(version:))
    self.generation = generation
    self.generationOverridden = generationOverridden
    self.botocoreData = botocoreData
    self.botocoreVersion = botocoreVersion
    self.steps = steps
  }

  /// The detection for this process's environment, worked out once per process.
  public static let current = detect()

  /// Works out the installed CLI from the process's environment.
  public static func detect() -> InstalledCLI { detect { FileSystem.environment($0) } }

  /// Works out the installed CLI from `environment` (a variable's value, or nil when unset).
  public static func detect(environment: (String) -> String?) -> InstalledCLI {
    var found = InstalledCLI()
    found.locateProgram(environment: environment)
    if let resolved = found.resolvedProgram { found.readInstallation(of: resolved, environment: environment) }
    found.installedGeneration = found.version.flatMap(CLIGeneration.init(version:))
    if let override = environment("ARGOT_AWS_CLI") {
      if let chosen = CLIGeneration(rawValue: override.lowercased()) {
        found.generation = chosen
        found.generationOverridden = true
        found.steps.append("ARGOT_AWS_CLI=\(override): following \(chosen.displayName) rules")
      } else {
        found.steps.append("ARGOT_AWS_CLI=\(override) is neither v1 nor v2; ignored")
      }
    }
    if !found.generationOverridden {
      if let installed = found.installedGeneration {
        found.generation = installed
        found.steps.append("following \(installed.displayName) rules, as the installed aws")
      } else {
        found.generation = .v2
        found.steps.append(
          found.program == nil
            ? "no aws on PATH: following the current AWS CLI v2 rules"
            : "the version of \(found.program ?? "aws") is unknown: following the current AWS CLI v2 rules"
        )
      }
    }
    return found
  }

  /// A one-line problem a front end should show once, or nil when all is well: `aws` is installed but its models
  /// were not found, so argot falls back.
  public var problem: String? {
    guard let program, botocoreData == nil else { return nil }
    let what = version.map { "aws \($0)" } ?? "aws"
    return "\(what) is installed (\(program)) but argot could not find the botocore models it reads; "
      + "argot falls back to other models it can find. Run `argot doctor` for details and the fix."
  }

  // MARK: - Finding the program

  private mutating func locateProgram(environment: (String) -> String?) {
    guard let path = environment("PATH") else {
      steps.append("PATH is not set: no aws to find")
      return
    }
    let folders = path.split(separator: ":", omittingEmptySubsequences: false).map { $0.isEmpty ? "." : String($0) }
    for (index, folder) in folders.enumerated() {
      let candidate = FileSystem.join(folder, "aws")
      guard FileSystem.isExecutableFile(candidate) else { continue }
      program = candidate
      steps.append("aws on PATH: \(candidate)")
      var resolved = FileSystem.resolvingSymbolicLinks(candidate)
      if resolved != candidate { steps.append("links followed: \(resolved)") }
      if let shim = PyenvShim(path: resolved, environment: environment) {
        steps.append("a pyenv shim (pyenv root \(shim.root))")
        installKind = .pyenv
        guard let real = resolve(shim, remainingPath: Array(folders[(index + 1)...]), environment: environment)
        else { return }
        resolved = FileSystem.resolvingSymbolicLinks(real)
      }
      resolvedProgram = resolved
      return
    }
    steps.append("no aws on PATH")
  }

  /// The script a pyenv shim runs: the first selected version that has it, or the next `aws` on `PATH` for
  /// `system`.
  private mutating func resolve(
    _ shim: PyenvShim,
    remainingPath: [String],
    environment: (String) -> String?
  )
    -> String?
  {
    let selected = shim.selectedVersions(environment: environment)
    steps.append("pyenv versions selected: \(selected.joined(separator: ", "))")
    for version in selected {
      if version == "system" {
        for folder in remainingPath where !folder.hasSuffix("/shims") {
          let candidate = FileSystem.join(folder, "aws")
          if FileSystem.isExecutableFile(candidate) {
            steps.append("pyenv version system: \(candidate)")
            return candidate
          }
        }
      } else if let script = shim.program("aws", inVersion: version) {
        steps.append("pyenv version \(version): \(script)")
        return script
      }
    }
    // pyenv itself would fail here ("command not found"); the versions that have aws are still the best guess.
    for version in shim.installedVersions.reversed() {
      if let script = shim.program("aws", inVersion: version) {
        steps.append("no selected pyenv version has aws; version \(version) does: \(script)")
        return script
      }
    }
    steps.append("no pyenv version has aws")
    return nil
  }

  // MARK: - Reading the installation

  private mutating func readInstallation(of resolved: String, environment: (String) -> String?) {
    if readV2Bundle(resolved) { return }
    if installKind == .unknown { installKind = .python }
    guard let interpreter = Self.interpreter(of: resolved, environment: environment) else {
      steps.append("\(resolved) is neither a v2 bundle nor a Python script")
      return
    }
    steps.append("a Python script run by \(interpreter)")
    var prefixes = [FileSystem.directoryName(of: FileSystem.directoryName(of: interpreter))]
    let real = FileSystem.resolvingSymbolicLinks(interpreter)
    let realPrefix = FileSystem.directoryName(of: FileSystem.directoryName(of: real))
    if !prefixes.contains(realPrefix) { prefixes.append(realPrefix) }
    for prefix in prefixes {
      for sitePackages in PythonPackage.sitePackagesFolders(under: prefix) {
        guard let awscli = PythonPackage.find("awscli", in: sitePackages) else { continue }
        version = awscli.version
        steps.append("awscli \(version ?? "(version unknown)") in \(sitePackages)")
        readModels(sitePackages: sitePackages, awscli: awscli)
        return
      }
    }
    steps.append("no awscli package beside \(interpreter)")
  }

  /// The AWS CLI v2 installer's layout: `<root>/v2/<version>/bin/aws` or `…/dist/aws`, models in
  /// `<root>/v2/<version>/dist/awscli/botocore/data`.
  private mutating func readV2Bundle(_ resolved: String) -> Bool {
    let folder = FileSystem.directoryName(of: resolved)
    let versionFolder =
      FileSystem.baseName(of: folder) == "dist" || FileSystem.baseName(of: folder) == "bin"
      ? FileSystem.directoryName(of: folder) : folder
    let data = FileSystem.join(versionFolder, "dist/awscli/botocore/data")
    guard Self.isBotocoreData(data) else { return false }
    installKind = .v2Bundle
    let name = FileSystem.baseName(of: versionFolder)
    if CLIGeneration(version: name) != nil {
      version = name
    } else if let awscli = PythonPackage.find("awscli", in: FileSystem.join(versionFolder, "dist")) {
      version = awscli.version
    }
    steps.append("an AWS CLI v2 bundle, version \(version ?? "unknown"): \(versionFolder)")
    botocoreData = data
    botocoreVersion = WellKnownBotocore.version(ofData: data)
    steps.append("models: \(data)")
    return true
  }

  private mutating func readModels(sitePackages: String, awscli: PythonPackage) {
    // v2 installed as a Python package (Homebrew, the source tree) vendors botocore inside awscli.
    let candidates = [
      FileSystem.join(awscli.path, "botocore/data"),
      FileSystem.join(sitePackages, "botocore/data"),
    ]
    for data in candidates where Self.isBotocoreData(data) {
      botocoreData = data
      botocoreVersion = WellKnownBotocore.version(ofData: data)
      steps.append("models: \(data) (botocore \(botocoreVersion ?? "version unknown"))")
      return
    }
    steps.append("no botocore models beside awscli in \(sitePackages)")
  }

  /// The Python interpreter named by a script's `#!` line (`/usr/bin/env python3` looked up on `PATH`).
  static func interpreter(of script: String, environment: (String) -> String?) -> String? {
    guard FileSystem.isRegularFile(script), let bytes = try? FileSystem.readFile(script, offset: 0, count: 512),
      bytes.starts(with: [35, 33])
    else {
      return nil
    }
    let line = String(decoding: bytes.dropFirst(2).prefix { $0 != 10 }, as: UTF8.self)
    var words = line.split(separator: " ").map(String.init)
    if let first = words.first, FileSystem.baseName(of: first) == "env" {
      words.removeFirst()
      while let option = words.first, option.hasPrefix("-") { words.removeFirst() }
      guard let name = words.first else { return nil }
      for folder in (environment("PATH") ?? "").split(separator: ":") {
        let candidate = FileSystem.join(String(folder), name)
        if FileSystem.isExecutableFile(candidate) { return candidate }
      }
      return nil
    }
    guard let interpreter = words.first, FileSystem.baseName(of: interpreter).hasPrefix("python") else { return nil }
    return interpreter
  }

  /// Whether a folder looks like botocore's `data/`.
  public static func isBotocoreData(_ path: String) -> Bool {
    FileSystem.exists(FileSystem.join(path, "endpoints.json"))
      || FileSystem.exists(FileSystem.join(path, "sdk-default-configuration.json"))
  }
}
