import Botocore
import CLISchema

/// What shorthand completion needs of an operation: every shape its input reaches, with each member's one-line
/// description in place of its documentation, in a model small enough to keep in the completion index.
struct ShapeTable: Sendable {
  /// The input structure's name.
  var input: String
  /// The reachable shapes (documentation: one line per member reference, none on shapes).
  var model: ServiceModel

  init(input: String, shapes: [String: Shape], serviceName: String) {
    self.input = input
    self.model = ServiceModel(
      serviceName: serviceName,
      metadata: ServiceMetadata(apiVersion: ""),
      operations: [],
      shapes: shapes
    )
  }

  /// The table of a built command (its model with prose, for the descriptions).
  init?(command: OperationCommand) {
    guard let inputShape = command.inputShape else { return nil }
    var shapes: [String: Shape] = [:]
    var pending = [inputShape.name]
    while let name = pending.popLast() {
      guard shapes[name] == nil, var shape = command.model.shape(named: name) else { continue }
      shape.documentation = nil
      shape.members = shape.members.map { member in
        var reference = member.reference
        reference.documentation = OneLine.of(
          member.reference.documentation ?? command.model.shape(for: member.reference)?.documentation
        )
        return Member(name: member.name, reference: reference)
      }
      shapes[name] = shape
      pending += shape.members.map(\.reference.shapeName)
      pending += [shape.member, shape.key, shape.value].compactMap { $0?.shapeName }
    }
    self.init(input: inputShape.name, shapes: shapes, serviceName: command.model.serviceName)
  }

  /// The shape of the input member `member`, if the input has it.
  func shape(ofMember member: String) -> Shape? {
    model.shape(named: input)?.member(named: member).flatMap { model.shape(for: $0.reference) }
  }

  // MARK: Rows (the index file)

  /// Field separators inside a row's packed fields: between items, and between a member's parts.
  private static let item = "\u{1F}"
  private static let part = "\u{1E}"

  /// The rows of the index file: `#input NAME`, then one per shape: name, type, flags (`d` document, `u` union),
  /// enum values, members (name, target, `r` when required, description), list member, map key, map value.
  var rows: [[String]] {
    var rows = [["#input", input]]
    for name in model.shapes.keys.sorted() {
      guard let shape = model.shapes[name] else { continue }
      let flags = (shape.isDocument ? "d" : "") + (shape.isUnion ? "u" : "")
      let members = shape.members.map { member in
        [
          member.name, member.reference.shapeName, shape.isRequired(member.name) ? "r" : "",
          Self.clean(member.reference.documentation ?? ""),
        ].joined(separator: Self.part)
      }
      rows.append([
        name, shape.type.rawValue, flags, (shape.enumValues ?? []).map(Self.clean).joined(separator: Self.item),
        members.joined(separator: Self.item), shape.member?.shapeName ?? "", shape.key?.shapeName ?? "",
        shape.value?.shapeName ?? "", shape.enumValues == nil ? "" : "e",
      ])
    }
    return rows
  }

  /// A table read back from `rows`; nil when they are malformed.
  init?(rows: [[Substring]], serviceName: String) {
    guard let first = rows.first, first.count == 2, first[0] == "#input" else { return nil }
    var shapes: [String: Shape] = [:]
    for row in rows.dropFirst() {
      guard row.count >= 9, let type = ShapeType(rawValue: String(row[1])) else { return nil }
      var members: [Member] = []
      var required: [String] = []
      for packed in Self.split(row[4], 0x1F) {
        let parts = Self.split(packed, 0x1E, omittingEmpty: false)
        guard parts.count == 4 else { return nil }
        let name = String(parts[0])
        members.append(
          Member(
            name: name,
            reference: ShapeReference(
              shapeName: String(parts[1]),
              documentation: parts[3].isEmpty ? nil : String(parts[3])
            )
          )
        )
        if parts[2] == "r" { required.append(name) }
      }
      func reference(_ field: Substring) -> ShapeReference? {
        field.isEmpty ? nil : ShapeReference(shapeName: String(field))
      }
      let name = String(row[0])
      shapes[name] = Shape(
        name: name,
        type: type,
        members: members,
        required: required,
        member: reference(row[5]),
        key: reference(row[6]),
        value: reference(row[7]),
        enumValues: row[8] == "e" ? Self.split(row[3], 0x1F).map(String.init) : nil,
        isDocument: row[2].contains("d"),
        isUnion: row[2].contains("u")
      )
    }
    self.init(input: String(first[1]), shapes: shapes, serviceName: serviceName)
  }

  /// Splits on a byte (faster than on characters; the separators are ASCII).
  private static func split(_ text: Substring, _ byte: UInt8, omittingEmpty: Bool = true) -> [Substring] {
    text.utf8.split(separator: byte, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
  }

  /// Text without the separators.
  private static func clean(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{1E}" || $0 == "\u{1F}" ? " " : $0 }))
  }
}
