public import Botocore
import JSON

/// Makes the skeletons that `aws SERVICE OPERATION --generate-cli-skeleton KIND` prints, from a service model.
///
/// Values follow the AWS CLI v2: every structure member in model order, a structure met again inside itself
/// becomes `{}`, documents `{}`, lists hold one element, maps one `KeyName` entry, strings `""` (or the first
/// enum value), numbers `0` / `0.0`, booleans `true`, timestamps the epoch, blobs `null` (`!!binary ''` in YAML).
/// For `output`, strings hold the member name, list elements the element shape's name, map values `""`.
///
/// ```swift
/// let generator = SkeletonGenerator(model: model)
/// print(try generator.text(forOperationNamed: "CreateBGPPeer", kind: .input), terminator: "")
/// ```
public struct SkeletonGenerator: Sendable {
  /// The service model.
  public let model: ServiceModel
  /// What to do beyond the AWS CLI; the defaults print what it prints.
  public var options: SkeletonOptions

  /// A generator for the operations of `model`.
  public init(model: ServiceModel, options: SkeletonOptions = SkeletonOptions()) {
    self.model = model
    self.options = options
  }

  /// The skeleton of `operation` as a tree; an operation without an input (or output) shape gives `{}`.
  public func skeleton(for operation: Operation, kind: SkeletonKind) -> SkeletonNode {
    let reference = kind == .output ? operation.output : operation.input
    guard let reference, let shape = model.shape(for: reference) else { return .structure([]) }
    var builder = SkeletonBuilder(model: model, kind: kind, options: options)
    return builder.node(shape, name: "", prefill: kind == .output ? nil : options.prefill)
  }

  /// The text the AWS CLI prints for `--generate-cli-skeleton KIND`, including the final newline.
  ///
  /// `input` and `output` are JSON with 4-space indentation (`output` prints nothing when the response is
  /// empty, as the AWS CLI does); `yaml-input` is YAML with a comment per member.
  public func text(for operation: Operation, kind: SkeletonKind) -> String {
    let node = skeleton(for: operation, kind: kind)
    switch kind {
    case .input:
      return node.jsonText
    case .output:
      return node.fields?.isEmpty == true ? "" : node.jsonText
    case .yamlInput:
      return node.yamlText
    }
  }

  /// The text for the operation named `name` (model name, e.g. `CreateBGPPeer`).
  public func text(forOperationNamed name: String, kind: SkeletonKind) throws(SkeletonError) -> String {
    guard let operation = model.operation(named: name) else {
      throw .unknownOperation(service: model.serviceName, operation: name)
    }
    return text(for: operation, kind: kind)
  }

  /// The YAML comment the AWS CLI v2 writes after a structure member: `[REQUIRED]`, the first sentence of its
  /// documentation, and the valid values of an enum, joined by spaces; nil when that is blank.
  public func comment(for member: Member, of structure: Shape) -> String? {
    var builder = SkeletonBuilder(model: model, kind: .yamlInput, options: options)
    return builder.comment(
      member,
      shape: model.shape(for: member.reference),
      required: structure.isRequired(member.name)
    )
  }
}
