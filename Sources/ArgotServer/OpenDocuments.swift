import ArgotProtocol
import LanguageFeatures
import Synchronization

/// The documents an editor has open, as it last described them, and its settings.
///
/// - Important: thread-safe. Changes are applied on the transport's reading thread (in order, before any later
///   request is read), so a request always sees the text the editor had when it sent it.
final class OpenDocuments: Sendable {
  private struct State {
    var documents: [String: TextDocument] = [:]
    var associations: [InputAssociation] = []
  }

  private let state = Mutex(State())

  /// The document at `uri`, if open.
  func document(_ uri: String) -> TextDocument? {
    state.withLock { $0.documents[uri] }
  }

  /// Every open document's URI.
  var uris: [String] { state.withLock { Array($0.documents.keys) } }

  /// The settings' glob → operation associations for input files.
  var associations: [InputAssociation] { state.withLock { $0.associations } }

  func open(_ document: TextDocument) {
    state.withLock { $0.documents[document.uri] = document }
  }

  /// Applies changes; false when the document is not open.
  func change(_ uri: String, changes: [TextChange], version: Int) -> Bool {
    state.withLock { state in
      guard state.documents[uri] != nil else { return false }
      state.documents[uri]!.apply(changes, version: version)
      return true
    }
  }

  func close(_ uri: String) {
    state.withLock { _ = $0.documents.removeValue(forKey: uri) }
  }

  /// Takes the settings' input-file associations; entries whose operation does not read as `SERVICE OPERATION`
  /// are returned as problems.
  func configure(_ settings: EditorSettings) -> [String] {
    var associations: [InputAssociation] = []
    var problems: [String] = []
    for (glob, words) in settings.inputFiles {
      if let command = CommandPath(words: words) {
        associations.append(InputAssociation(glob: glob, command: command))
      } else {
        problems.append("inputFiles: \"\(words)\" (for \(glob)) is not \"SERVICE OPERATION\"")
      }
    }
    state.withLock { $0.associations = associations }
    return problems
  }

  /// The text of the open document at the file path `path`, for `file://` values.
  func text(atPath path: String) -> String? {
    state.withLock { state in
      state.documents.values.first { $0.path == path }?.text
    }
  }
}
