import Glibc
import JSONRPC
import Testing

@Suite struct StandardStreamsTests {
  private func readAll(_ descriptor: Int32) -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 256)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      bytes += chunk[..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func strayWritesGoToTheRedirectTarget() throws {
    var protocolPipe: [Int32] = [0, 0]
    var errorPipe: [Int32] = [0, 0]
    #expect(pipe(&protocolPipe) == 0 && pipe(&errorPipe) == 0)
    let standardOutput = dup(protocolPipe[1])  // plays the part of descriptor 1
    close(protocolPipe[1])

    let guarded = try StandardStreams.guardStandardOutput(standardOutput, redirectingTo: errorPipe[1])
    #expect(guarded > 2 && guarded != standardOutput)
    #expect(fcntl(guarded, F_GETFD) & FD_CLOEXEC != 0)
    _ = write(guarded, "protocol", 8)
    _ = write(standardOutput, "stray", 5)
    close(guarded)
    close(standardOutput)
    close(errorPipe[1])

    #expect(readAll(protocolPipe[0]) == "protocol")
    #expect(readAll(errorPipe[0]) == "stray")
    close(protocolPipe[0])
    close(errorPipe[0])
  }

  @Test func badDescriptorThrows() {
    #expect(throws: SystemCallError.self) { try StandardStreams.guardStandardOutput(-1, redirectingTo: 2) }
  }
}
