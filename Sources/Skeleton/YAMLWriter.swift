/// Writes a skeleton as YAML, laid out as the AWS CLI v2 prints `--generate-cli-skeleton yaml-input`.
///
/// The layout is that of ruamel's round-trip dumper with its defaults: block style, mappings indented by 2,
/// sequence dashes at the column of their parent key, empty collections as `{}` / `[]`, lines folded at
/// spaces past column 80, end-of-line comments one space after the value (two for the first commented key of a
/// mapping, ruamel's column bookkeeping).
struct YAMLWriter {
  private var text = ""
  private var column = 0
  private static let width = 80

  /// The YAML document for `node`, ending with a newline.
  static func document(_ node: SkeletonNode) -> String {
    var writer = YAMLWriter()
    writer.block(node, indent: 0, key: nil)
    writer.text += "\n"
    return writer.text
  }

  /// Writes a value that starts a document: a collection, or a scalar on its own.
  private mutating func block(_ node: SkeletonNode, indent: Int, key: String?) {
    switch node {
    case .structure(let fields) where !fields.isEmpty, .map(let fields) where !fields.isEmpty:
      mapping(fields, indent: indent, continuing: false)
    case .list(let elements) where !elements.isEmpty:
      sequence(elements, dash: indent, continuing: false)
    default:
      scalar(node, indent: indent + 2, spaceBefore: false)
    }
  }

  // MARK: Collections

  private mutating func mapping(_ fields: [SkeletonField], indent: Int, continuing: Bool) {
    let firstCommented = Self.firstCommentFlags(fields)
    for (index, field) in fields.enumerated() {
      if index > 0 || !continuing { startLine(indent: indent) }
      string(field.name, indent: indent + 2, spaceBefore: false, isKey: true)
      write(":")
      let marker = field.comment.map { (firstCommented[index] ? "  # " : " # ") + $0 }
      switch field.value {
      case .structure(let children) where !children.isEmpty, .map(let children) where !children.isEmpty:
        if let marker { write(marker) }
        mapping(children, indent: indent + 2, continuing: false)
      case .list(let elements) where !elements.isEmpty:
        if let marker { write(marker) }
        sequence(elements, dash: indent, continuing: false)
      default:
        scalar(field.value, indent: indent + 2, spaceBefore: true)
        if let marker { write(marker) }
      }
    }
  }

  private mutating func sequence(_ elements: [SkeletonNode], dash: Int, continuing: Bool) {
    for (index, element) in elements.enumerated() {
      if index > 0 || !continuing { startLine(indent: dash) }
      write("- ")
      switch element {
      case .structure(let children) where !children.isEmpty, .map(let children) where !children.isEmpty:
        mapping(children, indent: dash + 2, continuing: true)
      case .list(let nested) where !nested.isEmpty:
        sequence(nested, dash: dash + 2, continuing: true)
      default:
        scalar(element, indent: dash + 2, spaceBefore: false)
      }
    }
  }

  /// Which fields' comments ruamel writes with two spaces before `#`.
  ///
  /// ruamel aligns a new end-of-line comment with the comment of the key before it, or else of the last
  /// commented key among those that come before the first key not less than this one; when it finds none the
  /// comment gets an extra leading space.
  static func firstCommentFlags(_ fields: [SkeletonField]) -> [Bool] {
    var flags = [Bool](repeating: false, count: fields.count)
    for (index, field) in fields.enumerated() where field.comment != nil {
      if index > 0 && fields[index - 1].comment != nil { continue }
      var aligned = false
      for earlier in fields[..<index] {
        if !Self.precedes(earlier.name, field.name) { break }
        if earlier.comment != nil { aligned = true }
      }
      flags[index] = !aligned
    }
    return flags
  }

  /// Code-point order, as Python compares strings.
  private static func precedes(_ left: String, _ right: String) -> Bool {
    left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars)
  }

  // MARK: Scalars

  private mutating func scalar(_ node: SkeletonNode, indent: Int, spaceBefore: Bool) {
    switch node {
    case .string(let value): string(value, indent: indent, spaceBefore: spaceBefore, isKey: false)
    case .integer(let value): plain(String(value), indent: indent, spaceBefore: spaceBefore, fold: true)
    case .real(let value): plain(Self.format(value), indent: indent, spaceBefore: spaceBefore, fold: true)
    case .boolean(let value): plain(value ? "true" : "false", indent: indent, spaceBefore: spaceBefore, fold: true)
    case .timestamp: plain("1970-01-01 00:00:00", indent: indent, spaceBefore: spaceBefore, fold: true)
    case .null: plain("null", indent: indent, spaceBefore: spaceBefore, fold: true)
    case .blob:
      write(spaceBefore ? " !!binary" : "!!binary")
      singleQuoted("", indent: indent, spaceBefore: true, fold: true)
    case .structure, .map: write(spaceBefore ? " {}" : "{}")
    case .list: write(spaceBefore ? " []" : "[]")
    }
  }

  private mutating func string(_ value: String, indent: Int, spaceBefore: Bool, isKey: Bool) {
    switch YAMLScalarStyle.of(value, isKey: isKey) {
    case .plain: plain(value, indent: indent, spaceBefore: spaceBefore, fold: !isKey)
    case .singleQuoted: singleQuoted(value, indent: indent, spaceBefore: spaceBefore, fold: !isKey)
    case .doubleQuoted: doubleQuoted(value, indent: indent, spaceBefore: spaceBefore, fold: !isKey)
    }
  }

  /// A plain scalar: a word that would run past the width starts a new line (unless it already starts one, or
  /// follows two or more spaces, which a line break would turn into one), and so does a single space met past
  /// the width.
  private mutating func plain(_ value: String, indent: Int, spaceBefore: Bool, fold: Bool) {
    if spaceBefore { write(" ") }
    let scalars = Array(value.unicodeScalars)
    var start = 0
    while start < scalars.count {
      var end = start
      if scalars[start] == " " {
        while end < scalars.count, scalars[end] == " " { end += 1 }
        if fold && end - start == 1 && column >= Self.width {
          startLine(indent: indent)
        } else {
          write(scalars[start..<end])
        }
      } else {
        while end < scalars.count, scalars[end] != " " { end += 1 }
        // ruamel also breaks after two or more spaces, which then read back as one; we keep such lines whole.
        let afterSpaces = start >= 2 && scalars[start - 1] == " " && scalars[start - 2] == " "
        if end - start + column > Self.width && column > indent && !afterSpaces { startLine(indent: indent) }
        write(scalars[start..<end])
      }
      start = end
    }
  }

  /// A single-quoted scalar: `'` doubled; a single inner space met past the width becomes a line break.
  private mutating func singleQuoted(_ value: String, indent: Int, spaceBefore: Bool, fold: Bool) {
    write(spaceBefore ? " '" : "'")
    let scalars = Array(value.unicodeScalars)
    var start = 0
    while start < scalars.count {
      var end = start
      if scalars[start] == " " {
        while end < scalars.count, scalars[end] == " " { end += 1 }
        if fold && end - start == 1 && column > Self.width && start != 0 && end != scalars.count {
          startLine(indent: indent)
        } else {
          write(scalars[start..<end])
        }
      } else if scalars[start] == "'" {
        write("''")
        end = start + 1
      } else {
        while end < scalars.count, scalars[end] != " ", scalars[end] != "'" { end += 1 }
        write(scalars[start..<end])
      }
      start = end
    }
    write("'")
  }

  /// A double-quoted scalar with YAML escapes. Past the width it folds at a space (the line break then stands
  /// for the space) or, where that would lose or change text, ends the line with `\\` (ruamel's rules).
  private mutating func doubleQuoted(_ value: String, indent: Int, spaceBefore: Bool, fold: Bool) {
    write(spaceBefore ? " \"" : "\"")
    let scalars = Array(value.unicodeScalars)
    var start = 0
    var end = 0
    while end <= scalars.count {
      let scalar: Unicode.Scalar? = end < scalars.count ? scalars[end] : nil
      if let scalar, let escape = Self.escape(scalar) {
        if start < end { write(scalars[start..<end]) }
        write(escape)
        start = end + 1
      } else if scalar == nil, start < end {
        write(scalars[start..<end])
        start = end
      }
      if fold, end > 0, end < scalars.count - 1, scalar == " " || start >= end,
        column + (end - start) > Self.width
      {
        let backslash = Self.needsBackslash(scalars, at: end, pendingFrom: start)
        if start < end {
          write(scalars[start..<end])
          start = end
        }
        if backslash { write("\\") }
        startLine(indent: indent)
        if scalars[start] == " " {
          if backslash { write("\\") } else { start += 1 }
        }
      }
      end += 1
    }
    write("\"")
  }

  /// Whether folding a double-quoted scalar at `end` needs a `\\` to keep the text exact.
  private static func needsBackslash(_ scalars: [Unicode.Scalar], at end: Int, pendingFrom start: Int) -> Bool {
    guard var space = scalars[end...].firstIndex(of: " ") else { return true }
    if let newline = scalars[end..<space].firstIndex(of: "\n") { space = newline }
    guard space + 1 < scalars.count else { return true }
    if scalars[space] == "\n" && scalars[space + 1] != " " { return true }
    let between = scalars[end..<space]
    let quiet =
      !between.contains("\"") && !between.contains("'") && scalars[space + 1] != " " && scalars[space + 1] != "\n"
      && !(scalars[end - 1] == " " && scalars[end] == " ") && start != end
    return !quiet
  }

  /// The escape for a scalar that cannot stand as it is inside double quotes, or nil.
  private static func escape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x22: return "\\\""
    case 0x5C: return "\\\\"
    case 0x2028: return "\\L"
    case 0x2029: return "\\P"
    case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: return nil
    case 0x00: return "\\0"
    case 0x07: return "\\a"
    case 0x08: return "\\b"
    case 0x09: return "\\t"
    case 0x0A: return "\\n"
    case 0x0B: return "\\v"
    case 0x0C: return "\\f"
    case 0x0D: return "\\r"
    case 0x1B: return "\\e"
    case 0x85: return "\\N"
    case let code where code <= 0xFF: return "\\x" + hex(code, digits: 2)
    case let code where code <= 0xFFFF: return "\\u" + hex(code, digits: 4)
    case let code: return "\\U" + hex(code, digits: 8)
    }
  }

  // MARK: Output

  private mutating func startLine(indent: Int) {
    if !text.isEmpty {
      text += "\n"
      column = 0
    }
    write(String(repeating: " ", count: indent - column))
  }

  private mutating func write(_ piece: String) {
    text += piece
    column += piece.unicodeScalars.count
  }

  private mutating func write(_ piece: ArraySlice<Unicode.Scalar>) {
    text.unicodeScalars.append(contentsOf: piece)
    column += piece.count
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let raw = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - raw.count)) + raw
  }

  /// A float as ruamel writes it: `0.0`, `1.5`, `1.0e+20`, `.inf`, `.nan`.
  static func format(_ value: Double) -> String {
    if value.isNaN { return ".nan" }
    if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
    if value == value.rounded() && abs(value) < 1e16 { return String(Int64(value)) + ".0" }
    var text = "\(value)".lowercased()
    if let exponent = text.firstIndex(of: "e"), !text.contains(".") {
      text.insert(contentsOf: ".0", at: exponent)
    }
    return text
  }
}
