/// The text ranges of every key and value of a JSON text, by path, so that problems found in a JSON value can
/// be underlined where they were written. Offsets count Unicode scalars.
struct JSONSourceMap: Sendable {
  /// A key's and a value's ranges.
  struct Span: Sendable, Hashable {
    var keyRange: Range<Int>?
    var valueRange: Range<Int>
  }

  private(set) var spans: [ValuePath: Span] = [:]

  /// Maps `text`, which must be JSON that parsed; a malformed text gives a partial map.
  init(_ text: String) {
    var scanner = Scanner(scalars: Array(text.unicodeScalars))
    scanner.skipBlanks()
    scanner.value(at: .root, key: nil)
    spans = scanner.spans
  }

  /// The span for `path` or its nearest ancestor.
  func nearest(_ path: ValuePath) -> Span? {
    var current = path
    while true {
      if let span = spans[current] { return span }
      if current.isRoot { return nil }
      current = current.parent
    }
  }

  private struct Scanner {
    let scalars: [Unicode.Scalar]
    var index = 0
    var spans: [ValuePath: Span] = [:]

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func skipBlanks() {
      while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { index += 1 }
    }

    mutating func value(at path: ValuePath, key: Range<Int>?) {
      guard index < scalars.count else { return }
      let start = index
      switch scalars[index] {
      case "{":
        index += 1
        skipBlanks()
        while index < scalars.count, scalars[index] != "}" {
          let keyStart = index
          guard let name = string() else { return }
          let keyRange = keyStart..<index
          skipBlanks()
          guard index < scalars.count, scalars[index] == ":" else { return }
          index += 1
          skipBlanks()
          value(at: path.appending(key: name), key: keyRange)
          skipBlanks()
          if index < scalars.count, scalars[index] == "," { index += 1; skipBlanks() }
        }
        if index < scalars.count { index += 1 }
      case "[":
        index += 1
        skipBlanks()
        var position = 0
        while index < scalars.count, scalars[index] != "]" {
          value(at: path.appending(index: position), key: nil)
          position += 1
          skipBlanks()
          if index < scalars.count, scalars[index] == "," { index += 1; skipBlanks() }
        }
        if index < scalars.count { index += 1 }
      case "\"":
        _ = string()
      default:
        while index < scalars.count, !",]} \t\n\r".unicodeScalars.contains(scalars[index]) { index += 1 }
        if index == start { index += 1 }
      }
      spans[path] = Span(keyRange: key, valueRange: start..<index)
    }

    /// Reads a string token, returning its decoded text (escapes are decoded well enough for key names).
    mutating func string() -> String? {
      guard index < scalars.count, scalars[index] == "\"" else { return nil }
      index += 1
      var text = String.UnicodeScalarView()
      while index < scalars.count, scalars[index] != "\"" {
        if scalars[index] == "\\", index + 1 < scalars.count {
          let escaped = scalars[index + 1]
          switch escaped {
          case "n": text.append("\n")
          case "t": text.append("\t")
          case "r": text.append("\r")
          case "b": text.append("\u{08}")
          case "f": text.append("\u{0C}")
          case "u":
            let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<min(index + 6, scalars.count)]))
            if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { text.append(scalar) }
            index += 4
          default: text.append(escaped)
          }
          index += 2
        } else {
          text.append(scalars[index])
          index += 1
        }
      }
      index += 1
      return String(text)
    }
  }
}
