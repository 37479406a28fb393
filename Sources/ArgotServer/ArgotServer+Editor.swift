import ArgotProtocol
import Completion
import JSONRPC
import LanguageFeatures

extension ArgotServer {
  /// `textDocument/hover`: the documentation of the option, shorthand key, operation or service at the position
  /// of a script, or of the member at the position of a cli-input document.
  func hover(_ request: HoverRequest, as snapshot: TextDocument? = nil) throws(ResponseError) -> HoverResult {
    let document = try openDocument(request.uri, as: snapshot)
    guard request.position.line < document.lineStarts.count else { return HoverResult(markdown: nil, range: nil) }
    let offset = document.offset(of: TextPosition(request.position))
    let content: HoverContent?
    switch DocumentKind.of(document, associations: openDocuments.associations) {
    case .shellScript:
      content = analyzer.hover(at: offset, in: document, files: scriptFiles(for: document))
    case .cliInputJSON(let command):
      content = analyzer.inputHover(at: offset, in: document, command: command, yaml: false)
    case .cliInputYAML(let command):
      content = analyzer.inputHover(at: offset, in: document, command: command, yaml: true)
    case .unassociatedInput, .other:
      content = nil
    }
    guard let content else { return HoverResult(markdown: nil, range: nil) }
    return HoverResult(markdown: content.markdown, range: DocumentRange(content.range, in: document))
  }

  /// `textDocument/completion`: the completion engine's candidates for the `aws` command at the position (in a
  /// cli-input document: member names and values), each with the edit that replaces exactly the part being
  /// completed.
  func completeInDocument(
    _ request: TextDocumentCompletionRequest,
    as snapshot: TextDocument? = nil
  ) throws(ResponseError) -> CompletionListResult {
    let document = try openDocument(request.uri, as: snapshot)
    let offset = document.offset(of: TextPosition(request.position))
    let found: EditorCompletion?
    switch DocumentKind.of(document, associations: openDocuments.associations) {
    case .shellScript:
      found = analyzer.completion(at: offset, in: document, engine: completionEngine(for: document.folder))
    case .cliInputJSON(let command):
      found = analyzer.inputCompletion(at: offset, in: document, command: command, yaml: false)
    case .cliInputYAML(let command):
      found = analyzer.inputCompletion(at: offset, in: document, command: command, yaml: true)
    case .unassociatedInput, .other:
      found = nil
    }
    guard let completion = found else { return CompletionListResult(items: []) }
    let range = DocumentRange(completion.replace, in: document)
    let typed = document.text(in: completion.replace)
    let items = completion.items.enumerated().map { index, item in
      CompletionListResult.Item(
        label: item.label,
        kind: Self.lspKind(item.kind),
        detail: item.detail,
        documentation: item.documentation,
        textEdit: DocumentTextEdit(range: range, newText: item.insertText),
        // Clients match the replaced text against this: the inserted text starts like what is typed.
        filterText: item.insertText.hasPrefix(typed) ? item.insertText : item.label,
        sortText: String(repeating: "0", count: max(0, 5 - String(index).count)) + String(index)
      )
    }
    // A live listing still running: the client asks again as the user types.
    return CompletionListResult(isIncomplete: completion.isIncomplete, items: items)
  }

  /// LSP's `CompletionItemKind` for the engine's kinds.
  static func lspKind(_ kind: CompletionKind) -> Int {
    switch kind {
    case .service: 9  // Module
    case .operation, .command: 3  // Function
    case .waiter: 23  // Event
    case .option: 5  // Field
    case .value: 12  // Value
    case .key: 10  // Property
    case .structure: 22  // Struct
    case .file: 17  // File
    }
  }

  /// `textDocument/codeAction`: shorthand ↔ JSON, the missing required options, did-you-mean replacements.
  func codeActions(
    _ request: CodeActionRequest,
    as snapshot: TextDocument? = nil
  ) throws(ResponseError) -> CodeActionResult {
    let document = try openDocument(request.uri, as: snapshot)
    guard DocumentKind.of(document) == .shellScript else { return CodeActionResult(actions: []) }
    let offset = document.offset(of: TextPosition(request.range.start))
    let found = analyzer.actions(at: offset, in: document, files: scriptFiles(for: document))
    let actions = found.compactMap { action -> CodeActionResult.Action? in
      if let only = request.only, !only.contains(where: { action.kind == $0 || action.kind.hasPrefix($0 + ".") }) {
        return nil
      }
      return CodeActionResult.Action(
        title: action.title,
        kind: action.kind,
        isPreferred: action.isPreferred,
        uri: document.uri,
        edits: action.edits.map { DocumentTextEdit(range: DocumentRange($0.range, in: document), newText: $0.newText) }
      )
    }
    return CodeActionResult(actions: actions)
  }
}
