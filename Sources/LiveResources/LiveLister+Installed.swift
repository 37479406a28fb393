import CLIDetection
import FileSystem

extension LiveLister {
  /// A lister running the `aws` the user runs (the one on `PATH`) and keeping listings under `cacheDirectory`
  /// (argot's cache folder), or nil when there is no `aws` or no cache folder.
  ///
  /// `ARGOT_LIVE_COMPLETION` (`1`/`on`/`true` or `0`/`off`/`false`) decides whether it starts switched on, else
  /// `defaultOn` (on in the prompt, as AWS CLI v2's auto-prompt; off in shells and editors until the user
  /// chooses); `switchable` front ends (the language server's setting) get a lister even when it starts off.
  /// `ARGOT_LIVE_BUDGET_MS` sets how long a question may wait for a listing (default 1000) and
  /// `ARGOT_LIVE_TTL` how many seconds a listing is reused (default 300).
  public static func forInstalledCLI(
    defaultOn: Bool,
    switchable: Bool = false,
    cacheDirectory: String?,
    environment: ((String) -> String?)? = nil
  ) -> LiveLister? {
    let given = environment
    let environment = environment ?? { FileSystem.environment($0) }
    let switchText = environment("ARGOT_LIVE_COMPLETION")?.lowercased()
    let on: Bool =
      switch switchText {
      case "1", "on", "true", "yes": true
      case "0", "off", "false", "no": false
      default: defaultOn
      }
    // Nothing is looked up for a front end that stays off (one that can be switched on later gets its lister).
    guard on || switchable || given != nil else { return nil }
    let installed = given.map { InstalledCLI.detect(environment: $0) } ?? InstalledCLI.current
    guard let program = installed.program, let cacheDirectory else { return nil }
    let budget = environment("ARGOT_LIVE_BUDGET_MS").flatMap(Double.init).map { $0 / 1000 } ?? 1.0
    let freshness = environment("ARGOT_LIVE_TTL").flatMap(Double.init) ?? 300
    return LiveLister(
      program: program,
      cacheDirectory: cacheDirectory,
      budget: max(0, budget),
      freshness: max(0, freshness),
      isOn: on
    )
  }
}
