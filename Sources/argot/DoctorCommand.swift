import ArgumentParser
import CLIDetection
import CLISchema
import FileSystem
import JSON
import SchemaRegistry
import ShellIntegration

/// `argot doctor`: what argot found on this machine — which `aws`, its version and rules, the models, the cache,
/// the shells — how it found it, and the fix for each problem.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Show which AWS CLI, models, cache and shell setup argot found, and how to fix problems.",
    discussion: """
      argot follows the AWS CLI you run: it finds the aws on PATH (pyenv shims, pipx, virtualenvs, the v2 \
      installer and Homebrew included) without running it, reads its version and the botocore models it \
      carries, and follows that version's rules (ARGOT_AWS_CLI=v1 or v2 overrides). Exits with 1 when the \
      models argot reads are not the installed AWS CLI's own.
      """
  )

  @Flag(name: .long, help: "Print the findings as JSON.")
  var json = false

  func run() throws {
    let catalog = try Catalog.load(announcingFallback: false)
    let registry = catalog.registry
    let search = registry.searchPath
    let cli = search.cli
    let services = registry.serviceNames()
    let cached = services.filter { registry.isCached($0) }.count
    let shells = Shell.allCases.filter { shell in Self.isInstalled(shell.rawValue) }.map { ShellSetup.inspect($0) }

    var problems: [(problem: String, fix: String)] = []
    if let program = cli.program, cli.botocoreData == nil {
      problems.append(
        (
          "aws \(cli.version ?? "") at \(program) was found, but not the botocore models it reads",
          "point argot at them with ARGOT_BOTOCORE_DATA=/path/to/botocore/data, or reinstall the AWS CLI"
        )
      )
    }
    if search.botocoreDataDirectory == nil {
      problems.append(
        (
          "no botocore models found: only the embedded Direct Connect default is known",
          "install the AWS CLI (pip install awscli, or AWS CLI v2), or set AWS_DATA_PATH"
        )
      )
    }

    let findings = Findings(
      cli: cli,
      search: search,
      botocoreVersion: registry.botocoreVersion,
      services: services.count,
      cached: cached,
      cacheDirectory: registry.cacheDirectory,
      shells: shells,
      problems: problems
    )
    print(json ? findings.json.serialized(.pretty) : findings.text)
    if !problems.isEmpty { throw ExitCode(1) }
  }

  private static func isInstalled(_ program: String) -> Bool {
    (FileSystem.environment("PATH") ?? "").split(separator: ":").contains {
      FileSystem.isExecutableFile(FileSystem.join(String($0), program))
    }
  }

  fileprivate static func rules(_ cli: InstalledCLI) -> String {
    let reason =
      cli.generationOverridden
      ? "set by ARGOT_AWS_CLI" : cli.installedGeneration != nil ? "as the installed aws" : "no aws version known"
    return "\(cli.generation.displayName) (\(reason))"
  }

  /// What `argot doctor` found, printed as text or JSON.
  struct Findings {
    var cli: InstalledCLI
    var search: ModelSearchPath
    var botocoreVersion: String?
    var services: Int
    var cached: Int
    var cacheDirectory: String?
    var shells: [ShellSetup]
    var problems: [(problem: String, fix: String)]

    /// The findings for people.
    var text: String {
      var lines: [String] = []
      func row(_ label: String, _ value: String) { lines.append(label.padding(toLength: 10) + value) }
      if let program = cli.program {
        let resolved = cli.resolvedProgram.map { $0 == program ? "" : " → \($0)" } ?? ""
        row("aws", program + resolved + " (\(cli.installKind.rawValue))")
      } else {
        row("aws", "not found on PATH (argot follows AWS CLI v2; ARGOT_AWS_CLI=v1 follows v1)")
      }
      row(
        "version",
        cli.version.map { "\($0) (\(CLIGeneration(version: $0)?.displayName ?? "unknown generation"))" } ?? "unknown"
      )
      row("rules", DoctorCommand.rules(cli))
      if let data = search.botocoreDataDirectory {
        row("models", "\(data) (botocore \(botocoreVersion ?? "version unknown")), \(services) services")
      } else {
        row("models", "the embedded default (\(services) service\(services == 1 ? "" : "s"))")
      }
      for folder in search.directories where folder != search.botocoreDataDirectory {
        row("", "also searched: \(folder)")
      }
      if let fallback = search.fallback { row("fallback", fallback) }
      row(
        "cache",
        cacheDirectory.map { "\($0): \(cached) of \(services) services cached" } ?? "off (ARGOT_CACHE_DIR=off)"
      )
      for setup in shells {
        row(
          setup.shell.rawValue,
          setup.configuredIn.map { "set up in \($0)" }
            ?? "not set up for aws completion: add `\(setup.setupLine)` to \(setup.recommendedFile)"
        )
      }
      lines.append("")
      lines.append("How the AWS CLI was found:")
      lines += cli.steps.map { "  - \($0)" }
      lines.append("")
      if problems.isEmpty {
        lines.append("No problems found.")
      } else {
        lines.append("Problems:")
        for (problem, fix) in problems { lines.append("  - \(problem)\n    fix: \(fix)") }
      }
      return lines.joined(separator: "\n")
    }

    /// The findings for machines.
    var json: JSONValue {
      func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
      let aws = JSONObject([
        ("program", text(cli.program)), ("resolvedProgram", text(cli.resolvedProgram)),
        ("installKind", .string(cli.installKind.rawValue)), ("version", text(cli.version)),
        ("installedGeneration", text(cli.installedGeneration?.rawValue)), ("rules", .string(cli.generation.rawValue)),
        ("rulesOverridden", .bool(cli.generationOverridden)), ("steps", .array(cli.steps.map(JSONValue.string))),
      ])
      let models = JSONObject([
        ("botocoreDataDirectory", text(search.botocoreDataDirectory)), ("botocoreVersion", text(botocoreVersion)),
        ("searchPath", .array(search.directories.map(JSONValue.string))), ("fallback", text(search.fallback)),
        ("serviceCount", .integer(Int64(services))),
      ])
      let cache = JSONObject([
        ("directory", text(cacheDirectory)), ("cachedServices", .integer(Int64(cached))),
      ])
      let shellEntries: [JSONValue] = shells.map { setup in
        .object(
          JSONObject([
            ("shell", .string(setup.shell.rawValue)), ("configuredIn", text(setup.configuredIn)),
            ("setupLine", .string(setup.setupLine)), ("recommendedFile", .string(setup.recommendedFile)),
          ])
        )
      }
      let problemEntries: [JSONValue] = problems.map {
        .object(JSONObject([("problem", .string($0.problem)), ("fix", .string($0.fix))]))
      }
      return .object(
        JSONObject([
          ("aws", .object(aws)), ("models", .object(models)), ("cache", .object(cache)),
          ("shells", .array(shellEntries)), ("problems", .array(problemEntries)),
        ])
      )
    }
  }
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self + " " : self + String(repeating: " ", count: length - count)
  }
}
