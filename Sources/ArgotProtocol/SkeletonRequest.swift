public import JSON
public import JSONRPC

/// `argot/skeleton`: what `aws SERVICE OPERATION --generate-cli-skeleton KIND` prints, as `argot skeleton` does.
///
/// Params: `{"service", "operation", "kind"?: "input" | "yaml-input" | "output", "requiredOnly"?: false,
/// "oneUnionMember"?: false, "prefill"?: {…}}`; `prefill` holds values (API member names) merged into an input
/// skeleton. Result: `{"text": SKELETON}`. Errors: -32010, -32011, -32013, -32014.
public struct SkeletonRequest: ArgotRequest {
  public typealias Result = TextResult
  public static let method = "argot/skeleton"

  /// The kinds `--generate-cli-skeleton` takes.
  public static let kinds = ["input", "yaml-input", "output"]

  /// The command.
  public var command: CommandName
  /// `input`, `yaml-input` or `output`.
  public var kind: String
  /// Keep only required members.
  public var requiredOnly: Bool
  /// Fill only the first member of a tagged union.
  public var oneUnionMember: Bool
  /// Values to merge into an input skeleton.
  public var prefill: JSONValue?

  /// Creates a request.
  public init(
    command: CommandName,
    kind: String = "input",
    requiredOnly: Bool = false,
    oneUnionMember: Bool = false,
    prefill: JSONValue? = nil
  ) {
    self.command = command
    self.kind = kind
    self.requiredOnly = requiredOnly
    self.oneUnionMember = oneUnionMember
    self.prefill = prefill
  }

  public init(params: JSONValue?) throws(ResponseError) {
    let object = try ParamsObject(params)
    command = try CommandName(object)
    kind = try object.choice("kind", among: Self.kinds, default: "input")
    requiredOnly = try object.bool("requiredOnly", default: false)
    oneUnionMember = try object.bool("oneUnionMember", default: false)
    switch object.object["prefill"] {
    case nil, .null?: prefill = nil
    case .object(let members)?: prefill = .object(members)
    case let other?: throw ParamsObject.wrongType("prefill", expected: "an object", got: other)
    }
  }

  public var params: JSONValue {
    var object = JSONObject()
    command.write(to: &object)
    object["kind"] = .string(kind)
    if requiredOnly { object["requiredOnly"] = true }
    if oneUnionMember { object["oneUnionMember"] = true }
    object["prefill"] = prefill
    return .object(object)
  }
}
