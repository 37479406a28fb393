import Botocore
import DocumentationText
import JSON

/// One walk over the shapes of an operation, keeping the stack of structures being expanded.
struct SkeletonBuilder {
  let model: ServiceModel
  let kind: SkeletonKind
  let options: SkeletonOptions
  /// How many times each structure is on the stack.
  private var open: [String: Int] = [:]
  private var overviews: [String: String] = [:]

  init(model: ServiceModel, kind: SkeletonKind, options: SkeletonOptions) {
    self.model = model
    self.kind = kind
    self.options = options
  }

  /// The value for `shape`; `name` is what `output` puts in strings; `prefill` is what the user gave, if anything.
  mutating func node(_ shape: Shape, name: String, prefill: JSONValue?) -> SkeletonNode {
    switch shape.type {
    case .structure:
      return structure(shape, prefill: prefill)
    case .list:
      if let prefill {
        guard let elements = prefill.arrayValue else { return SkeletonNode(prefill) }
        guard let element = shape.member.flatMap(model.shape(for:)) else { return SkeletonNode(prefill) }
        return .list(elements.map { node(element, name: "", prefill: $0) })
      }
      guard let element = shape.member.flatMap(model.shape(for:)) else { return .list([.null]) }
      return .list([node(element, name: kind == .output ? element.name : "", prefill: nil)])
    case .map:
      let value = shape.value.flatMap(model.shape(for:))
      if let prefill {
        guard let object = prefill.objectValue, let value else { return SkeletonNode(prefill) }
        return .map(object.members.map { SkeletonField(name: $0.key, value: node(value, name: "", prefill: $0.value)) })
      }
      guard let value else { return .map([SkeletonField(name: "KeyName", value: .null)]) }
      return .map([SkeletonField(name: "KeyName", value: node(value, name: "", prefill: nil))])
    default:
      if let prefill { return SkeletonNode(prefill) }
      return placeholder(shape, name: name)
    }
  }

  private func placeholder(_ shape: Shape, name: String) -> SkeletonNode {
    switch shape.type {
    case .string:
      if kind == .output { return .string(name) }
      return .string(shape.enumValues?.first ?? "")
    case .integer, .long: return .integer(0)
    case .float, .double: return .real(0)
    case .boolean: return .boolean(true)
    case .timestamp: return .timestamp
    case .blob: return .blob
    // The AWS CLI has no placeholder for the arbitrary-precision types and prints null.
    case .bigdecimal, .biginteger, .structure, .list, .map: return .null
    }
  }

  private mutating func structure(_ shape: Shape, prefill: JSONValue?) -> SkeletonNode {
    let given = prefill?.objectValue
    if let prefill, given == nil { return SkeletonNode(prefill) }
    if shape.isDocument { return prefill.map(SkeletonNode.init) ?? .structure([]) }
    // A structure already being expanded stops the recursion, unless the user gave a value for it: then it is
    // expanded once more around that value (its own nested structures stop as usual, so this ends).
    if open[shape.name, default: 0] > 0 && given == nil { return .structure([]) }
    open[shape.name, default: 0] += 1
    defer { open[shape.name, default: 0] -= 1 }

    var members = shape.members
    if options.requiredOnly {
      members = members.filter { shape.isRequired($0.name) || given?.contains($0.name) == true }
    }
    if shape.isUnion {
      // The member the user chose is the one; otherwise all (as the AWS CLI does) or the first.
      let chosen = shape.members.filter { given?.contains($0.name) == true }
      if !chosen.isEmpty {
        members = chosen
      } else if options.unionMembers == .first || options.requiredOnly {
        members = Array(shape.members.prefix(1))
      }
    }
    var fields: [SkeletonField] = []
    for member in members {
      let memberShape = model.shape(for: member.reference)
      let value = memberShape.map { node($0, name: member.name, prefill: given?[member.name]) } ?? .null
      let comment =
        kind == .yamlInput ? self.comment(member, shape: memberShape, required: shape.isRequired(member.name)) : nil
      fields.append(SkeletonField(name: member.name, value: value, comment: comment))
    }
    if let given {
      for (key, value) in given where shape.member(named: key) == nil {
        fields.append(SkeletonField(name: key, value: SkeletonNode(value)))
      }
    }
    return .structure(fields)
  }

  /// `[REQUIRED] First sentence. Valid values are: a, b.` as the AWS CLI v2 joins it.
  mutating func comment(_ member: Member, shape: Shape?, required: Bool) -> String? {
    var parts: [String] = []
    if required { parts.append("[REQUIRED]") }
    let documentation = member.reference.documentation ?? shape?.documentation ?? ""
    if let known = overviews[documentation] {
      parts.append(known)
    } else {
      let overview = DocumentationOverview.of(documentation)
      overviews[documentation] = overview
      parts.append(overview)
    }
    if let shape, shape.type == .string, let values = shape.enumValues, !values.isEmpty {
      parts.append("Valid values are: " + values.joined(separator: ", ") + ".")
    }
    let comment = parts.joined(separator: " ")
    if comment.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return nil }
    return comment
  }
}
