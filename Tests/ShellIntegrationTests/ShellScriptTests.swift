import Testing
import TextSnapshots

@testable import ShellIntegration

/// `argot init SHELL`: the glue and the embedded files (snapshots of the whole scripts in `Snapshots/`).
struct ShellScriptTests {
  @Test(arguments: Shell.allCases)
  func initScriptsAreTheFilesWithTheirGlue(shell: Shell) throws {
    let script = ShellScript.initScript(for: shell, argotPath: "/opt/argot's/bin/argot")
    let file = try #require(ShellScript.file(shell.completionFileName, of: shell))
    #expect(script.contains(file))
    var withoutPrompt = script
    if let prompt = ShellScript.file(shell.promptFileName, of: shell) {
      #expect(script.hasSuffix(prompt))
      withoutPrompt.removeLast(prompt.count)
    }
    #expect(withoutPrompt.hasSuffix(file))
    // The prompt widget (issue 6) is left out of the snapshot: it is its own file, appended as it is.
    try Snapshot.check(withoutPrompt, named: "init-\(shell.rawValue).txt")
  }

  @Test func everyShellHasItsCompletionFile() {
    #expect(ShellScript.fileNames(of: .bash).contains("aws.bash"))
    #expect(ShellScript.fileNames(of: .zsh).contains("_aws"))
    #expect(ShellScript.fileNames(of: .fish).contains("aws.fish"))
  }

  @Test func pathsAreQuotedForEachShell() {
    #expect(ShellScript.posixQuoted("/a b/it's") == #"'/a b/it'\''s'"#)
    #expect(ShellScript.fishQuoted(#"/a b/it's\x"#) == #"'/a b/it\'s\\x'"#)
    let bash = ShellScript.initScript(for: .bash, argotPath: nil)
    #expect(!bash.contains("ARGOT_COMMAND="))
  }
}
