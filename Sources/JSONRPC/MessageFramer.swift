/// Splits a byte stream into message bodies: a state machine fed arbitrary chunks.
///
/// The framing mode is taken from the first non-whitespace byte (see `FramingMode(firstByte:)`) unless it
/// is given. In `contentLength` mode a header block is lines ending in `\n` (a `\r` before it is dropped)
/// up to a blank line; header names are matched without regard to case, headers other than
/// `Content-Length` (such as `Content-Type`) and lines without a colon are ignored, and blank lines between
/// messages are skipped. Bytes before `Content-Length` on the first line of a block are ignored, so that the
/// leftovers of a body whose declared length was too short cost only that body. In `newlineDelimited` mode
/// each non-blank line is a message (without its `\n` or `\r\n`), and a last line without a newline is a
/// message too.
///
/// Bad input never stops the framer. A header block without a usable `Content-Length`, or a header line
/// longer than `maximumHeaderLineLength`, is reported, and the framer then skips bytes until the text
/// `Content-Length` (in any case) starts a new header block. A message longer than `maximumMessageSize` is
/// reported and its bytes are skipped rather than buffered.
public struct MessageFramer: Sendable {
  /// What the framer found.
  public enum Event: Sendable, Hashable {
    /// A complete message body (without headers or the newline).
    case message([UInt8])
    /// A framing problem; the stream carries on.
    case error(FramingError)
  }

  /// The default `maximumMessageSize`: 16 MiB.
  public static let defaultMaximumMessageSize = 16 << 20
  /// The longest header line accepted: 8 KiB.
  public static let maximumHeaderLineLength = 8 << 10

  /// The largest message body kept; larger ones are skipped and reported.
  public let maximumMessageSize: Int
  /// The mode in use, or nil while only whitespace has been seen.
  public private(set) var mode: FramingMode?

  private enum State: Sendable {
    case detecting
    case header
    case body(remaining: Int)
    case skippingBody(remaining: Int)
    case resynchronizing(matched: Int)
    case line
    case skippingLine
  }

  private var state: State
  /// The header line, body or line being collected.
  private var buffer: [UInt8] = []
  /// The current header block: its `Content-Length`, its first problem, and how many bytes it has had.
  private var contentLength: Int?
  private var headerError: FramingError?
  private var headerLineCount = 0
  private var headerBlockSize = 0

  private static let contentLengthName = Array("content-length".utf8)

  /// Creates a framer.
  ///
  /// - Parameters:
  ///   - maximumMessageSize: the largest body kept, in bytes.
  ///   - mode: the framing to use; nil to detect it from the first non-whitespace byte.
  public init(maximumMessageSize: Int = defaultMaximumMessageSize, mode: FramingMode? = nil) {
    self.maximumMessageSize = maximumMessageSize
    self.mode = mode
    switch mode {
    case nil: state = .detecting
    case .contentLength?: state = .header
    case .newlineDelimited?: state = .line
    }
  }

  /// Feeds the next chunk of the stream, appending whatever it completes to `events`.
  public mutating func feed(_ chunk: UnsafeRawBufferPointer, into events: inout [Event]) {
    var index = 0
    let end = chunk.count
    while index < end {
      switch state {
      case .detecting:
        let byte = chunk[index]
        if isWhitespace(byte) {
          index += 1
          continue
        }
        let detected = FramingMode(firstByte: byte)
        mode = detected
        state = detected == .contentLength ? .header : .line

      case .header:
        let byte = chunk[index]
        index += 1
        headerBlockSize += 1
        if byte == UInt8(ascii: "\n") {
          endHeaderLine(into: &events)
        } else {
          buffer.append(byte)
          if buffer.count > Self.maximumHeaderLineLength {
            events.append(.error(.headerTooLong(limit: Self.maximumHeaderLineLength)))
            resetHeaderBlock()
            state = .resynchronizing(matched: 0)
          }
        }

      case .body(let remaining):
        let count = min(remaining, end - index)
        buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[index..<index + count]))
        index += count
        if count == remaining {
          events.append(.message(buffer))
          buffer = []
          state = .header
        } else {
          state = .body(remaining: remaining - count)
        }

      case .skippingBody(let remaining):
        let count = min(remaining, end - index)
        index += count
        state = count == remaining ? .header : .skippingBody(remaining: remaining - count)

      case .resynchronizing(let matched):
        let byte = asciiLowercase(chunk[index])
        index += 1
        let name = Self.contentLengthName
        if byte == name[matched] {
          if matched + 1 == name.count {
            buffer = name
            headerBlockSize = name.count
            state = .header
          } else {
            state = .resynchronizing(matched: matched + 1)
          }
        } else {
          state = .resynchronizing(matched: byte == name[0] ? 1 : 0)
        }

      case .line:
        let rest = chunk[index..<end]
        let newline = rest.firstIndex(of: UInt8(ascii: "\n"))
        buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[index..<(newline ?? end)]))
        index = newline.map { $0 + 1 } ?? end
        if buffer.count > maximumMessageSize {
          events.append(.error(.messageTooLarge(size: newline == nil ? nil : buffer.count, limit: maximumMessageSize)))
          buffer = []
          if newline == nil { state = .skippingLine }
        } else if newline != nil {
          if buffer.last == UInt8(ascii: "\r") { buffer.removeLast() }
          if !buffer.allSatisfy(isWhitespace) { events.append(.message(buffer)) }
          buffer = []
        }

      case .skippingLine:
        if let newline = chunk[index..<end].firstIndex(of: UInt8(ascii: "\n")) {
          index = newline + 1
          state = .line
        } else {
          index = end
        }
      }
    }
  }

  /// Feeds the next chunk of the stream and returns whatever it completes.
  public mutating func feed(_ bytes: [UInt8]) -> [Event] {
    var events: [Event] = []
    bytes.withUnsafeBytes { feed($0, into: &events) }
    return events
  }

  /// Ends the stream: a last newline-delimited line becomes a message, and a message cut short is reported.
  /// The framer is then ready for a new stream in the same mode.
  public mutating func finish() -> [Event] {
    var events: [Event] = []
    switch state {
    case .header:
      if headerLineCount > 0 || !buffer.allSatisfy(isWhitespace) {
        events.append(.error(.truncatedMessage(expected: nil, received: headerBlockSize)))
      }
    case .body(let remaining):
      events.append(.error(.truncatedMessage(expected: buffer.count + remaining, received: buffer.count)))
    case .line:
      if !buffer.allSatisfy(isWhitespace) { events.append(.message(buffer)) }
    case .detecting, .skippingBody, .resynchronizing, .skippingLine:
      break
    }
    buffer = []
    resetHeaderBlock()
    switch mode {
    case nil: state = .detecting
    case .contentLength?: state = .header
    case .newlineDelimited?: state = .line
    }
    return events
  }

  /// Handles one header line (in `buffer`, without its `\n`).
  private mutating func endHeaderLine(into events: inout [Event]) {
    var line = trimmed(buffer[...])
    buffer.removeAll(keepingCapacity: true)
    guard line.isEmpty else {
      if headerLineCount == 0, let start = lastContentLength(in: line) {
        // Leftovers of a body whose Content-Length was too short, then the next header.
        line = line[start...]
      }
      if let colon = line.firstIndex(of: UInt8(ascii: ":")),
        trimmed(line[..<colon]).map(asciiLowercase).elementsEqual(Self.contentLengthName)
      {
        readContentLength(trimmed(line[(colon + 1)...]))
      }
      headerLineCount += 1
      return
    }
    guard headerLineCount > 0 else {
      headerBlockSize = 0
      return
    }
    defer { resetHeaderBlock() }
    if let headerError {
      events.append(.error(headerError))
      state = .resynchronizing(matched: 0)
    } else if let length = contentLength {
      if length > maximumMessageSize {
        events.append(.error(.messageTooLarge(size: length, limit: maximumMessageSize)))
        state = .skippingBody(remaining: length)
      } else if length == 0 {
        events.append(.message([]))
      } else {
        buffer.reserveCapacity(min(length, 1 << 20))
        state = .body(remaining: length)
      }
    } else {
      events.append(.error(.missingContentLength))
      state = .resynchronizing(matched: 0)
    }
  }

  /// Reads a `Content-Length` value: 1 to 18 decimal digits, and the same value if the header repeats.
  private mutating func readContentLength(_ value: ArraySlice<UInt8>) {
    var length = 0
    let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
    let isNumber = (1...18).contains(value.count) && value.allSatisfy { digits.contains($0) }
    if isNumber {
      for digit in value { length = length * 10 + Int(digit - UInt8(ascii: "0")) }
    }
    if !isNumber || (contentLength != nil && contentLength != length) {
      if headerError == nil { headerError = .invalidContentLength(String(decoding: value, as: UTF8.self)) }
    } else {
      contentLength = length
    }
  }

  private mutating func resetHeaderBlock() {
    buffer.removeAll(keepingCapacity: true)
    contentLength = nil
    headerError = nil
    headerLineCount = 0
    headerBlockSize = 0
  }
}

private func isWhitespace(_ byte: UInt8) -> Bool {
  byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
}

private func asciiLowercase(_ byte: UInt8) -> UInt8 {
  (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
}

/// Where the last `Content-Length` (in any case) in `line` starts.
private func lastContentLength(in line: ArraySlice<UInt8>) -> Int? {
  let name = Array("content-length".utf8)
  var start = line.endIndex - name.count
  while start >= line.startIndex {
    if line[start..<start + name.count].lazy.map(asciiLowercase).elementsEqual(name) { return start }
    start -= 1
  }
  return nil
}

private func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
  guard let first = bytes.firstIndex(where: { !isWhitespace($0) }) else { return bytes[bytes.endIndex...] }
  let last = bytes.lastIndex(where: { !isWhitespace($0) })!
  return bytes[first...last]
}
