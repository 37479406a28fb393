public import Completion
import Glibc

/// `argot serve --shell-lines`: answers completion requests from a shell's coprocess, one line at a time.
///
/// Each request line (see `ShellLineProtocol`) gets the lines `argot complete --shell SHELL` would print, then
/// the end-of-reply line. A request that cannot be read gets an empty reply (the shell offers nothing) and a
/// message on the log. The server answers until its input ends.
public struct ShellLineServer: Sendable {
  /// The engine that answers.
  public var engine: CompletionEngine
  /// Where messages about bad requests go.
  public var log: @Sendable (String) -> Void

  /// A server over `engine`.
  public init(engine: CompletionEngine, log: @escaping @Sendable (String) -> Void) {
    self.engine = engine
    self.log = log
  }

  /// The reply to one request line (without its newline): the rendered lines and the end-of-reply line.
  public func reply(to requestLine: some StringProtocol) -> String {
    reply(to: requestLine, number: nil)
  }

  private func reply(to requestLine: some StringProtocol, number: Int?) -> String {
    let framed = ShellLineProtocol.asksForLength(requestLine)
    do {
      let request = try ShellCompletionRequest(protocolLine: requestLine)
      return ShellLineProtocol.frame(request.answer(using: engine), length: framed)
    } catch {
      log((number.map { "request \($0): " } ?? "bad request: ") + "\(error)")
      return ShellLineProtocol.frame("", length: framed)
    }
  }

  /// The longest request line read; a longer one gets an empty reply.
  public static let maximumLineLength = 1 << 20

  /// Reads requests from `input` and writes replies to `output` until `input` ends or cannot be read.
  public func run(input: Int32, output: Int32) {
    var pending: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    var requestNumber = 0
    // The rest of a line too long to keep is being skipped.
    var skipping = false
    while true {
      let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return }
      pending.append(contentsOf: buffer[0..<count])
      var lineStart = 0
      var replies: [UInt8] = []
      while let newline = pending[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
        requestNumber += 1
        if skipping {
          skipping = false
          log("request \(requestNumber): longer than \(Self.maximumLineLength) bytes")
          let framed = ShellLineProtocol.asksForLength(pending[lineStart..<newline])
          replies.append(contentsOf: ShellLineProtocol.frame("", length: framed).utf8)
        } else {
          var line = String(decoding: pending[lineStart..<newline], as: UTF8.self)
          if line.hasSuffix("\r") { line.removeLast() }
          replies.append(contentsOf: reply(to: line, number: requestNumber).utf8)
        }
        lineStart = newline + 1
      }
      pending.removeFirst(lineStart)
      if pending.count > Self.maximumLineLength {
        pending = []
        skipping = true
      }
      guard Self.write(replies, to: output) else { return }
    }
  }

  /// Writes all of `bytes`; false when the output is gone.
  private static func write(_ bytes: [UInt8], to output: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(output, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }
}
