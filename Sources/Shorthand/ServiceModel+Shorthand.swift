public import Botocore

extension ServiceModel {
  /// Whether a shape is a document, or lists and maps whose innermost value is a document (the AWS CLI's
  /// `is_document_type_container`). Such arguments take JSON only.
  public func isDocumentContainer(_ shape: Shape) -> Bool {
    // The shape itself is looked at in place (most arguments are structures: one check, no copy).
    if shape.isDocument { return true }
    var next: ShapeReference?
    switch shape.type {
    case .list: next = shape.member
    case .map: next = shape.value
    default: return false
    }
    // A chain of lists and maps longer than the model's shapes has come round to a shape it passed (a cycle).
    for _ in 0...shapes.count {
      guard let reference = next, let target = self.shape(for: reference) else { return false }
      if target.isDocument { return true }
      switch target.type {
      case .list: next = target.member
      case .map: next = target.value
      default: return false
      }
    }
    return false
  }

  /// The list element shape, map value shape or map key shape, when the model has it.
  func elementShape(of shape: Shape) -> Shape? { shape.member.flatMap { self.shape(for: $0) } }
  func valueShape(of shape: Shape) -> Shape? { shape.value.flatMap { self.shape(for: $0) } }
  func keyShape(of shape: Shape) -> Shape? { shape.key.flatMap { self.shape(for: $0) } }
}
