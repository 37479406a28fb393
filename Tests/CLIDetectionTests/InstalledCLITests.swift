import FileSystem
import Glibc
import Testing

@testable import CLIDetection

/// A folder tree that looks like one way of installing the AWS CLI, and an environment that points at it.
private struct FakeMachine {
  let root: String
  var variables: [String: String] = [:]

  init() {
    var template = Array("/tmp/argot-cli-detection-XXXXXX".utf8CString)
    root = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
  }

  func write(_ relative: String, _ text: String, executable: Bool = false) {
    let path = FileSystem.join(root, relative)
    try! FileSystem.createDirectories(FileSystem.directoryName(of: path))
    try! FileSystem.writeText(path, text)
    if executable { chmod(path, 0o755) }
  }

  func link(_ relative: String, to target: String) {
    let path = FileSystem.join(root, relative)
    try! FileSystem.createDirectories(FileSystem.directoryName(of: path))
    symlink(target.hasPrefix("/") ? target : FileSystem.join(root, target), path)
  }

  /// A Python installation under `prefix` with awscli and botocore in its site-packages.
  func python(_ prefix: String, awscli: String, botocore: String?, vendored: Bool = false) {
    write("\(prefix)/bin/python3", "", executable: true)
    let site = "\(prefix)/lib/python3.11/site-packages"
    write("\(site)/awscli/__init__.py", "import os\n__version__ = '\(awscli)'\n")
    if let botocore {
      let package = vendored ? "\(site)/awscli/botocore" : "\(site)/botocore"
      write("\(package)/__init__.py", "__version__ = \"\(botocore)\"\n")
      write("\(package)/data/endpoints.json", "{}")
    }
    write(
      "\(prefix)/bin/aws",
      "#!\(FileSystem.join(root, prefix))/bin/python3\nimport awscli.clidriver\n",
      executable: true
    )
  }

  func detect() -> InstalledCLI {
    let variables = variables.mapValues { $0.replacingOccurrences(of: "ROOT", with: root) }
    return InstalledCLI.detect { variables[$0] }
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

@Suite struct InstalledCLITests {
  @Test func noAWSOnPathFollowsV2Rules() {
    var machine = FakeMachine()
    machine.write("bin/ls", "", executable: true)
    machine.variables["PATH"] = "ROOT/bin"
    let cli = machine.detect()
    #expect(cli.program == nil)
    #expect(cli.generation == .v2)
    #expect(cli.problem == nil)
    #expect(cli.steps.contains("no aws on PATH"))
  }

  @Test func pipInstallIsV1WithItsOwnBotocore() {
    var machine = FakeMachine()
    machine.python("venv", awscli: "1.45.11", botocore: "1.43.11")
    machine.variables["PATH"] = "ROOT/empty:ROOT/venv/bin"
    let cli = machine.detect()
    #expect(cli.program == FileSystem.join(machine.root, "venv/bin/aws"))
    #expect(cli.installKind == .python)
    #expect(cli.version == "1.45.11")
    #expect(cli.generation == .v1)
    #expect(cli.botocoreVersion == "1.43.11")
    #expect(cli.botocoreData == FileSystem.join(machine.root, "venv/lib/python3.11/site-packages/botocore/data"))
    #expect(cli.problem == nil)
  }

  @Test func pipxLinkIsFollowed() {
    var machine = FakeMachine()
    machine.python("pipx/venvs/awscli", awscli: "1.44.0", botocore: "1.42.0")
    machine.link("local/bin/aws", to: "pipx/venvs/awscli/bin/aws")
    machine.variables["PATH"] = "ROOT/local/bin"
    let cli = machine.detect()
    #expect(cli.version == "1.44.0")
    #expect(cli.botocoreVersion == "1.42.0")
    #expect(cli.resolvedProgram?.hasSuffix("pipx/venvs/awscli/bin/aws") == true)
  }

  @Test func homebrewStyleV2VendorsBotocoreInsideAwscli() {
    var machine = FakeMachine()
    machine.python("Cellar/awscli/2.36.7/libexec", awscli: "2.36.7", botocore: "2.0.0dev255", vendored: true)
    machine.link("brew/bin/aws", to: "Cellar/awscli/2.36.7/libexec/bin/aws")
    machine.variables["PATH"] = "ROOT/brew/bin"
    let cli = machine.detect()
    #expect(cli.generation == .v2)
    #expect(cli.version == "2.36.7")
    #expect(cli.botocoreData?.hasSuffix("site-packages/awscli/botocore/data") == true)
  }

  @Test func v2InstallerBundle() {
    var machine = FakeMachine()
    machine.write("aws-cli/v2/2.31.4/dist/aws", "\u{7F}ELF", executable: true)
    machine.write("aws-cli/v2/2.31.4/dist/awscli/botocore/data/endpoints.json", "{}")
    machine.link("aws-cli/v2/2.31.4/bin/aws", to: "aws-cli/v2/current/dist/aws")
    machine.link("aws-cli/v2/current", to: "aws-cli/v2/2.31.4")
    machine.link("bin/aws", to: "aws-cli/v2/current/bin/aws")
    machine.variables["PATH"] = "ROOT/bin"
    let cli = machine.detect()
    #expect(cli.installKind == .v2Bundle)
    #expect(cli.version == "2.31.4")
    #expect(cli.generation == .v2)
    #expect(cli.botocoreData?.hasSuffix("aws-cli/v2/2.31.4/dist/awscli/botocore/data") == true)
  }

  @Test func pyenvShimIsResolvedWithoutPyenvRoot() {
    var machine = FakeMachine()
    machine.python("pyenv/versions/3.11.7", awscli: "1.45.11", botocore: "1.43.11")
    machine.write("pyenv/versions/3.12.1/bin/python3", "", executable: true)
    machine.write("pyenv/version", "3.12.1\n3.11.7\n")
    machine.write(
      "pyenv/shims/aws",
      "#!/usr/bin/env bash\nset -e\nprogram=\"${0##*/}\"\n\nexport PYENV_ROOT=\"\(machine.root)/pyenv\"\n"
        + "exec \"\(machine.root)/pyenv/libexec/pyenv\" exec \"$program\" \"$@\"\n",
      executable: true
    )
    machine.variables["PATH"] = "ROOT/pyenv/shims:/usr/bin"
    machine.variables["HOME"] = "ROOT/home-without-pyenv"
    let cli = machine.detect()
    #expect(cli.installKind == .pyenv)
    #expect(cli.version == "1.45.11")
    #expect(cli.generation == .v1)
    #expect(cli.botocoreData?.hasSuffix("pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data") == true)
    #expect(cli.steps.contains { $0.contains("pyenv versions selected: 3.12.1, 3.11.7") })
  }

  @Test func pyenvVersionEnvironmentWins() {
    var machine = FakeMachine()
    machine.python("pyenv/versions/a", awscli: "1.40.0", botocore: "1.38.0")
    machine.python("pyenv/versions/b", awscli: "1.45.11", botocore: "1.43.11")
    machine.write("pyenv/version", "a\n")
    machine.write("pyenv/shims/aws", "#!/usr/bin/env bash\nexec pyenv exec aws\n", executable: true)
    machine.variables["PATH"] = "ROOT/pyenv/shims"
    machine.variables["PYENV_VERSION"] = "b"
    #expect(machine.detect().version == "1.45.11")
    machine.variables["PYENV_VERSION"] = nil
    #expect(machine.detect().version == "1.40.0")
  }

  @Test func overrideChangesTheRulesNotTheFacts() {
    var machine = FakeMachine()
    machine.python("venv", awscli: "1.45.11", botocore: "1.43.11")
    machine.variables["PATH"] = "ROOT/venv/bin"
    machine.variables["ARGOT_AWS_CLI"] = "v2"
    let cli = machine.detect()
    #expect(cli.generation == .v2)
    #expect(cli.generationOverridden)
    #expect(cli.installedGeneration == .v1)
    machine.variables["ARGOT_AWS_CLI"] = "v3"
    #expect(machine.detect().generation == .v1)
  }

  @Test func awsWithoutModelsIsAProblem() {
    var machine = FakeMachine()
    machine.python("venv", awscli: "1.45.11", botocore: nil)
    machine.variables["PATH"] = "ROOT/venv/bin"
    let cli = machine.detect()
    #expect(cli.botocoreData == nil)
    #expect(cli.problem?.contains("aws 1.45.11 is installed") == true)
  }

  @Test func envShebangIsLookedUpOnPath() {
    var machine = FakeMachine()
    machine.python("usr", awscli: "1.45.11", botocore: "1.43.11")
    machine.write("usr/bin/aws", "#!/usr/bin/env python3\n", executable: true)
    machine.variables["PATH"] = "ROOT/usr/bin"
    #expect(machine.detect().botocoreVersion == "1.43.11")
  }

  @Test func shimRootIsReadAsTheShellReadsIt() {
    #expect(PyenvShim.declaredRoot(in: "#!/bin/sh\nexport PYENV_ROOT='/opt/py env'\nexec x\n") == "/opt/py env")
    #expect(PyenvShim.declaredRoot(in: "export PYENV_ROOT=\"/a\"b # c\n") == "/ab")
    #expect(PyenvShim.declaredRoot(in: "export PYENV_ROOT=\"$HOME/.pyenv\"\n") == nil)
    #expect(PyenvShim.declaredRoot(in: "echo export PYENV_ROOT=/x\n") == nil)
  }

  /// A FIFO where a version file is expected is not opened (opening it would wait for a writer forever).
  @Test func aFIFOVersionFileDoesNotBlock() {
    var machine = FakeMachine()
    machine.python("pyenv/versions/3.11.7", awscli: "1.45.11", botocore: "1.43.11")
    machine.write("pyenv/shims/aws", "#!/usr/bin/env bash\nexec pyenv exec aws\n", executable: true)
    try! FileSystem.createDirectories(FileSystem.join(machine.root, "project"))
    mkfifo(FileSystem.join(machine.root, "project/.python-version"), 0o644)
    mkfifo(FileSystem.join(machine.root, "pyenv/version"), 0o644)
    machine.variables["PATH"] = "ROOT/pyenv/shims"
    machine.variables["PWD"] = "ROOT/project"
    #expect(machine.detect().version == "1.45.11")
  }

  @Test func wellKnownPlacesWhenNoAWSNamesOne() {
    var machine = FakeMachine()
    machine.python("venv", awscli: "1.45.11", botocore: "1.43.11")
    machine.variables["VIRTUAL_ENV"] = "ROOT/venv"
    machine.variables["HOME"] = "ROOT/home"
    let variables = machine.variables.mapValues { $0.replacingOccurrences(of: "ROOT", with: machine.root) }
    let found = WellKnownBotocore.first { variables[$0] }
    #expect(found == FileSystem.join(machine.root, "venv/lib/python3.11/site-packages/botocore/data"))
    #expect(found.flatMap(WellKnownBotocore.version(ofData:)) == "1.43.11")
  }

  @Test func versionLines() {
    #expect(PythonPackage.declaredVersion(in: "x = 1\n__version__ = '1.45.11'\n") == "1.45.11")
    #expect(PythonPackage.declaredVersion(in: "__version__ = \"2.36.7\"") == "2.36.7")
    #expect(PythonPackage.declaredVersion(in: "version = '1'") == nil)
    #expect(CLIGeneration(version: "1.45.11") == .v1)
    #expect(CLIGeneration(version: "2.0.0dev") == .v2)
    #expect(CLIGeneration(version: "3.0") == nil)
  }

  /// The machine's own `aws` (skipped when there is none): the facts agree with what `aws --version` says.
  @Test func thisMachine() throws {
    let cli = InstalledCLI.detect()
    guard let version = cli.version else { return }
    #expect(cli.botocoreData != nil)
    #expect(cli.installedGeneration == CLIGeneration(version: version))
  }
}
