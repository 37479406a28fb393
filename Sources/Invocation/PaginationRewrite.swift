import Botocore
import CLISchema
import JSON
import Shorthand

/// What the AWS CLI's paginator puts into the first request (awscli `customizations/paginate.py`, botocore's
/// `PageIterator`): `--starting-token` becomes the input token members (a token is base64 of a JSON object, or an
/// older `a___b___index` form, or an opaque token), `--page-size` the limit member; `--max-items` only stops the
/// paging. Pagination is off with `--no-paginate`, or when an input token or the limit member is given directly:
/// a pagination option that took the place of a member option of the same name (`--max-items` of iam's
/// `MaxItems`) then is that member again. ec2 `describe-volumes` and `describe-snapshots` ask for pages of 1000
/// when nothing but owners and tokens is given (`customizations/ec2/paginate.py`).
enum PaginationRewrite {
  /// ec2 operations whose first page the CLI sizes itself, with the parameters that still allow it.
  static let sizedPages: [String: Set<String>] = [
    "ec2.DescribeVolumes": ["NextToken", "DryRun"],
    "ec2.DescribeSnapshots": ["OwnerIds", "RestorableByUserIds", "NextToken", "DryRun"],
  ]
  /// The page size the CLI asks for there.
  static let sizedPageLength: Int64 = 1000

  /// A starting token as botocore reads it: the members it sets (nil to remove one), or why it is refused.
  static func startingToken(_ text: String, inputTokens: [String]) -> Result<[(String, JSONValue?)], RefusedToken> {
    if case .success(let bytes) = Base64Text.decodeAsPython(text), let decoded = ParamFile.decodeUTF8(bytes),
      let value = try? JSONValue(parsing: decoded, options: [.allowScalars])
    {
      switch value {
      case .object(var object):
        object["boto_truncate_amount"] = nil
        object["boto_encoded_keys"] = nil
        return .success(object.members.map { ($0.key, $0.value.isNull ? Optional<JSONValue>.none : $0.value) })
      case .array, .string:
        return .failure(RefusedToken(message: "the starting token decodes to JSON that is not an object"))
      default:
        break
      }
    }
    var parts = split(text, on: "___")
    if parts.count == inputTokens.count + 1 {
      if case .value = PythonNumber.integer(parts[parts.count - 1]) {
        parts.removeLast()
      } else {
        parts = [text]
      }
    }
    if parts.count > inputTokens.count {
      return .failure(RefusedToken(message: "Starting token has more tokens than the paginator has input tokens"))
    }
    return .success(
      inputTokens.enumerated().map { index, name in
        let value: JSONValue? = index < parts.count && parts[index] != "None" ? .string(parts[index]) : nil
        return (name, value)
      }
    )
  }

  /// Why botocore refuses a starting token.
  struct RefusedToken: Error {
    var message: String
  }

  /// Python's `text.split(separator)`.
  static func split(_ text: String, on separator: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(text)
    while let range = rest.firstRange(of: separator) {
      parts.append(String(rest[..<range.lowerBound]))
      rest = rest[range.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }
}

extension ValueBuilder {
  /// Whether the CLI pages through the operation's results: it has a paginator, `--no-paginate` is absent and no
  /// input token or limit member is given directly.
  func isPaginating(_ given: [String: GivenOption]) -> Bool {
    guard let paginator = model.paginators[command.operation.name], command.waiter == nil else { return false }
    if run.invocation.options.contains(where: { $0.name == "--no-paginate" }) { return false }
    let members = Set(paginator.inputTokens + (paginator.limitKey.map { [$0] } ?? []))
    return !command.parameters.contains {
      guard let member = $0.memberName, members.contains(member), given[$0.name] != nil else { return false }
      return !["--start-token", "--max-items"].contains($0.name)
    }
  }

  /// The member a pagination option took the place of (`--max-items` of a `MaxItems` member), if any.
  func shadowedMember(of option: String) -> (name: String, reference: ShapeReference)? {
    guard let input = model.inputShape(of: command.operation) else { return nil }
    for member in input.members where "--" + CLIName.xform(member.name) == option {
      return (member.name, member.reference)
    }
    return nil
  }

  mutating func applyPagination(_ given: [String: GivenOption]) {
    guard let paginator = model.paginators[command.operation.name], command.waiter == nil else { return }
    let paging = given.values.filter { $0.parameter?.origin == .pagination }.sorted { $0.nameWord < $1.nameWord }
    guard isPaginating(given) else {
      // The shadowed member options are back: their values go to their members.
      for option in paging {
        guard let (member, reference) = shadowedMember(of: option.name), let shape = model.shape(for: reference),
          let text = option.values.last, let word = option.valueWords.last
        else { continue }
        let argument = ArgumentText(
          text: text,
          word: word,
          offset: option.isInline ? run.inlineRange(word).lowerBound : 0,
          file: nil
        )
        let path = ValuePath.root.appending(key: member)
        if let value = scalar(argument, shape: shape, reference: reference, path: path, option: option.name) {
          parameters[member] = value
        }
      }
      return
    }
    if let option = given["--starting-token"], let text = option.values.last {
      switch PaginationRewrite.startingToken(text, inputTokens: paginator.inputTokens) {
      case .success(let members):
        for (name, value) in members {
          if let value, !value.isNull, value != JSONValue.string("None") {
            parameters[name] = value
          } else {
            parameters[name] = nil
          }
        }
      case .failure(let refused):
        refuse(option, refused.message, aws: refused.message)
      }
    }
    if let limitKey = paginator.limitKey, let option = given["--page-size"], let text = option.values.last {
      if option.parameter?.typeName == "string" {
        parameters[limitKey] = .string(text)
      } else if case .value(let size) = PythonNumber.integer(text) {
        parameters[limitKey] = .integer(size)
      }
    }
    if let allowed = PaginationRewrite.sizedPages[rewriteKey ?? ""], given["--page-size"] == nil,
      parameters.members.allSatisfy({ allowed.contains($0.key) })
    {
      parameters[paginator.limitKey ?? "MaxResults"] = .integer(PaginationRewrite.sizedPageLength)
    }
  }
}
