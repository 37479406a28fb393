import Botocore
import CLISchema
import JSON
import Shorthand
import Suggestions

/// Where a value of the final parameters was written.
struct ValueSource: Sendable, Hashable {
  /// The option that set it.
  var option: String
  /// The word it is in.
  var word: Int
  /// The value's range in the word (nil when it came from a file: the whole word is meant).
  var valueRange: Range<Int>?
  /// The key's range in the word, for a member or map entry written with its key.
  var keyRange: Range<Int>?
}

/// A text to unpack: a word's value, or a file's content.
struct ArgumentText {
  var text: String
  /// The word the text came from.
  var word: Int
  /// Where the text starts in the word (after `--opt=` for inline values).
  var offset: Int
  /// The file the text was read from, if any.
  var file: String?
}

/// A top-level value as the AWS CLI hands it to the unpacking: one text, several words, or bytes.
enum ArgumentInput {
  case one(ArgumentText)
  case many([ArgumentText])
  case bytes([UInt8], word: Int, file: String)
}

/// Turns the given options into request parameters, merges `--cli-input-json`/`--cli-input-yaml`, applies the
/// binary format and validates.
struct ValueBuilder {
  var run: ParseRun
  let command: OperationCommand
  var model: ServiceModel { command.model }
  var parameters = JSONObject()
  var sources: [ValuePath: ValueSource] = [:]
  var binaryPaths: Set<ValuePath> = []
  /// Paths whose value a shorthand or JSON error left unusable (no further checks there).
  var brokenPaths: Set<ValuePath> = []

  init(run: ParseRun, command: OperationCommand) {
    self.run = run
    self.command = command
  }

  /// The last occurrence of each option of the operation.
  func effectiveOptions() -> [String: GivenOption] {
    var result: [String: GivenOption] = [:]
    for option in run.invocation.options where option.parameter != nil && option.parameter?.origin != .global {
      result[option.name] = option
    }
    return result
  }

  mutating func build() {
    let given = effectiveOptions()
    reportRepeats()
    let skeleton = given["--generate-cli-skeleton"].map { $0.values.last ?? $0.parameter?.implicitValue ?? "input" }
    run.invocation.skeleton = skeleton
    let cliInput = ["--cli-input-json", "--cli-input-yaml"].compactMap { given[$0] }
    let waived = !cliInput.isEmpty || (skeleton != nil && skeleton != "output")
    if !run.isPartial && !waived {
      let missing = command.parameters.filter { $0.isRequired && given[$0.name] == nil }
      for parameter in missing {
        run.report(
          .error,
          .missingRequiredOption,
          "missing required option \(parameter.name)",
          option: parameter.name,
          at: run.endLocation,
          aws: "the following arguments are required: " + missing.map(\.name).joined(separator: ", ")
        )
      }
    }
    let input = model.inputShape(of: command.operation)
    for parameter in command.parameters {
      guard let option = given[parameter.name], let member = parameter.memberName else { continue }
      // An option the CLI layer adds for a member (`--no-source-dest-check`) has no reference of its own.
      guard let memberReference = parameter.reference ?? input?.member(named: member)?.reference,
        let shape = model.shape(for: memberReference)
      else { continue }
      let path = ValuePath.root.appending(key: member)
      if let flag = booleanValueFlag(parameter, option, shape: shape) {
        parameters[member] = flag
        sources[path] = ValueSource(option: parameter.name, word: option.nameWord, valueRange: nil)
        continue
      }
      if parameter.isFlag || (shape.type == .boolean && option.values.isEmpty) {
        parameters[member] = .bool(!option.isNegated)
        sources[path] = ValueSource(option: parameter.name, word: option.nameWord, valueRange: nil)
        continue
      }
      if option.values.isEmpty && shape.type != .list { continue }
      if let value = unpackOption(
        option,
        parameter: parameter,
        shape: shape,
        reference: memberReference,
        path: path,
        member: member
      ) {
        parameters[member] = value
      }
    }
    applyCustomOptions(given)
    checkPaginationConflict(given)
    if cliInput.count > 1 {
      let second = cliInput.max { $0.nameWord < $1.nameWord }!
      run.report(
        .error,
        .conflictingOptions,
        "give either --cli-input-json or --cli-input-yaml, not both",
        option: second.name,
        at: run.location(word: second.nameWord),
        aws: "Only one --cli-input- parameter may be specified."
      )
    } else if let input = cliInput.first, let value = input.values.last, let word = input.valueWords.last {
      mergeCLIInput(option: input, text: value, word: word)
    }
    applyCustomDefaults(given)
    applyBinaryFormat()
    if run.options.validates && (skeleton == nil || skeleton == "output") {
      validate()
    }
    run.invocation.parameters = .object(parameters)
  }

  /// Setting a paginator's token or limit member turns the AWS CLI's pagination off; the pagination options
  /// (`--starting-token`, `--page-size`, `--max-items`) are then refused.
  mutating func checkPaginationConflict(_ given: [String: GivenOption]) {
    guard let paginator = model.paginators[command.operation.name], command.waiter == nil, !isPaginating(given)
    else { return }
    let members = Set(paginator.inputTokens + (paginator.limitKey.map { [$0] } ?? []))
    let direct = command.parameters.filter { $0.memberName.map(members.contains) == true && given[$0.name] != nil }
    let reason = direct.first.map { "\($0.name), which turns the AWS CLI's pagination off" } ?? "--no-paginate"
    for option in given.values.sorted(by: { $0.nameWord < $1.nameWord })
    where option.parameter?.origin == .pagination && shadowedMember(of: option.name) == nil {
      run.report(
        .error,
        .conflictingOptions,
        "\(option.name) cannot be combined with \(reason)",
        option: option.name,
        at: run.location(word: option.nameWord, range: run.nameRange(option.nameWord)),
        aws: "Error during pagination: Cannot specify --no-paginate along with pagination arguments: "
          + option.name
      )
    }
  }

  mutating func reportRepeats() {
    var seen: [String: Int] = [:]
    for option in run.invocation.options where option.parameter != nil {
      if let previous = seen[option.name] {
        run.report(
          .warning,
          .repeatedOption,
          "\(option.name) is given more than once; the AWS CLI uses only the last one",
          option: option.name,
          at: run.location(word: previous, range: run.nameRange(previous))
        )
      }
      seen[option.name] = option.nameWord
    }
  }

  /// The service as the CLI's events name it (botocore's `ServiceId.hyphenize()`: `API Gateway` →
  /// `api-gateway`), which is how the URL parameter file exemptions are keyed.
  var urlEventServiceName: String {
    guard let serviceID = model.metadata.serviceId else { return command.service.name }
    return String(serviceID.lowercased().map { $0 == " " ? "-" : $0 })
  }

  // MARK: Locations

  func place(_ argument: ArgumentText, _ range: Range<Int>?) -> SourceLocation? {
    if argument.file != nil || range == nil { return run.location(word: argument.word, range: wholeValue(argument)) }
    let shifted = (range!.lowerBound + argument.offset)..<(range!.upperBound + argument.offset)
    return run.location(word: argument.word, range: shifted)
  }

  func wholeValue(_ argument: ArgumentText) -> Range<Int> {
    argument.offset..<run.words[argument.word].scalarCount
  }

  mutating func record(
    _ path: ValuePath,
    _ argument: ArgumentText,
    option: String,
    valueRange: Range<Int>?,
    keyRange: Range<Int>? = nil
  ) {
    if argument.file != nil {
      sources[path] = ValueSource(option: option, word: argument.word, valueRange: nil)
      return
    }
    let shift = { (range: Range<Int>) in (range.lowerBound + argument.offset)..<(range.upperBound + argument.offset) }
    sources[path] = ValueSource(
      option: option,
      word: argument.word,
      valueRange: valueRange.map(shift) ?? wholeValue(argument),
      keyRange: keyRange.map(shift)
    )
  }

  mutating func error(
    _ code: DiagnosticCode,
    _ message: String,
    option: String,
    path: ValuePath,
    at location: SourceLocation?,
    aws: String? = nil,
    severity: InvocationDiagnostic.Severity = .error,
    suggestions: [String] = []
  ) {
    let relative = path.dropping(1)
    run.report(
      severity,
      code,
      message,
      option: option,
      path: relative.isRoot ? nil : relative.description,
      at: location,
      suggestions: suggestions,
      aws: aws
    )
  }

  // MARK: Unpacking (the AWS CLI's load-cli-arg and process-cli-arg steps)

  mutating func unpackOption(
    _ option: GivenOption,
    parameter: CLIParameter,
    shape: Shape,
    reference: ShapeReference,
    path: ValuePath,
    member: String
  ) -> JSONValue? {
    let texts = zip(option.values, option.valueWords).map { value, word in
      ArgumentText(text: value, word: word, offset: option.isInline ? run.inlineRange(word).lowerBound : 0, file: nil)
    }
    var input: ArgumentInput = shape.type == .list ? .many(texts) : .one(texts[0])
    // load-cli-arg: a single value naming a file is replaced by the file's content.
    let single: ArgumentText? = {
      switch input {
      case .one(let text): return text
      case .many(let list) where list.count == 1: return list[0]
      default: return nil
      }
    }()
    if let single,
      run.catalog.fetchesURL(
        single.text,
        service: urlEventServiceName,
        operation: command.name,
        option: parameter.name
      )
    {
      error(
        .urlParamFile,
        "AWS CLI v1 fetches \(single.text) and sends its content as \(parameter.name); argot does not fetch it, so "
          + "the value is not checked",
        option: parameter.name,
        path: path,
        at: place(single, nil),
        severity: .note
      )
      brokenPaths.insert(path)
      return nil
    }
    if let single, ParamFile.prefix(of: single.text) != nil {
      switch ParamFile.load(single.text, files: run.options.files) {
      case .notAFile:
        break
      case .loaded(.text(let content), let file):
        if content.unicodeScalars.first == "\u{FEFF}" {
          error(
            .suspiciousValue,
            "\"\(file)\" starts with a byte-order mark, which the AWS CLI keeps as part of the "
              + "value",
            option: parameter.name,
            path: path,
            at: place(single, nil),
            severity: .warning
          )
        }
        input = .one(ArgumentText(text: content, word: single.word, offset: single.offset, file: file))
      case .loaded(.bytes(let bytes), let file):
        input = .bytes(bytes, word: single.word, file: file)
      case .failed(let message, let awsMessage, let code):
        if !(run.isBeingTyped(single.word)) {
          error(
            code,
            message,
            option: parameter.name,
            path: path,
            at: place(single, nil),
            aws: "Error parsing parameter '\(parameter.name)': \(awsMessage)"
          )
        }
        brokenPaths.insert(path)
        return nil
      }
    }
    return unpackTop(input, shape: shape, reference: reference, path: path, option: parameter.name, member: member)
  }

  mutating func unpackTop(
    _ input: ArgumentInput,
    shape: Shape,
    reference: ShapeReference?,
    path: ValuePath,
    option: String,
    member: String
  ) -> JSONValue? {
    switch input {
    case .bytes(let bytes, let word, let file):
      let argument = ArgumentText(text: "", word: word, offset: 0, file: file)
      record(path, argument, option: option, valueRange: nil)
      if shape.type == .blob {
        binaryPaths.insert(path)
        return .string(Base64Text.encode(bytes))
      }
      error(
        .invalidType,
        "fileb:// gives bytes, but \(option) takes \(ParameterValidator.expected(shape.type)); use file:// for text",
        option: option,
        path: path,
        at: run.location(word: word),
        aws: "Invalid type for parameter \(path.description), value: b'...', type: <class 'bytes'>"
      )
      brokenPaths.insert(path)
      return nil
    case .one(let argument):
      if shape.isDocument || Self.isDocumentContainer(shape, model) && !shape.type.isContainer {
        return json(argument, path: path, option: option, allowScalars: true)
      }
      if !shape.type.isContainer {
        return scalar(argument, shape: shape, reference: reference, path: path, option: option)
      }
      if let value = shorthand([argument], shape: shape, path: path, option: option, member: member) {
        return value
      }
      return complex(.one(argument), shape: shape, path: path, option: option)
    case .many(let arguments):
      if arguments.isEmpty { return .array([]) }
      if let value = shorthand(arguments, shape: shape, path: path, option: option, member: member) {
        return value
      }
      return complex(input, shape: shape, path: path, option: option)
    }
  }

  /// `_unpack_complex_cli_arg`: JSON for structures and maps; for lists, one JSON array or one element per word.
  mutating func complex(_ input: ArgumentInput, shape: Shape, path: ValuePath, option: String) -> JSONValue? {
    switch shape.type {
    case .structure, .map:
      guard case .one(let argument) = input else { return nil }
      if PythonText.leftStrip(argument.text).first == "{" {
        return json(argument, path: path, option: option)
      }
      error(
        .invalidJSON,
        "expected a JSON object"
          + (Self.supportsShorthand(shape, model)
            ? ""
            : " (this option "
              + "takes JSON only)"),
        option: option,
        path: path,
        at: place(argument, nil),
        aws: "Error parsing parameter '\(option)': Invalid JSON:\n\(argument.text)"
      )
      brokenPaths.insert(path)
      return nil
    case .list:
      guard let memberShape = shape.member.flatMap(model.shape(for:)) else { return nil }
      switch input {
      case .one(let argument):
        if PythonText.leftStrip(argument.text).first == "[" {
          return json(argument, path: path, option: option)
        }
        // The AWS CLI iterates over the characters of a file's text here.
        error(
          .suspiciousValue,
          "the file's content is not a JSON array, so the AWS CLI makes one list item per character",
          option: option,
          path: path,
          at: place(argument, nil),
          severity: .warning
        )
        var items: [JSONValue] = []
        for (index, character) in argument.text.unicodeScalars.enumerated() {
          let item = ArgumentText(
            text: String(character),
            word: argument.word,
            offset: argument.offset,
            file: argument.file
          )
          items.append(element(item, shape: memberShape, path: path.appending(index: index), option: option) ?? .null)
        }
        return .array(items)
      case .many(let arguments):
        if arguments.count == 1, PythonText.leftStrip(arguments[0].text).first == "[" {
          return json(arguments[0], path: path, option: option)
        }
        var items: [JSONValue] = []
        for (index, argument) in arguments.enumerated() {
          items.append(
            element(argument, shape: memberShape, path: path.appending(index: index), option: option)
              ?? .null
          )
        }
        return .array(items)
      case .bytes:
        return nil
      }
    default:
      return nil
    }
  }

  /// One word of a list (`_unpack_cli_arg` on the member shape).
  mutating func element(_ argument: ArgumentText, shape: Shape, path: ValuePath, option: String) -> JSONValue? {
    if shape.isDocument { return json(argument, path: path, option: option, allowScalars: true) }
    if shape.type.isContainer { return complex(.one(argument), shape: shape, path: path, option: option) }
    return scalar(argument, shape: shape, reference: nil, path: path, option: option)
  }

  /// `unpack_scalar_cli_arg`.
  mutating func scalar(
    _ argument: ArgumentText,
    shape: Shape,
    reference: ShapeReference?,
    path: ValuePath,
    option: String
  ) -> JSONValue? {
    let text = argument.text
    record(path, argument, option: option, valueRange: nil)
    switch shape.type {
    case .integer, .long, .biginteger:
      switch PythonNumber.integer(text) {
      case .value(let number): return .integer(number)
      case .tooLarge:
        error(
          .integerOutOfRange,
          "\"\(text)\" is too large for a 64-bit integer",
          option: option,
          path: path,
          at: place(argument, nil)
        )
      case .invalid:
        if run.isBeingTyped(argument.word) && text.isEmpty { return nil }
        error(
          .invalidInteger,
          "expected an integer, got \"\(text)\"",
          option: option,
          path: path,
          at: place(argument, nil),
          aws: "invalid literal for int() with base 10: \(PythonText.repr(text))"
        )
      }
      brokenPaths.insert(path)
      return nil
    case .float, .double, .bigdecimal:
      if let number = PythonNumber.float(text), number.isFinite { return .real(number) }
      if run.isBeingTyped(argument.word) && text.isEmpty { return nil }
      error(
        .invalidNumber,
        "expected a number, got \"\(text)\"",
        option: option,
        path: path,
        at: place(argument, nil),
        aws: "could not convert string to float: \(PythonText.repr(text))"
      )
      brokenPaths.insert(path)
      return nil
    case .boolean:
      let lowered = text.lowercased()
      if lowered != "true" && lowered != "false" {
        error(
          .invalidBoolean,
          "expected true or false, got \"\(text)\"; the AWS CLI reads it as \(text.isEmpty ? "false" : "true")",
          option: option,
          path: path,
          at: place(argument, nil),
          severity: .warning
        )
      }
      return .bool(lowered == "false" ? false : !text.isEmpty)
    case .blob where reference?.streaming == true || (reference != nil && shape.isStreaming):
      let expanded = ParamFile.expandVariables(
        ParamFile.expandTilde(text, files: run.options.files),
        files: run.options.files
      )
      if case .failure = run.options.files.read(expanded) {
        error(
          .streamingFileMissing,
          "expected the path of a file to upload; \"\(expanded)\" is not a readable file",
          option: option,
          path: path,
          at: place(argument, nil),
          aws: "Error parsing parameter '\(option)': Blob values must be a path to a file."
        )
      }
      binaryPaths.insert(path)
      return .string(expanded)
    default:
      return .string(text)
    }
  }

  /// JSON text (`_unpack_json_cli_arg`), with the error position mapped back to the word.
  mutating func json(
    _ argument: ArgumentText,
    path: ValuePath,
    option: String,
    allowScalars: Bool = false
  )
    -> JSONValue?
  {
    do throws(JSONParseError) {
      let value = try JSONValue(parsing: argument.text, options: allowScalars ? [.allowScalars] : [])
      if argument.file == nil {
        let map = JSONSourceMap(argument.text)
        for (relative, span) in map.spans {
          record(
            path.appending(relative),
            argument,
            option: option,
            valueRange: span.valueRange,
            keyRange: span.keyRange
          )
        }
      } else {
        record(path, argument, option: option, valueRange: nil)
      }
      return value
    } catch {
      let offset = SourceText.scalarOffset(ofUTF8Offset: error.position, in: argument.text)
      let end = argument.text.unicodeScalars.count
      let range = min(offset, end)..<min(offset + 1, end)
      let whereText = argument.file.map { " in \($0)" } ?? ""
      self.error(
        .invalidJSON,
        "invalid JSON\(whereText) at line \(error.line), column \(error.column): "
          + (argument.file == nil ? error.message : error.messageWithoutQuotedText),
        option: option,
        path: path,
        at: place(argument, range),
        // The AWS CLI quotes what it received; a file's contents are not quoted back (only where: the file).
        aws: argument.file.map {
          "Error parsing parameter '\(option)': Invalid JSON: \(error.messageWithoutQuotedText)\nJSON received from \($0)"
        } ?? "Error parsing parameter '\(option)': Invalid JSON: \(error.message)\nJSON received: " + argument.text
      )
      brokenPaths.insert(path)
      return nil
    }
  }

  // MARK: Model questions

  /// JSON detection: the (first) value, stripped, starts with `{` or `[`.
  static func looksLikeJSON(_ text: String) -> Bool {
    let stripped = PythonText.strip(text)
    return stripped.hasPrefix("{") || stripped.hasPrefix("[")
  }

  /// Shorthand applies to structures, maps and lists of complex members that hold no document type.
  static func supportsShorthand(_ shape: Shape, _ model: ServiceModel) -> Bool {
    if isDocumentContainer(shape, model) { return false }
    switch shape.type {
    case .structure, .map: return true
    case .list: return shape.member.flatMap(model.shape(for:))?.type.isContainer ?? false
    default: return false
    }
  }

  /// A document, or a list or map of them.
  static func isDocumentContainer(_ shape: Shape, _ model: ServiceModel) -> Bool {
    if shape.isDocument { return true }
    if shape.type == .list, let member = shape.member.flatMap(model.shape(for:)) {
      return isDocumentContainer(member, model)
    }
    if shape.type == .map, let value = shape.value.flatMap(model.shape(for:)) {
      return isDocumentContainer(value, model)
    }
    return false
  }
}
