/// The character data of model documentation read as XML, the way the AWS CLI reads it for YAML comments.
///
/// The AWS CLI wraps the documentation in one root element and parses it with a strict, namespace-aware XML
/// parser; if that fails it uses the documentation unchanged. `MarkupReader`'s XML dialect accepts and rejects
/// the same markup for everything the models contain; this adds what makes a document of it: elements nest and
/// close, attribute names are unique, and every prefix used is bound (`xmlns:p="…"`, never empty, never
/// `xmlns:xmlns`). Comments, processing instructions and CDATA sections add no text.
enum MarkupText {
  /// The concatenated text of `markup`, or nil if it is not well-formed XML content.
  static func characterData(of markup: String) -> String? {
    var reader = MarkupReader(markup, dialect: .xml)
    var text = ""
    /// Open elements, innermost last: the qualified name and the prefixes it declares.
    var open: [(name: String, prefixes: [String])] = []
    while let token = reader.next() {
      switch token {
      case .text(let characters):
        text += characters
      case .startTag(let name, let attributes, let selfClosing):
        guard let declared = declaredPrefixes(attributes) else { return nil }
        let bound = Set(declared + open.flatMap(\.prefixes) + ["xml"])
        let qualified = [name] + attributes.map(\.name).filter { !$0.hasPrefix("xmlns") }
        guard qualified.allSatisfy({ isBound($0, in: bound) }) else { return nil }
        if !selfClosing { open.append((name, declared)) }
      case .endTag(let name):
        guard open.last?.name == name else { return nil }
        open.removeLast()
      }
    }
    return reader.failed || !open.isEmpty ? nil : text
  }

  /// The prefixes `attributes` declare, or nil if a declaration is not allowed.
  private static func declaredPrefixes(_ attributes: [MarkupReader.Attribute]) -> [String]? {
    var declared: [String] = []
    for attribute in attributes {
      if attribute.name == "xmlns:xmlns" { return nil }
      guard attribute.name.hasPrefix("xmlns:") else { continue }
      if attribute.value.isEmpty { return nil }
      declared.append(String(attribute.name.dropFirst(6)))
    }
    return declared
  }

  /// Whether a qualified name has no prefix, or a bound prefix and one local part.
  private static func isBound(_ qualified: String, in bound: Set<String>) -> Bool {
    guard let colon = qualified.firstIndex(of: ":") else { return true }
    let prefix = String(qualified[..<colon])
    let local = qualified[qualified.index(after: colon)...]
    return !prefix.isEmpty && !local.isEmpty && !local.contains(":") && bound.contains(prefix)
  }
}
