import JSON

/// Cuts a service model down to what one operation needs: its definition and every shape it reaches.
///
/// The result has the layout of `service-2.json`, so the same reader loads whole models and slices.
enum ModelSlice {
  /// The slice of `service` for `operationName`, or nil if the model has no such operation.
  static func make(service: JSONValue, operationName: String) -> JSONValue? {
    guard let root = service.objectValue, let operations = root["operations"]?.objectValue,
      let operation = operations[operationName], let shapes = root["shapes"]?.objectValue
    else { return nil }
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
      for (_, member) in shape["members"]?.objectValue ?? JSONObject() { visit(member) }
      visit(shape["member"])
      visit(shape["key"])
      visit(shape["value"])
    }
    var sliceShapes = JSONObject()
    for (name, shape) in shapes where seen.contains(name) { sliceShapes[name] = shape }
    var slice = JSONObject()
    slice["metadata"] = root["metadata"]
    slice["operations"] = .object(JSONObject([(operationName, operation)]))
    slice["shapes"] = .object(sliceShapes)
    return .object(slice)
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
