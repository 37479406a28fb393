/// The references between a model's shapes, checked once when the model is read so that every later walk can trust
/// them: each reference names a defined shape, and no chain of shapes nests deeper than ``maximumDepth``.
///
/// Both checks run without recursion (an explicit stack), so a hostile model cannot exhaust the stack here.
/// Recursive shapes are allowed: a cycle counts as deep as the number of shapes in it, which is as far as a walk
/// that stops at a shape already on its path can go.
struct ShapeGraph {
  /// The deepest nesting a model may have. Real botocore models reach about 25 (counting each group of mutually
  /// recursive shapes as its size); walks over shapes recurse once per level, so this keeps them far from the
  /// stack's end.
  static let maximumDepth = 256

  private var names: [String]
  private var edges: [[Int]]

  /// Builds the graph, throwing for the first reference to a shape the model does not define.
  init(shapes: [String: Shape], operations: [Operation], reader: ModelReader) throws(ModelError) {
    names = shapes.keys.sorted()
    var position: [String: Int] = [:]
    for (index, name) in names.enumerated() { position[name] = index }
    edges = []
    edges.reserveCapacity(names.count)
    for name in names {
      let shape = shapes[name]!
      var targets: [Int] = []
      var references: [(String, ShapeReference)] = shape.members.map { ("members.\($0.name)", $0.reference) }
      if let member = shape.member { references.append(("member", member)) }
      if let key = shape.key { references.append(("key", key)) }
      if let value = shape.value { references.append(("value", value)) }
      for (place, reference) in references {
        guard let target = position[reference.shapeName] else {
          throw reader.error("shapes.\(name).\(place)", Self.undefined(reference.shapeName))
        }
        targets.append(target)
      }
      edges.append(targets)
    }
    for operation in operations {
      for (place, reference) in [("input", operation.input), ("output", operation.output)] {
        if let reference, position[reference.shapeName] == nil {
          throw reader.error("operations.\(operation.name).\(place)", Self.undefined(reference.shapeName))
        }
      }
    }
  }

  private static func undefined(_ name: String) -> String {
    "refers to shape \"\(name)\", which the model does not define"
  }

  /// Throws if some chain of shapes nests deeper than ``maximumDepth``, naming the shape the deepest one starts at.
  func checkDepth(reader: ModelReader) throws(ModelError) {
    let component = stronglyConnectedComponents()
    var size = [Int](repeating: 0, count: component.count)
    for index in names.indices { size[component.of[index]] += 1 }
    // Tarjan's algorithm numbers components so that every edge between two of them goes to a lower number.
    var depth = [Int](repeating: 0, count: component.count)
    var members = [[Int]](repeating: [], count: component.count)
    for index in names.indices { members[component.of[index]].append(index) }
    for current in 0..<component.count {
      var deepestBelow = 0
      for index in members[current] {
        for target in edges[index] where component.of[target] != current {
          deepestBelow = max(deepestBelow, depth[component.of[target]])
        }
      }
      depth[current] = size[current] + deepestBelow
    }
    // Name the shape the deepest chain starts at.
    if let deepest = depth.indices.max(by: { depth[$0] < depth[$1] }), depth[deepest] > Self.maximumDepth {
      let start = members[deepest].min().map { names[$0] } ?? ""
      throw reader.error(
        "shapes.\(start)",
        "shapes nest \(depth[deepest]) levels deep from here; at most \(Self.maximumDepth) are supported"
      )
    }
  }

  /// Each shape's strongly connected component, numbered in the order Tarjan's algorithm completes them.
  private func stronglyConnectedComponents() -> (of: [Int], count: Int) {
    let unvisited = -1
    var index = [Int](repeating: unvisited, count: names.count)
    var low = [Int](repeating: 0, count: names.count)
    var onStack = [Bool](repeating: false, count: names.count)
    var component = [Int](repeating: 0, count: names.count)
    var stack: [Int] = []
    var counter = 0
    var components = 0
    // The explicit call stack: a node and the position of the next edge to follow.
    var frames: [(node: Int, edge: Int)] = []
    for root in names.indices where index[root] == unvisited {
      frames.append((root, 0))
      index[root] = counter
      low[root] = counter
      counter += 1
      stack.append(root)
      onStack[root] = true
      while let frame = frames.last {
        let node = frame.node
        if frame.edge < edges[node].count {
          frames[frames.count - 1].edge += 1
          let target = edges[node][frame.edge]
          if index[target] == unvisited {
            index[target] = counter
            low[target] = counter
            counter += 1
            stack.append(target)
            onStack[target] = true
            frames.append((target, 0))
          } else if onStack[target] {
            low[node] = min(low[node], index[target])
          }
          continue
        }
        frames.removeLast()
        if let parent = frames.last?.node { low[parent] = min(low[parent], low[node]) }
        if low[node] == index[node] {
          while let member = stack.popLast() {
            onStack[member] = false
            component[member] = components
            if member == node { break }
          }
          components += 1
        }
      }
    }
    return (component, components)
  }
}
