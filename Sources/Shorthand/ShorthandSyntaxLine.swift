public import Botocore

/// The "Shorthand Syntax" line of AWS CLI help for an argument, exactly as the AWS CLI writes it
/// (`ParamShorthandDocGen`):
///
/// - a structure lists its members as `name=type` (`asn=integer,asnLong=long,...`), nested structures in
///   `{...}`, document members left out;
/// - a list argument documents one element followed by ` ...` (`Key=string,Value=string ...`);
/// - a list of scalars inside a value is `type,type`, or `[type,type]` when nested deeper or of containers;
/// - a map is `KeyName1=type,KeyName2=type`, in `{...}` when nested, and at the top followed by the valid key
///   names when the key has an enum;
/// - a member whose shape is already being documented is `( ... recursive ... )`;
/// - more than three levels of nesting gives no line at all (an empty string).
public enum ShorthandSyntaxLine {
  /// The syntax line for an argument of this shape.
  ///
  /// - Parameters:
  ///   - context: the argument's names, for the AWS CLI's legacy list cases (`--instances Instances1 ...`).
  ///   - cliName: the option as typed (`--instances`), used by those legacy cases.
  /// - Returns: the line (possibly several lines for maps with key enums); an empty string when the shape is too
  ///   deeply nested; nil when the AWS CLI documents no shorthand (a single-`Value` structure, or an argument
  ///   that doesn't take shorthand).
  public static func make(
    for shape: Shape,
    in model: ServiceModel,
    context: ShorthandArgumentContext? = nil,
    cliName: String? = nil
  ) -> String? {
    guard ShorthandArgument.acceptsShorthand(shape, in: model) else { return nil }
    if let context, let member = ShorthandArgument.legacyListMember(context, shape: shape, in: model) {
      let option = cliName ?? "--" + context.member
      if shape.min == 1, shape.max == 1 { return "\(option) \(member)1" }
      return "\(option) \(member)1 \(member)2 \(member)3"
    }
    if ShorthandArgument.isSingleValueStructure(shape, in: model) { return nil }
    var writer = Writer(model: model)
    do throws(TooComplex) {
      if shape.type == .list, let element = model.elementShape(of: shape) {
        return try writer.docs(element) + " ..."
      }
      return try writer.docs(shape)
    } catch {
      return ""
    }
  }

  struct TooComplex: Error {}

  struct Writer {
    static let maximumDepth = 3
    let model: ServiceModel
    var stack: [String] = []

    mutating func docs(_ shape: Shape) throws(TooComplex) -> String {
      if stack.count > Self.maximumDepth { throw TooComplex() }
      switch shape.type {
      case .structure: return try structure(shape)
      case .list: return try list(shape)
      case .map: return try map(shape)
      default: return shape.type.rawValue
      }
    }

    mutating func list(_ shape: Shape) throws(TooComplex) -> String {
      guard let element = model.elementShape(of: shape) else { return "" }
      stack.append(element.name)
      defer { stack.removeLast() }
      let text = try docs(element)
      let bracketed = element.type.isContainer || stack.count > 2
      return bracketed ? "[\(text),\(text)]" : "\(text),\(text)"
    }

    mutating func map(_ shape: Shape) throws(TooComplex) -> String {
      guard let value = model.valueShape(of: shape) else { return "" }
      stack.append(value.name)
      let text: String
      do throws(TooComplex) {
        text = try docs(value)
      } catch {
        stack.removeLast()
        throw error
      }
      stack.removeLast()
      var line = "KeyName1=\(text),KeyName2=\(text)"
      if let keys = model.keyShape(of: shape)?.enumValues, !keys.isEmpty, stack.isEmpty {
        line += "\n\nWhere valid key names are:\n"
        for key in keys { line += "  \(key)\n" }
      } else if !stack.isEmpty {
        line = "{\(line)}"
      }
      return line
    }

    mutating func structure(_ shape: Shape) throws(TooComplex) -> String {
      var parts: [String] = []
      for member in shape.members {
        guard let target = model.shape(for: member.reference), !model.isDocumentContainer(target) else { continue }
        if stack.contains(target.name) {
          parts.append("( ... recursive ... )")
          continue
        }
        stack.append(target.name)
        defer { stack.removeLast() }
        parts.append("\(member.name)=\(try docs(target))")
      }
      let inner = parts.joined(separator: ",")
      return stack.isEmpty ? inner : "{\(inner)}"
    }
  }
}
