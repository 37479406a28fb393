import CLISchema
import FileSystem
import Glibc
import Synchronization

/// The on-disk index that makes a one-shot `argot complete` fast: what completion lists, with the one-line
/// descriptions worked out, in small tab-separated files read without a JSON parser.
///
/// Under `<cache>/completion-<argot>/` (`<argot>` changes with the executable, whose embedded CLI layers decide
/// the names, and with the AWS CLI generation followed): `services-<data>.tsv` (every service and top-level command; `<data>` covers the model folders'
/// modification times), and per service `<service>-<model fingerprint>/` with `commands.tsv` (operations, waiters
/// and the CLI's subcommands) and one `<operation>.tsv` or `wait.<waiter>.tsv` per command completed so far (its
/// options). Files are written through a rename; a missing or damaged file only costs speed.
struct CompletionIndex: Sendable {
  /// Bumped whenever the layout changes.
  static let formatVersion = "argot-completion-2"
  let directory: String

  /// The index in the model cache's folder, or nil when the cache is off; `rules` (the AWS CLI generation the
  /// catalog's layer follows) is part of the key, since the two generations offer different names.
  init?(cacheDirectory: String?, rules: String) {
    guard let cacheDirectory else { return nil }
    var key = Self.formatVersion + "|" + rules
    if let executable = FileSystem.executablePath, let status = FileSystem.status(of: executable) {
      key += "|\(executable)|\(status.size)|\(status.modified)"
    }
    directory = FileSystem.join(cacheDirectory, "completion-" + Self.hash(key))
  }

  static func hash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  // MARK: Names

  func names(at path: String) -> [NameEntry]? {
    guard let rows = rows(at: path) else { return nil }
    var result: [NameEntry] = []
    for row in rows where row.count >= 4 {
      guard let kind = CompletionKind(rawValue: String(row[1])) else { return nil }
      result.append(NameEntry(name: String(row[0]), kind: kind, isHidden: row[2] == "h", summary: Self.text(row[3])))
    }
    return result
  }

  func store(_ names: [NameEntry], at path: String) {
    let lines = names.map { [$0.name, $0.kind.rawValue, $0.isHidden ? "h" : "", Self.field($0.summary)] }
    write(lines, to: path)
  }

  func servicesPath(dataKey: String) -> String { FileSystem.join(directory, "services-\(Self.hash(dataKey)).tsv") }

  func regionsPath(dataKey: String) -> String { FileSystem.join(directory, "regions-\(Self.hash(dataKey)).tsv") }

  func commandsPath(service: String, fingerprint: String) -> String {
    FileSystem.join(directory, "\(service)-\(fingerprint)", "commands.tsv")
  }

  // MARK: Options

  func optionsPath(service: String, fingerprint: String, name: String, isWaiter: Bool) -> String {
    FileSystem.join(directory, "\(service)-\(fingerprint)", (isWaiter ? "wait." : "") + name + ".tsv")
  }

  func options(at path: String) -> [OptionEntry]? {
    guard let rows = rows(at: path) else { return nil }
    var result: [OptionEntry] = []
    for row in rows {
      guard row.count >= 12, let arity = CLIParameter.Arity(rawValue: String(row[3])) else { return nil }
      let flags = row[5]
      let origin: CLIParameter.Origin
      switch row[6] {
      case "-pagination": origin = .pagination
      case "-custom": origin = .custom
      case "-command": origin = .command
      case "-global": origin = .global
      default: origin = .member(String(row[6]))
      }
      var parameter = CLIParameter(
        name: String(row[0]),
        origin: origin,
        typeName: String(row[2]),
        isRequired: flags.contains("r"),
        arity: arity,
        negatedName: Self.text(row[1]),
        choices: nil,
        isHidden: flags.contains("h"),
        aliases: Self.list(row[9]),
        isPositional: flags.contains("p"),
        isRepeatable: flags.contains("m"),
        fixedWordCount: Int(row[4]) ?? 0,
        availability: Self.text(row[10]),
        completion: Self.text(row[7])
      )
      parameter.documentation = nil
      if flags.contains("c") || flags.contains("i") {
        result.append(
          OptionEntry(
            parameter: parameter,
            summary: Self.text(row[11]),
            packedChoices: row[8],
            isItem: flags.contains("i")
          )
        )
      } else {
        result.append(OptionEntry(parameter: parameter, summary: Self.text(row[11])))
      }
    }
    return result
  }

  func store(_ options: [OptionEntry], at path: String) {
    let lines = options.map { entry -> [String] in
      let option = entry.parameter
      var flags = ""
      if option.isRequired { flags += "r" }
      if option.isHidden { flags += "h" }
      if option.isPositional { flags += "p" }
      if option.isRepeatable { flags += "m" }
      let choices = entry.choices
      let itemChoices = entry.itemChoices
      if choices != nil { flags += "c" } else if itemChoices != nil { flags += "i" }
      let origin: String
      switch option.origin {
      case .member(let name): origin = name
      case .pagination: origin = "-pagination"
      case .custom: origin = "-custom"
      case .command: origin = "-command"
      case .global: origin = "-global"
      }
      return [
        option.name, Self.field(option.negatedName), option.typeName, option.arity.rawValue,
        String(option.fixedWordCount), flags, origin, Self.field(option.completion),
        (choices ?? itemChoices ?? []).map { Self.field($0) }.joined(separator: "\u{1F}"),
        option.aliases.joined(separator: "\u{1F}"), Self.field(option.availability), Self.field(entry.summary),
      ]
    }
    write(lines, to: path)
  }

  // MARK: Shapes

  func shapesPath(service: String, fingerprint: String, name: String, isWaiter: Bool) -> String {
    FileSystem.join(directory, "\(service)-\(fingerprint)", (isWaiter ? "wait." : "") + name + ".shapes.tsv")
  }

  func shapes(at path: String, serviceName: String) -> ShapeTable? {
    rows(at: path).flatMap { ShapeTable(rows: $0, serviceName: serviceName) }
  }

  func store(_ table: ShapeTable, at path: String) { write(table.rows, to: path) }

  // MARK: Files

  /// The rows of a file, split on bytes (much faster than on characters; tabs and line breaks are ASCII).
  private func rows(at path: String) -> [[Substring]]? {
    guard let bytes = try? FileSystem.readFile(path), bytes.last == UInt8(ascii: "\n") else { return nil }
    var rows: [[Substring]] = []
    var row: [Substring] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
      row.append(Substring(String(decoding: bytes[start..<index], as: UTF8.self)))
      start = index + 1
      if byte == UInt8(ascii: "\n") {
        rows.append(row)
        row = []
      }
    }
    return rows
  }

  /// One write at a time in this process: `FileSystem.writeFileAtomically` names its temporary file after the
  /// process, so two threads writing the same file at once (a server completing the same new command twice)
  /// could otherwise interleave.
  private static let writing = Mutex(())

  private func write(_ rows: [[String]], to path: String) {
    var text = ""
    for row in rows { text += row.joined(separator: "\t") + "\n" }
    Self.writing.withLock { _ in write(text, to: path) }
  }

  private func write(_ text: String, to path: String) {
    do throws(FileSystemError) {
      if !FileSystem.isDirectory(directory) {
        try FileSystem.createDirectories(directory)
        removeStaleFolders()
      }
      try FileSystem.createDirectories(FileSystem.directoryName(of: path))
      try FileSystem.writeText(path, text)
    } catch {
      return
    }
  }

  /// Removes the indexes of other argot executables (older builds) beside this one that have not changed for a
  /// week (several builds in use at once each keep theirs).
  private func removeStaleFolders() {
    let parent = FileSystem.directoryName(of: directory)
    let current = FileSystem.baseName(of: directory)
    let weekAgo = (Int64(time(nil)) - 7 * 24 * 3600) * 1_000_000_000
    for name in (try? FileSystem.contentsOfDirectory(parent)) ?? []
    where name.hasPrefix("completion-") && name != current && name.count == "completion-".count + 16 {
      let path = FileSystem.join(parent, name)
      if let status = FileSystem.status(of: path), status.modified < weekAgo { FileSystem.removeTree(path) }
    }
  }

  /// A text field: tabs and line breaks become spaces.
  ///
  /// (`ShapeTable` rows hold only model names and one-line descriptions, which have neither.)
  private static func field(_ text: String?) -> String {
    guard let text else { return "" }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{1F}" ? " " : scalar)
    }
    return String(scalars)
  }

  private static func text(_ field: Substring) -> String? { field.isEmpty ? nil : String(field) }

  private static func list(_ field: Substring) -> [String] { OptionEntry.unpack(field) }
}
