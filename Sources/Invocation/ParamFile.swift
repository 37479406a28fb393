/// The content of a `file://` or `fileb://` value.
enum LoadedValue: Sendable, Hashable {
  /// `file://`: text.
  case text(String)
  /// `fileb://`: bytes.
  case bytes([UInt8])
}

/// The AWS CLI's parameter files: a top-level value starting with `file://` or `fileb://` is replaced by the
/// file's content before any other processing.
enum ParamFile {
  /// What loading a value gave.
  enum Outcome {
    /// The value is not a file reference.
    case notAFile
    /// The file's content.
    case loaded(LoadedValue, path: String)
    /// The file could not be read: argot's message and the AWS CLI's.
    case failed(message: String, awsMessage: String, code: DiagnosticCode)
  }

  /// The prefix of a file reference, if `value` is one.
  static func prefix(of value: String) -> String? {
    if value.hasPrefix("file://") { return "file://" }
    if value.hasPrefix("fileb://") { return "fileb://" }
    return nil
  }

  /// Loads `value` if it is a file reference.
  static func load(_ value: String, files: any ParamFileReader) -> Outcome {
    guard let prefix = prefix(of: value) else { return .notAFile }
    let written = String(value.dropFirst(prefix.count))
    let path = expandVariables(expandTilde(written, files: files), files: files)
    switch files.read(path) {
    case .failure(let error):
      let errno = error.code == 0 ? "" : "[Errno \(error.code)] "
      return .failed(
        message: "cannot read \(path.isEmpty ? "the file" : "\"\(path)\""): \(error.reason)",
        awsMessage: "Unable to load paramfile \(value): \(errno)\(error.reason): '\(path)'",
        code: .fileUnreadable
      )
    case .success(let bytes):
      if prefix == "fileb://" { return .loaded(.bytes(bytes), path: path) }
      guard let text = decodeUTF8(bytes) else {
        return .failed(
          message: "\"\(path)\" is not UTF-8 text; use fileb:// for binary files",
          awsMessage: "Unable to load paramfile (\(path)), text contents could not be decoded.  If this is a binary "
            + "file, please use the fileb:// prefix instead of the file:// prefix.",
          code: .fileNotText
        )
      }
      return .loaded(.text(universalNewlines(text)), path: path)
    }
  }

  /// Strict UTF-8 decoding.
  static func decodeUTF8(_ bytes: [UInt8]) -> String? {
    var text = String.UnicodeScalarView()
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): text.append(scalar)
      case .emptyInput: return String(text)
      case .error: return nil
      }
    }
  }

  /// Python's text mode: `\r\n` and `\r` become `\n`.
  static func universalNewlines(_ text: String) -> String {
    guard text.unicodeScalars.contains("\r") else { return text }
    var result = String.UnicodeScalarView()
    var previousCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\r" {
        result.append("\n")
        previousCR = true
        continue
      }
      if scalar == "\n", previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      result.append(scalar)
    }
    return String(result)
  }

  /// `~` and `~/…` → the home directory (Python's `os.path.expanduser`).
  static func expandTilde(_ path: String, files: any ParamFileReader) -> String {
    guard path.hasPrefix("~"), let home = files.homeDirectory else { return path }
    if path == "~" { return home }
    if path.hasPrefix("~/") { return home + path.dropFirst(1) }
    return path
  }

  /// A character of a variable name as Python's `expandvars` reads it (`\w`, ASCII part).
  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
  }

  /// `$NAME` and `${NAME}` → the variable's value when set (Python's `os.path.expandvars`).
  static func expandVariables(_ path: String, files: any ParamFileReader) -> String {
    guard path.contains("$") else { return path }
    let scalars = Array(path.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "$", index + 1 < scalars.count else {
        result.append(scalar)
        index += 1
        continue
      }
      var end = index + 1
      var name = ""
      var closing = false
      if scalars[end] == "{" {
        end += 1
        while end < scalars.count, scalars[end] != "}" { end += 1 }
        if end < scalars.count {
          name = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
          closing = true
        }
      } else {
        while end < scalars.count, Self.isNameScalar(scalars[end]) { end += 1 }
        name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
      }
      if !name.isEmpty, let value = files.environment(name) {
        result.append(contentsOf: value.unicodeScalars)
        index = closing ? end + 1 : end
      } else {
        result.append(scalar)
        index += 1
      }
    }
    return String(result)
  }
}
