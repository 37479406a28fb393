import Glibc
import JSONRPC
import ShellScript
import Testing

@testable import ArgotServer

@Suite struct StreamTests {
  @Test func stoppableInputPassesBytesThenEndsOnStop() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let input = try StoppableInput(source: ends[0])
    let message = Array("{\"jsonrpc\":\"2.0\"}\n".utf8)
    #expect(message.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) } == message.count)
    var buffer = [UInt8](repeating: 0, count: 64)
    var received: [UInt8] = []
    while received.count < message.count {
      let count = buffer.withUnsafeMutableBytes { read(input.descriptor, $0.baseAddress, $0.count) }
      #expect(count > 0)
      if count <= 0 { break }
      received += buffer[..<count]
    }
    #expect(received == message)
    input.stop()
    // The source is still open, yet the input has ended.
    #expect(buffer.withUnsafeMutableBytes { read(input.descriptor, $0.baseAddress, $0.count) } == 0)
    input.stop()
    close(ends[1])
    close(input.descriptor)
  }

  @Test func stoppableInputEndsWithItsSource() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let input = try StoppableInput(source: ends[0])
    close(ends[1])
    var buffer = [UInt8](repeating: 0, count: 8)
    #expect(buffer.withUnsafeMutableBytes { read(input.descriptor, $0.baseAddress, $0.count) } == 0)
    input.stop()
    close(input.descriptor)
  }
}
