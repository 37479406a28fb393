public import Botocore

extension ServiceModel {
  /// Whether a shape is a document, or lists and maps whose innermost value is a document (the AWS CLI's
  /// `is_document_type_container`). Such arguments take JSON only.
  public func isDocumentContainer(_ shape: Shape) -> Bool {
    var current = shape
    // A chain of lists and maps longer than the model's shapes has come round to a shape it passed (a cycle).
    for _ in 0...shapes.count {
      if current.isDocument { return true }
      let next: ShapeReference?
      switch current.type {
      case .list: next = current.member
      case .map: next = current.value
      default: return false
      }
      guard let next, let target = self.shape(for: next) else { return false }
      current = target
    }
    return false
  }

  /// The list element shape, map value shape or map key shape, when the model has it.
  func elementShape(of shape: Shape) -> Shape? { shape.member.flatMap { self.shape(for: $0) } }
  func valueShape(of shape: Shape) -> Shape? { shape.value.flatMap { self.shape(for: $0) } }
  func keyShape(of shape: Shape) -> Shape? { shape.key.flatMap { self.shape(for: $0) } }
}
