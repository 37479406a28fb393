// libFuzzer target: the shell lexer, as scripts (ShellScript) and as a command line with a cursor
// (ShellCommandLine). Built by Scripts/fuzz.sh; the seeds are in Fuzz/Corpus/ShellLexer.
import ShellScript

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzShellLexer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let scalars = Array(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self).unicodeScalars)
  let script = ShellScript(scalars: scalars)
  for command in script.commands {
    precondition(command.range.lowerBound >= 0 && command.range.upperBound <= scalars.count, "command out of range")
  }
  _ = ShellCommandLine(scalars: scalars)
  _ = ShellCommandLine(scalars: scalars, cursor: scalars.count / 2)
  return 0
}
