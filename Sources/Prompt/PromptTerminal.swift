import Glibc

/// Why the prompt cannot run: there is no terminal to ask on.
public struct PromptTerminalError: Error, CustomStringConvertible {
  /// What is missing.
  public var description: String
}

/// Runs a `PromptSession` on the controlling terminal: keys are read from `/dev/tty` in raw mode, frames are
/// drawn on standard error below the cursor (the rest of the screen is left alone), and the terminal is put back
/// as it was on every way out: the session ending, Ctrl-C, SIGINT, SIGTERM, SIGHUP or SIGQUIT from outside, or a
/// crash.
///
/// Nothing is written to standard output: the caller prints the finished command there.
public enum PromptTerminal {
  /// Runs `session` until it finishes or is cancelled. Throws at once, without waiting for anything, when
  /// standard input or standard error is not a terminal or there is no controlling terminal.
  public static func run(_ session: PromptSession) throws(PromptTerminalError) -> PromptSession.Outcome {
    try checkAvailable()
    let descriptor = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw PromptTerminalError(description: "there is no controlling terminal (/dev/tty cannot be opened)")
    }
    defer { close(descriptor) }
    guard RawMode.enter(descriptor) else {
      throw PromptTerminalError(description: "the terminal cannot be put in raw mode")
    }
    defer { RawMode.leave() }

    let size = terminalSize(descriptor)
    let height = max(3, min(size.rows - 1, 18))
    let screen = ScreenWriter(height: height)
    screen.reserve()
    defer { screen.clear() }

    var decoder = KeyDecoder()
    screen.draw(session.frame(width: terminalSize(descriptor).columns - 1, height: height))
    var buffer = [UInt8](repeating: 0, count: 256)
    while session.outcome == .running {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        session.handle(.control("c"))
        break
      }
      var keys = decoder.feed(buffer[..<count])
      // An escape sequence split across reads: wait briefly for the rest, else it was the Escape key.
      while decoder.hasPending {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 40) > 0 else { break }
        let more = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard more > 0 else { break }
        keys += decoder.feed(buffer[..<more])
      }
      keys += decoder.flush()
      session.handle(keys)
      if session.outcome == .running {
        screen.draw(session.frame(width: terminalSize(descriptor).columns - 1, height: height))
      }
    }
    return session.outcome
  }

  /// Throws unless standard input and standard error are terminals and there is a controlling terminal; never
  /// reads anything.
  public static func checkAvailable() throws(PromptTerminalError) {
    guard isatty(0) == 1 else {
      throw PromptTerminalError(description: "standard input is not a terminal")
    }
    guard isatty(2) == 1 else {
      throw PromptTerminalError(description: "standard error is not a terminal (the prompt draws there)")
    }
    let descriptor = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw PromptTerminalError(description: "there is no controlling terminal (/dev/tty cannot be opened)")
    }
    close(descriptor)
  }

  /// Columns and rows (80×24 when the terminal doesn't say).
  static func terminalSize(_ descriptor: Int32) -> (columns: Int, rows: Int) {
    var size = winsize()
    if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
      return (Int(size.ws_col), Int(size.ws_row))
    }
    return (80, 24)
  }
}

/// The terminal's settings before raw mode, kept where a signal handler can reach them.
nonisolated(unsafe) private var savedAttributes = termios()
nonisolated(unsafe) private var rawDescriptor: Int32 = -1

/// Clears the prompt's lines and shows the cursor: restore the saved cursor, clear below it.
private let clearSequence: StaticString = "\u{1b}8\r\n\u{1b}[J\u{1b}8\u{1b}[?25h"

/// Raw mode on the terminal, undone by `leave()` or by the signal handlers it installs.
enum RawMode {
  /// Signals that end the process: sent from outside, or raised by a crash (a Swift trap is SIGILL or SIGTRAP).
  static let handledSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

  static func enter(_ descriptor: Int32) -> Bool {
    guard tcgetattr(descriptor, &savedAttributes) == 0 else { return false }
    var raw = savedAttributes
    // No echo, no line editing, no signals from keys (Ctrl-C arrives as a byte), no CR→NL translation, no
    // flow control, and no output processing (so a line feed keeps the column).
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | IGNCR | BRKINT | ISTRIP)
    raw.c_oflag &= ~tcflag_t(OPOST)
    raw.c_cflag |= tcflag_t(CS8)
    withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
      bytes[Int(VMIN)] = 1
      bytes[Int(VTIME)] = 0
    }
    rawDescriptor = descriptor
    for signal in handledSignals { install(signal) }
    return tcsetattr(descriptor, TCSADRAIN, &raw) == 0
  }

  static func leave() {
    guard rawDescriptor >= 0 else { return }
    tcsetattr(rawDescriptor, TCSADRAIN, &savedAttributes)
    rawDescriptor = -1
    for signal in handledSignals { Glibc.signal(signal, SIG_DFL) }
  }

  private static func install(_ signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { signal in
      // Only async-signal-safe calls: put the terminal back, clear the prompt, then die of the signal.
      if rawDescriptor >= 0 {
        tcsetattr(rawDescriptor, TCSANOW, &savedAttributes)
        _ = write(2, clearSequence.utf8Start, clearSequence.utf8CodeUnitCount)
      }
      Glibc.signal(signal, SIG_DFL)
      raise(signal)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }
}

/// Draws frames in a block of lines below the cursor, with ANSI sequences on standard error.
struct ScreenWriter {
  let height: Int
  let colors: Bool

  init(height: Int) {
    self.height = height
    let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
    colors = noColor.isEmpty
  }

  /// Makes room for the block (scrolling if the cursor is near the bottom) and saves the cursor position.
  func reserve() {
    emit(String(repeating: "\n", count: height) + "\u{1b}[\(height)A\u{1b}7")
  }

  func draw(_ frame: Frame) {
    var output = "\u{1b}[?25l\u{1b}8\r\n\u{1b}[J"
    for (index, line) in frame.lines.prefix(height).enumerated() {
      if index > 0 { output += "\r\n" }
      for span in line { output += styled(span) }
    }
    output += "\u{1b}8"
    if let cursor = frame.cursor {
      output += "\u{1b}[\(cursor.line + 1)B\r"
      if cursor.column > 0 { output += "\u{1b}[\(cursor.column)C" }
      output += "\u{1b}[?25h"
    }
    emit(output)
  }

  func clear() {
    emit("\u{1b}8\r\n\u{1b}[J\u{1b}8\u{1b}[?25h")
  }

  private func styled(_ span: Frame.Span) -> String {
    let code: String
    switch span.style {
    case .plain: return span.text
    case .selected: code = "7"
    case .dim: code = colors ? "2" : ""
    case .bold: code = "1"
    case .error: code = colors ? "31" : "1"
    case .warning: code = colors ? "33" : ""
    case .accent: code = colors ? "36" : ""
    case .success: code = colors ? "32" : ""
    }
    if code.isEmpty { return span.text }
    return "\u{1b}[\(code)m" + span.text + "\u{1b}[0m"
  }

  private func emit(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { break }
      offset += written
    }
  }
}
