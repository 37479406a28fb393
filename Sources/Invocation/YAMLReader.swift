import JSON
import Shorthand

/// A small YAML reader for `--cli-input-yaml`.
///
/// Why not Yams: it brings Foundation into the engine (start-up cost) and a C library, for a job that needs a
/// fraction of YAML. This reader covers what `--generate-cli-skeleton yaml-input` prints and what people write by
/// hand: block mappings and sequences (also `key:` followed by a sequence at the same indentation, and compact
/// `- key: value` items), flow `[...]` and `{...}`, plain, single- and double-quoted scalars (multi-line too),
/// literal `|` and folded `>` block scalars with chomping, comments, `---`/`...`, and the tags `!!binary`
/// (bytes, kept as base64 text), `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`. Plain scalars resolve as YAML
/// 1.2's core schema does (`true`/`false`, `null`/`~`, integers, floats, `.inf`, `.nan`); timestamps stay
/// strings. Anchors, aliases, complex keys and multiple documents are reported as errors.
enum YAMLReader {
  /// The deepest nesting of collections read (as the JSON-RPC transport's limit); deeper documents are an error
  /// naming the place, rather than a recursion as deep as the document.
  static let maximumDepth = 512
  /// A read document.
  struct Document {
    var value: JSONValue
    /// Key and value ranges (Unicode-scalar offsets) by path.
    var spans: [ValuePath: JSONSourceMap.Span]
    /// Values that were `!!binary`.
    var binaryPaths: Set<ValuePath>
  }

  /// Why the text could not be read.
  struct Failure: Error {
    var message: String
    var line: Int
    var column: Int
    /// Unicode-scalar offset.
    var offset: Int
  }

  static func read(_ text: String) -> Result<Document, Failure> {
    var parser = Parser(scalars: Array(text.unicodeScalars))
    do throws(Failure) {
      let value = try parser.document()
      return .success(Document(value: value, spans: parser.spans, binaryPaths: parser.binaryPaths))
    } catch {
      return .failure(error)
    }
  }

  private struct Parser {
    let scalars: [Unicode.Scalar]
    var index = 0
    var spans: [ValuePath: JSONSourceMap.Span] = [:]
    var binaryPaths: Set<ValuePath> = []
    /// How many collections the reader is inside.
    var depth = 0

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// Enters a collection, failing past `maximumDepth`; pair with `depth -= 1`.
    mutating func enter() throws(Failure) {
      depth += 1
      if depth > YAMLReader.maximumDepth {
        throw fail("collections nest more than \(YAMLReader.maximumDepth) levels deep")
      }
    }

    // MARK: Positions

    func fail(_ message: String, at offset: Int? = nil) -> Failure {
      let at = min(offset ?? index, scalars.count)
      var line = 1
      var column = 1
      for scalar in scalars[..<at] {
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
      }
      return Failure(message: message, line: line, column: column, offset: at)
    }

    var atEnd: Bool { index >= scalars.count }
    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
      index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// The column (0-based) of `offset`.
    func column(of offset: Int) -> Int {
      var start = offset
      while start > 0, scalars[start - 1] != "\n" { start -= 1 }
      return offset - start
    }

    func isBlank(_ scalar: Unicode.Scalar?) -> Bool { scalar == " " || scalar == "\t" }
    func isBreakOrEnd(_ scalar: Unicode.Scalar?) -> Bool { scalar == nil || scalar == "\n" || scalar == "\r" }

    mutating func skipSpaces() {
      while isBlank(peek()) { index += 1 }
    }

    /// Skips spaces, a comment, and the line break; returns false if something else is on the line.
    mutating func skipRestOfLine() -> Bool {
      skipSpaces()
      if peek() == "#" { while !isBreakOrEnd(peek()) { index += 1 } }
      if peek() == "\r" { index += 1 }
      if peek() == "\n" { index += 1; return true }
      return atEnd
    }

    /// Whether only blanks or a comment follow on this line (nothing is consumed).
    func restOfLineIsEmpty() -> Bool {
      var offset = index
      while offset < scalars.count, scalars[offset] == " " || scalars[offset] == "\t" { offset += 1 }
      return offset >= scalars.count || "\n\r#".unicodeScalars.contains(scalars[offset])
    }

    /// Moves to the first content character of the next non-empty, non-comment line; returns its column, or nil
    /// at the end of the text.
    mutating func nextContentLine() -> Int? {
      while !atEnd {
        let lineStart = index
        skipSpaces()
        if isBreakOrEnd(peek()) || peek() == "#" {
          while !isBreakOrEnd(peek()) { index += 1 }
          if peek() == "\r" { index += 1 }
          if peek() == "\n" { index += 1 }
          continue
        }
        return index - lineStart
      }
      return nil
    }

    // MARK: Documents

    mutating func document() throws(Failure) -> JSONValue {
      if peek() == "\u{FEFF}" { index += 1 }
      guard var indent = nextContentLine() else { return .null }
      if startsWith("%") { throw fail("YAML directives are not supported") }
      if startsWith("---"), isBlank(peek(3)) || isBreakOrEnd(peek(3)) {
        index += 3
        skipSpaces()
        if isBreakOrEnd(peek()) || peek() == "#" {
          _ = skipRestOfLine()
          guard let next = nextContentLine() else { return .null }
          indent = next
        } else {
          indent = column(of: index)
        }
      }
      let value = try blockNode(indent: indent, parentIndent: -1, path: .root)
      if let _ = nextContentLine() {
        if startsWith("..."), isBreakOrEnd(peek(3)) || isBlank(peek(3)) {
          index += 3
          if nextContentLine() == nil { return value }
        }
        if startsWith("---") { throw fail("only one YAML document is allowed") }
        throw fail("unexpected text after the document (is the indentation right?)")
      }
      return value
    }

    func startsWith(_ text: String) -> Bool {
      var offset = 0
      for scalar in text.unicodeScalars {
        guard peek(offset) == scalar else { return false }
        offset += 1
      }
      return true
    }

    // MARK: Block nodes

    /// A node whose first character is at the current position, at column `indent`.
    mutating func blockNode(indent: Int, parentIndent: Int, path: ValuePath) throws(Failure) -> JSONValue {
      try enter()
      defer { depth -= 1 }
      let start = index
      if peek() == "-", isBlank(peek(1)) || isBreakOrEnd(peek(1)) {
        return try sequence(indent: indent, path: path)
      }
      if peek() == "&" || peek() == "*" { throw fail("anchors and aliases are not supported") }
      if peek() != "!", peek() != "|", peek() != ">", peek() != "[", peek() != "{", mappingKeyAhead() {
        return try mapping(indent: indent, path: path)
      }
      let value = try inlineValue(parentIndent: parentIndent, path: path)
      if spans[path] == nil { spans[path] = JSONSourceMap.Span(keyRange: nil, valueRange: start..<index) }
      return value
    }

    /// Whether the current line, from here, is `key: ...`.
    func mappingKeyAhead() -> Bool {
      var offset = index
      if offset < scalars.count, scalars[offset] == "\"" || scalars[offset] == "'" {
        let quote = scalars[offset]
        offset += 1
        while offset < scalars.count, scalars[offset] != "\n" {
          if scalars[offset] == quote {
            if quote == "'", offset + 1 < scalars.count, scalars[offset + 1] == "'" { offset += 2; continue }
            break
          }
          if quote == "\"", scalars[offset] == "\\" { offset += 1 }
          offset += 1
        }
        offset += 1
        while offset < scalars.count, scalars[offset] == " " || scalars[offset] == "\t" { offset += 1 }
        return offset < scalars.count && scalars[offset] == ":"
          && (offset + 1 >= scalars.count || " \t\n\r".unicodeScalars.contains(scalars[offset + 1]))
      }
      while offset < scalars.count, scalars[offset] != "\n" {
        if scalars[offset] == "#", offset > index, scalars[offset - 1] == " " || scalars[offset - 1] == "\t" {
          return false
        }
        if scalars[offset] == ":",
          offset + 1 >= scalars.count || " \t\n\r".unicodeScalars.contains(scalars[offset + 1])
        {
          return true
        }
        offset += 1
      }
      return false
    }

    mutating func sequence(indent: Int, path: ValuePath) throws(Failure) -> JSONValue {
      let start = index
      var items: [JSONValue] = []
      while true {
        guard peek() == "-" else { throw fail("expected \"- \" for the next list item") }
        index += 1
        let itemPath = path.appending(index: items.count)
        skipSpaces()
        if isBreakOrEnd(peek()) || peek() == "#" {
          _ = skipRestOfLine()
          let save = index
          if let next = nextContentLine(), next > indent {
            items.append(try blockNode(indent: next, parentIndent: indent, path: itemPath))
          } else {
            index = save
            items.append(.null)
            spans[itemPath] = JSONSourceMap.Span(keyRange: nil, valueRange: save..<save)
          }
        } else {
          items.append(try blockNode(indent: column(of: index), parentIndent: indent, path: itemPath))
        }
        guard let next = nextContentLine() else { break }
        if next < indent || next == indent && !(peek() == "-" && (isBlank(peek(1)) || isBreakOrEnd(peek(1)))) {
          index -= next
          break
        }
        if next > indent { throw fail("unexpected indentation inside a list") }
      }
      spans[path] = JSONSourceMap.Span(keyRange: spans[path]?.keyRange, valueRange: start..<index)
      rewindToLineStart()
      return .array(items)
    }

    /// After a block collection, leave the position at the start of the next content line's indentation, so the
    /// caller can measure it again.
    mutating func rewindToLineStart() {
      while index > 0, scalars[index - 1] == " " || scalars[index - 1] == "\t" { index -= 1 }
    }

    mutating func mapping(indent: Int, path: ValuePath) throws(Failure) -> JSONValue {
      let start = index
      var object = JSONObject()
      while true {
        let keyStart = index
        let key: String
        if peek() == "\"" || peek() == "'" {
          key = try quoted()
        } else {
          var text = String.UnicodeScalarView()
          while let scalar = peek(), !(scalar == ":" && (isBlank(peek(1)) || isBreakOrEnd(peek(1)))) {
            if isBreakOrEnd(scalar) { throw fail("expected \":\" after the key") }
            text.append(scalar)
            index += 1
          }
          key = Self.trimmed(String(text))
        }
        let keyRange = keyStart..<index
        skipSpaces()
        guard peek() == ":" else { throw fail("expected \":\" after the key") }
        index += 1
        let valuePath = path.appending(key: key)
        skipSpaces()
        var value: JSONValue
        if isBreakOrEnd(peek()) || peek() == "#" {
          _ = skipRestOfLine()
          let save = index
          if let next = nextContentLine(),
            next > indent || (next == indent && peek() == "-" && (isBlank(peek(1)) || isBreakOrEnd(peek(1))))
          {
            value = try blockNode(indent: next, parentIndent: indent, path: valuePath)
          } else {
            index = save
            value = .null
            spans[valuePath] = JSONSourceMap.Span(keyRange: nil, valueRange: save..<save)
          }
        } else {
          let valueStart = index
          value = try inlineValue(parentIndent: indent, path: valuePath)
          if spans[valuePath] == nil {
            spans[valuePath] = JSONSourceMap.Span(keyRange: nil, valueRange: valueStart..<index)
          }
        }
        spans[valuePath]?.keyRange = keyRange
        if object.contains(key) { throw fail("the key \"\(key)\" appears twice", at: keyStart) }
        object[key] = value
        guard let next = nextContentLine() else { break }
        if next < indent {
          index -= next
          break
        }
        if next > indent { throw fail("unexpected indentation (a value on its own line must follow \"key:\")") }
      }
      spans[path] = JSONSourceMap.Span(keyRange: spans[path]?.keyRange, valueRange: start..<index)
      rewindToLineStart()
      return .object(object)
    }

    // MARK: Inline values

    /// A value that starts on the current line: tagged, block scalar, flow collection, quoted or plain.
    mutating func inlineValue(parentIndent: Int, path: ValuePath) throws(Failure) -> JSONValue {
      var tag: String?
      if peek() == "!" {
        let tagStart = index
        var text = ""
        while let scalar = peek(), !isBlank(scalar), !isBreakOrEnd(scalar) {
          text.unicodeScalars.append(scalar)
          index += 1
        }
        guard ["!!binary", "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq"].contains(text) else {
          throw fail("the tag \(text) is not supported", at: tagStart)
        }
        tag = text
        skipSpaces()
        if isBreakOrEnd(peek()) || peek() == "#" {
          _ = skipRestOfLine()
          if let next = nextContentLine(), next > parentIndent {
            let value = try blockNode(indent: next, parentIndent: parentIndent, path: path)
            return try applyTag(tag, value, path: path, at: tagStart)
          }
          return try applyTag(tag, .string(""), path: path, at: tagStart)
        }
      }
      if peek() == "&" || peek() == "*" { throw fail("anchors and aliases are not supported") }
      let start = index
      var value: JSONValue
      switch peek() {
      case "|", ">":
        value = .string(try blockScalar(parentIndent: parentIndent))
        _ = start
        return try applyTag(tag, value, path: path, at: start)
      case "[", "{":
        value = try flow(path: path)
        guard restOfLineIsEmpty() else { throw fail("unexpected text after the closing bracket") }
      case "\"", "'":
        let text = try quoted()
        guard restOfLineIsEmpty() else { throw fail("unexpected text after the quoted string") }
        value = .string(text)
      default:
        let text = plain(parentIndent: parentIndent, inFlow: false)
        value = tag == nil ? Self.resolve(text) : .string(text)
      }
      return try applyTag(tag, value, path: path, at: start)
    }

    mutating func applyTag(
      _ tag: String?,
      _ value: JSONValue,
      path: ValuePath,
      at offset: Int
    ) throws(Failure)
      -> JSONValue
    {
      guard let tag else { return value }
      switch tag {
      case "!!binary":
        guard let text = value.stringValue else { throw fail("!!binary needs a string", at: offset) }
        let cleaned = String(text.unicodeScalars.filter { !" \t\n\r".unicodeScalars.contains($0) })
        guard case .success(let bytes) = Base64Text.decode(cleaned) else {
          throw fail("!!binary needs base64 text", at: offset)
        }
        binaryPaths.insert(path)
        return .string(Base64Text.encode(bytes))
      case "!!str":
        if let text = value.stringValue { return .string(text) }
        return .string(ParameterValidator.python(value))
      case "!!int":
        if let text = value.stringValue, case .value(let number) = PythonNumber.integer(text) {
          return .integer(number)
        }
        if case .integer = value { return value }
        throw fail("!!int needs an integer", at: offset)
      case "!!float":
        if let text = value.stringValue, let number = PythonNumber.float(text) { return .real(number) }
        if let number = value.doubleValue { return .real(number) }
        throw fail("!!float needs a number", at: offset)
      case "!!bool":
        if case .bool = value { return value }
        throw fail("!!bool needs true or false", at: offset)
      case "!!null":
        return .null
      default:
        return value
      }
    }

    /// A plain scalar, possibly continued on more-indented lines.
    mutating func plain(parentIndent: Int, inFlow: Bool) -> String {
      var lines: [String] = []
      var current = String.UnicodeScalarView()
      while true {
        while let scalar = peek(), !isBreakOrEnd(scalar) {
          if scalar == "#", current.isEmpty || isBlank(current.last) { break }
          if inFlow, ",[]{}".unicodeScalars.contains(scalar) { break }
          if scalar == ":",
            isBlank(peek(1)) || isBreakOrEnd(peek(1))
              || (inFlow
                && ",[]{}".unicodeScalars.contains(
                  peek(1) ?? " "
                ))
          {
            break
          }
          current.append(scalar)
          index += 1
        }
        lines.append(Self.trimmed(String(current)))
        current = String.UnicodeScalarView()
        if inFlow || peek() == "#" || !isBreakOrEnd(peek()) { break }
        // A continuation line: more indented than the parent and not a comment.
        let save = index
        _ = skipRestOfLine()
        guard let next = nextContentLine(), next > parentIndent, peek() != "#", !mappingKeyAhead(),
          !(peek() == "-" && isBlank(peek(1)))
        else {
          index = save
          break
        }
      }
      return lines.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `'...'` or `"..."`, possibly over several lines.
    mutating func quoted() throws(Failure) -> String {
      let quote = peek()!
      let start = index
      index += 1
      var text = String.UnicodeScalarView()
      while true {
        guard let scalar = peek() else { throw fail("the quoted string is not closed", at: start) }
        if scalar == quote {
          if quote == "'", peek(1) == "'" {
            text.append("'")
            index += 2
            continue
          }
          index += 1
          return String(text)
        }
        if scalar == "\n" || scalar == "\r" {
          // Line folding: trailing blanks dropped, the break becomes a space (empty lines become newlines).
          while let last = text.last, isBlank(last) { text.removeLast() }
          var breaks = 0
          while let next = peek(), next == "\n" || next == "\r" || isBlank(next) {
            if next == "\n" { breaks += 1 }
            index += 1
          }
          if breaks <= 1 { text.append(" ") } else { for _ in 1..<breaks { text.append("\n") } }
          continue
        }
        if quote == "\"", scalar == "\\" {
          index += 1
          guard let escaped = peek() else { throw fail("the quoted string is not closed", at: start) }
          index += 1
          switch escaped {
          case "n": text.append("\n")
          case "t", "\t": text.append("\t")
          case "r": text.append("\r")
          case "0": text.append("\u{0}")
          case "a": text.append("\u{07}")
          case "b": text.append("\u{08}")
          case "e": text.append("\u{1B}")
          case "f": text.append("\u{0C}")
          case "v": text.append("\u{0B}")
          case "N": text.append("\u{85}")
          case "_": text.append("\u{A0}")
          case "L": text.append("\u{2028}")
          case "P": text.append("\u{2029}")
          case " ", "\"", "/", "\\": text.append(escaped)
          case "x", "u", "U":
            let count = escaped == "x" ? 2 : escaped == "u" ? 4 : 8
            guard index + count <= scalars.count,
              let code = UInt32(String(String.UnicodeScalarView(scalars[index..<(index + count)])), radix: 16),
              let value = Unicode.Scalar(code)
            else { throw fail("bad \\\(escaped) escape") }
            text.append(value)
            index += count
          case "\n":
            while isBlank(peek()) { index += 1 }
          default:
            throw fail("unknown escape \\\(Character(escaped))", at: index - 2)
          }
          continue
        }
        text.append(scalar)
        index += 1
      }
    }

    /// `|` or `>` with optional chomping (`-`, `+`) and indentation indicators.
    mutating func blockScalar(parentIndent: Int) throws(Failure) -> String {
      let literal = peek() == "|"
      index += 1
      var chomping: Unicode.Scalar = " "
      var explicitIndent: Int?
      for _ in 0..<2 {
        if let scalar = peek(), scalar == "-" || scalar == "+" {
          chomping = scalar
          index += 1
        } else if let scalar = peek(), scalar >= "1", scalar <= "9" {
          explicitIndent = Int(scalar.value - 48)
          index += 1
        }
      }
      guard skipRestOfLine() else { throw fail("unexpected text after the block scalar indicator") }
      var lines: [String] = []
      var blockIndent = explicitIndent.map { max(parentIndent, 0) + $0 }
      while !atEnd {
        let lineStart = index
        var spaces = 0
        while peek() == " " { spaces += 1; index += 1 }
        if isBreakOrEnd(peek()) {
          lines.append("")
          if peek() == "\r" { index += 1 }
          if peek() == "\n" { index += 1 }
          continue
        }
        if blockIndent == nil {
          if spaces <= parentIndent { index = lineStart; break }
          blockIndent = spaces
        }
        if spaces < blockIndent! { index = lineStart; break }
        var text = String.UnicodeScalarView()
        for _ in 0..<(spaces - blockIndent!) { text.append(" ") }
        while let scalar = peek(), !isBreakOrEnd(scalar) {
          text.append(scalar)
          index += 1
        }
        lines.append(String(text))
        if peek() == "\r" { index += 1 }
        if peek() == "\n" { index += 1 }
      }
      if index > 0, index <= scalars.count, scalars[index - 1] == "\n" { index -= 1 }
      var trailing = 0
      while let last = lines.last, last.isEmpty {
        lines.removeLast()
        trailing += 1
      }
      var body: String
      if literal {
        body = lines.joined(separator: "\n")
      } else {
        body = ""
        for (position, line) in lines.enumerated() {
          if position > 0 {
            let previous = lines[position - 1]
            if line.isEmpty || previous.isEmpty || line.hasPrefix(" ") || previous.hasPrefix(" ") {
              body += "\n"
            } else {
              body += " "
            }
          }
          body += line
        }
      }
      if lines.isEmpty { return chomping == "+" ? String(repeating: "\n", count: trailing) : "" }
      switch chomping {
      case "-": return body
      case "+": return body + String(repeating: "\n", count: trailing + 1)
      default: return body + "\n"
      }
    }

    // MARK: Flow collections

    mutating func flowBlanks() {
      while let scalar = peek() {
        if isBlank(scalar) || scalar == "\n" || scalar == "\r" {
          index += 1
        } else if scalar == "#" {
          while !isBreakOrEnd(peek()) { index += 1 }
        } else {
          break
        }
      }
    }

    mutating func flow(path: ValuePath) throws(Failure) -> JSONValue {
      try enter()
      defer { depth -= 1 }
      let start = index
      let open = peek()!
      let close: Unicode.Scalar = open == "[" ? "]" : "}"
      index += 1
      var items: [JSONValue] = []
      var object = JSONObject()
      while true {
        flowBlanks()
        guard let scalar = peek() else { throw fail("the \(Character(open)) is not closed", at: start) }
        if scalar == close {
          index += 1
          break
        }
        if open == "[" {
          let itemPath = path.appending(index: items.count)
          let itemStart = index
          items.append(try flowValue(path: itemPath))
          if spans[itemPath] == nil {
            spans[itemPath] = JSONSourceMap.Span(keyRange: nil, valueRange: itemStart..<index)
          }
        } else {
          let keyStart = index
          let key: String
          if peek() == "\"" || peek() == "'" {
            key = try quoted()
          } else {
            key = plain(parentIndent: 0, inFlow: true)
          }
          let keyRange = keyStart..<index
          flowBlanks()
          var value = JSONValue.null
          let valuePath = path.appending(key: key)
          if peek() == ":" {
            index += 1
            flowBlanks()
            let valueStart = index
            value = try flowValue(path: valuePath)
            if spans[valuePath] == nil {
              spans[valuePath] = JSONSourceMap.Span(keyRange: nil, valueRange: valueStart..<index)
            }
          }
          spans[valuePath, default: JSONSourceMap.Span(keyRange: nil, valueRange: keyRange)].keyRange = keyRange
          object[key] = value
        }
        flowBlanks()
        if peek() == "," {
          index += 1
        } else if peek() != close {
          throw fail("expected \",\" or \"\(Character(close))\"")
        }
      }
      spans[path] = JSONSourceMap.Span(keyRange: spans[path]?.keyRange, valueRange: start..<index)
      return open == "[" ? .array(items) : .object(object)
    }

    mutating func flowValue(path: ValuePath) throws(Failure) -> JSONValue {
      switch peek() {
      case "[", "{": return try flow(path: path)
      case "\"", "'": return .string(try quoted())
      case "&", "*": throw fail("anchors and aliases are not supported")
      default:
        let text = plain(parentIndent: 0, inFlow: true)
        if text.isEmpty, let scalar = peek(), !",]}".unicodeScalars.contains(scalar) {
          throw fail("unexpected \"\(Character(scalar))\"")
        }
        return Self.resolve(text)
      }
    }

    // MARK: Scalars

    static func trimmed(_ text: String) -> String {
      var scalars = Substring(text).unicodeScalars[...]
      while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
      while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
      return String(String.UnicodeScalarView(scalars))
    }

    /// YAML 1.2 core schema resolution of a plain scalar.
    static func resolve(_ text: String) -> JSONValue {
      switch text {
      case "", "~", "null", "Null", "NULL": return .null
      case "true", "True", "TRUE": return .bool(true)
      case "false", "False", "FALSE": return .bool(false)
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .real(.infinity)
      case "-.inf", "-.Inf", "-.INF": return .real(-.infinity)
      case ".nan", ".NaN", ".NAN": return .real(.nan)
      default: break
      }
      let bytes = Array(text.utf8)
      let digits = { (slice: ArraySlice<UInt8>) in !slice.isEmpty && slice.allSatisfy { $0 >= 48 && $0 <= 57 } }
      var body = bytes[...]
      if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { body = body.dropFirst() }
      if digits(body), let number = Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) {
        return .integer(number)
      }
      if text.hasPrefix("0x"), let number = Int64(text.dropFirst(2), radix: 16) { return .integer(number) }
      if text.hasPrefix("0o"), let number = Int64(text.dropFirst(2), radix: 8) { return .integer(number) }
      if isFloat(body), let number = Double(text) { return .real(number) }
      return .string(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` without the sign.
    static func isFloat(_ body: ArraySlice<UInt8>) -> Bool {
      var index = body.startIndex
      let isDigit = { (byte: UInt8) in byte >= 48 && byte <= 57 }
      var mantissaDigits = 0
      while index < body.endIndex, isDigit(body[index]) { index += 1; mantissaDigits += 1 }
      if index < body.endIndex, body[index] == UInt8(ascii: ".") {
        index += 1
        while index < body.endIndex, isDigit(body[index]) { index += 1; mantissaDigits += 1 }
      }
      guard mantissaDigits > 0 else { return false }
      if index < body.endIndex, body[index] == UInt8(ascii: "e") || body[index] == UInt8(ascii: "E") {
        index += 1
        if index < body.endIndex, body[index] == UInt8(ascii: "+") || body[index] == UInt8(ascii: "-") { index += 1 }
        var exponentDigits = 0
        while index < body.endIndex, isDigit(body[index]) { index += 1; exponentDigits += 1 }
        guard exponentDigits > 0 else { return false }
      }
      return index == body.endIndex
    }
  }
}
