import FileSystem

/// The profile names of the AWS CLI's config and credentials files, as botocore lists them
/// (`session.available_profiles`): `[default]` and `[profile NAME]` sections of the config file, every section
/// of the credentials file.
enum ProfileNames {
  /// The names, config file first, each once, in file order.
  static func read(configFile: String?, credentialsFile: String?) -> [String] {
    var names: [String] = []
    var seen: Set<String> = []
    func add(_ name: String) {
      if !name.isEmpty, seen.insert(name).inserted { names.append(name) }
    }
    if let configFile, let text = try? FileSystem.readText(configFile) {
      for section in sections(of: text) {
        if section == "default" {
          add(section)
        } else if section.hasPrefix("profile ") || section.hasPrefix("profile\t") {
          add(String(section.dropFirst("profile".count)).trimmingBlanks)
        }
      }
    }
    if let credentialsFile, let text = try? FileSystem.readText(credentialsFile) {
      for section in sections(of: text) { add(section) }
    }
    return names
  }

  /// The names of an INI file's `[sections]`.
  static func sections(of text: String) -> [String] {
    var result: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let trimmed = String(line).trimmingBlanks.trimmingCharacters(in: "\r\t ")
      guard trimmed.hasPrefix("["), let close = trimmed.lastIndex(of: "]") else { continue }
      result.append(String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]).trimmingCharacters(in: " \t"))
    }
    return result
  }
}

extension String {
  /// Without leading and trailing characters of `set`.
  func trimmingCharacters(in set: String) -> String {
    var scalars = Substring(self).unicodeScalars[...]
    while let first = scalars.first, set.unicodeScalars.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, set.unicodeScalars.contains(last) { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}

extension String {
  /// Without leading and trailing blanks.
  var trimmingBlanks: String {
    var scalars = Substring(self).unicodeScalars[...]
    while let first = scalars.first, first == " " { scalars.removeFirst() }
    while let last = scalars.last, last == " " { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
