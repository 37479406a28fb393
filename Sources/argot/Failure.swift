import ArgumentParser
import Glibc

/// Writes a message to standard error.
func printError(_ message: String) {
  var text = message
  if !text.hasSuffix("\n") { text += "\n" }
  var bytes = Array(text.utf8)
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
    if written <= 0 { break }
    offset += written
  }
}

/// Ends the command with an `argot: error: …` message and the given status.
func fail(_ message: String, status: Int32 = 1) -> ExitCode {
  printError("argot: error: \(message)")
  return ExitCode(status)
}
