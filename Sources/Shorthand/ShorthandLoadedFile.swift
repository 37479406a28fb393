/// The outcome of loading a `file://` or `fileb://` value (a class, so a scalar carries one reference, not the
/// fields, for the rare values that name files).
final class ShorthandLoadedFile: Sendable {
  let reference: String
  let path: String
  let isBinary: Bool
  /// The loaded text (base64 for binary files); nil when nothing was loaded.
  let loadedText: String?

  init(reference: String, path: String, isBinary: Bool, loadedText: String?) {
    self.reference = reference
    self.path = path
    self.isBinary = isBinary
    self.loadedText = loadedText
  }

  /// The same reference, loaded as `text`.
  func loaded(_ text: String) -> ShorthandLoadedFile {
    ShorthandLoadedFile(reference: reference, path: path, isBinary: isBinary, loadedText: text)
  }
}
