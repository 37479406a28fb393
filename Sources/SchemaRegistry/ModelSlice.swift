import JSON

/// Cuts a service model down to what one operation needs: its definition and every shape it reaches.
///
/// The result has the layout of `service-2.json`, so the same reader loads whole models and slices. Made once per
/// model: the shape table and each shape's position are read once, and a slice visits only the shapes its
/// operation reaches (the first version walked every shape of the model for every operation).
struct ModelSlice {
  private let operations: JSONObject
  private let shapes: JSONObject
  private let positions: [String: Int]

  /// A slicer over a whole model, or nil when it has no operations or shapes table.
  init?(service: JSONValue) {
    guard let root = service.objectValue, let operations = root["operations"]?.objectValue,
      let shapes = root["shapes"]?.objectValue
    else { return nil }
    self.operations = operations
    self.shapes = shapes
    var positions: [String: Int] = [:]
    positions.reserveCapacity(shapes.count)
    for (position, name) in shapes.keys.enumerated() { positions[name] = position }
    self.positions = positions
  }

  /// The slice for `operationName` without its prose, taken from `withoutProse`, and the prose of the same slice,
  /// taken from `prose` (what `splittingDocumentation` made of the whole model), in the same layout; nil if there
  /// is no such operation. The shapes reached are found in the whole model. Splitting the model once costs far
  /// less than splitting each slice, where shared shapes repeat.
  func slice(
    of operationName: String,
    withoutProse: JSONValue,
    prose: JSONValue
  ) -> (shapes: JSONValue, documentation: JSONValue)? {
    guard let operation = operations[operationName] else { return nil }
    let names = reachedShapes(from: operation)
    let keptShapes = withoutProse["shapes"]?.objectValue
    let allProse = prose["shapes"]?.objectValue
    var sliceShapes = JSONObject()
    var proseShapes = JSONObject()
    for name in names {
      sliceShapes[name] = keptShapes?[name]
      if let shapeProse = allProse?[name] { proseShapes[name] = shapeProse }
    }
    var slice = JSONObject()
    slice["metadata"] = withoutProse["metadata"]
    slice["operations"] = .object(JSONObject([(operationName, withoutProse["operations"]?[operationName] ?? [:])]))
    slice["shapes"] = .object(sliceShapes)
    var sliceProse = JSONObject()
    if let metadata = prose["metadata"] { sliceProse["metadata"] = metadata }
    if let operationProse = prose["operations"]?[operationName] {
      sliceProse["operations"] = .object(JSONObject([(operationName, operationProse)]))
    }
    if !proseShapes.isEmpty { sliceProse["shapes"] = .object(proseShapes) }
    return (.object(slice), .object(sliceProse))
  }

  /// The names of the shapes an operation's input and output reach, in the model's order.
  private func reachedShapes(from operation: JSONValue) -> [String] {
    var needed: [String] = []
    var seen: Set<String> = []
    func visit(_ reference: JSONValue?) {
      guard let name = reference?["shape"]?.stringValue, seen.insert(name).inserted else { return }
      needed.append(name)
    }
    visit(operation["input"])
    visit(operation["output"])
    var cursor = 0
    while cursor < needed.count {
      let shape = shapes[needed[cursor]]
      cursor += 1
      guard let shape else { continue }
      if let members = shape["members"]?.objectValue {
        for key in members.keys { visit(members[key]) }
      }
      visit(shape["member"])
      visit(shape["key"])
      visit(shape["value"])
    }
    // In the model's order, as the first version wrote them.
    let ordered = needed.compactMap { name in positions[name].map { ($0, name) } }.sorted { $0.0 < $1.0 }
    return ordered.map(\.1)
  }

  /// Splits a slice into the slice without `documentation` members and a tree holding only them, in the same
  /// layout, so `ServiceLocation.deepMerge` puts them back.
  static func splittingDocumentation(_ value: JSONValue) -> (JSONValue, JSONValue) {
    guard let object = value.objectValue else { return (value, .object(JSONObject())) }
    var kept = JSONObject()
    var documentation = JSONObject()
    for (key, child) in object {
      if key == "documentation" {
        documentation[key] = child
      } else if child.objectValue != nil {
        let (childKept, childDocs) = splittingDocumentation(child)
        kept[key] = childKept
        if childDocs.objectValue?.isEmpty == false { documentation[key] = childDocs }
      } else {
        kept[key] = child
      }
    }
    return (.object(kept), .object(documentation))
  }
}
