import FileSystem

extension CompletionEngine {
  /// Profile names from the config and credentials files.
  func profiles(prefix: String) -> [CompletionItem] {
    ProfileNames.read(configFile: environment.configFile, credentialsFile: environment.credentialsFile)
      .filter { $0.hasPrefix(prefix) }
      .map { CompletionItem(label: $0, kind: .value, detail: "profile") }
  }

  /// Region names from botocore's endpoint data.
  func regions(prefix: String) -> [CompletionItem] {
    guard let directory = environment.botocoreDataDirectory else { return [] }
    return resolver.regions(dataDirectory: directory).filter { $0.name.hasPrefix(prefix) }
      .map { CompletionItem(label: $0.name, kind: .value, detail: "region", documentation: $0.description) }
  }

  /// Paths after `scheme` (`file://`, `fileb://`, or none): the entries of the folder typed so far whose names
  /// start with what follows the last `/`; folders end with `/` and take no space after them.
  func paths(_ value: ValueText, scheme: String) -> CompletionResult {
    let whole = value.replace(from: 0)
    let text = value.text
    guard text.hasPrefix(scheme) else { return CompletionResult(items: [], replace: whole) }
    let typed = String(text.dropFirst(scheme.count))
    let slash = typed.lastIndex(of: "/")
    let folderPart = slash.map { String(typed[...$0]) } ?? ""
    let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
    var folder = folderPart.isEmpty ? "." : folderPart
    if folder == "~/" || folder.hasPrefix("~/"), let home = environment.homeDirectory {
      folder = home + folder.dropFirst()
    }
    if !folder.hasPrefix("/"), let working = environment.workingDirectory {
      folder = FileSystem.join(working, folder)
    }
    let names = ((try? FileSystem.contentsOfDirectory(folder)) ?? [])
      .filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }
      .sorted()
    let items = names.map { name in
      let isFolder = FileSystem.isDirectory(FileSystem.join(folder, name))
      let completed = scheme + folderPart + name + (isFolder ? "/" : "")
      return CompletionItem(
        label: name + (isFolder ? "/" : ""),
        insertText: completed,
        kind: .file,
        detail: isFolder ? "folder" : "file",
        noSpace: isFolder
      )
    }
    return CompletionResult(items: items, replace: whole)
  }
}

extension CompletionEngine {
  /// Local files and folders for a path typed as it is (`./R`, `dir/`, `~/`, `/etc/`); a bare `~` offers `~/`.
  func localPaths(_ value: ValueText) -> CompletionResult {
    if value.text == "~", environment.homeDirectory != nil {
      let home = CompletionItem(label: "~/", kind: .file, detail: "folder", noSpace: true)
      return CompletionResult(items: [home], replace: value.replace(from: 0))
    }
    return paths(value, scheme: "")
  }
}
