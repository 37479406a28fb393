import Botocore
import JSON
import Shorthand

extension ValueBuilder {
  /// `--cli-input-json`/`--cli-input-yaml`: a JSON or YAML object (the value, or a `file://` file) whose
  /// top-level keys fill the parameters the command line did not set (a shallow merge: the command line wins).
  mutating func mergeCLIInput(option: GivenOption, text: String, word: Int) {
    let isYAML = option.name == "--cli-input-yaml"
    let format = isYAML ? "YAML" : "JSON"
    var argument = ArgumentText(
      text: text,
      word: word,
      offset: option.isInline ? run.inlineRange(word).lowerBound : 0,
      file: nil
    )
    var bytes: [UInt8]?
    switch ParamFile.load(text, files: run.options.files) {
    case .notAFile:
      break
    case .loaded(.text(let content), let file):
      argument = ArgumentText(text: content, word: word, offset: argument.offset, file: file)
    case .loaded(.bytes(let content), let file):
      bytes = content
      argument = ArgumentText(
        text: ParamFile.decodeUTF8(content) ?? "",
        word: word,
        offset: argument.offset,
        file: file
      )
    case .failed(let message, let awsMessage, let code):
      run.report(
        .error,
        code,
        message,
        option: option.name,
        at: place(argument, nil),
        aws: "Error parsing parameter '\(option.name)': \(awsMessage)"
      )
      return
    }
    if let bytes, ParamFile.decodeUTF8(bytes) == nil {
      run.report(
        .error,
        .fileNotText,
        "\(argument.file ?? "the file") is not UTF-8 text",
        option: option.name,
        at: place(argument, nil)
      )
      return
    }
    let whereText = argument.file.map { " in \($0)" } ?? ""
    let value: JSONValue
    var spans: [ValuePath: JSONSourceMap.Span] = [:]
    var binary: Set<ValuePath> = []
    if isYAML {
      switch YAMLReader.read(argument.text) {
      case .success(let document):
        value = document.value
        binary = document.binaryPaths
        spans = document.spans
      case .failure(let failure):
        run.report(
          .error,
          .invalidYAML,
          "invalid YAML\(whereText) at line \(failure.line), column \(failure.column): \(failure.message)",
          option: option.name,
          at: place(argument, failure.offset..<(failure.offset + 1)),
          aws: "Error parsing parameter 'cli-input-yaml': Invalid YAML received."
        )
        return
      }
    } else {
      do throws(JSONParseError) {
        value = try JSONValue(parsing: argument.text, options: [.allowScalars])
        spans = JSONSourceMap(argument.text).spans
      } catch {
        let offset = SourceText.scalarOffset(ofUTF8Offset: error.position, in: argument.text)
        run.report(
          .error,
          .invalidJSON,
          "invalid JSON\(whereText) at line \(error.line), column \(error.column): "
            + (argument.file == nil ? error.message : error.messageWithoutQuotedText),
          option: option.name,
          at: place(argument, offset..<(offset + 1)),
          aws: "Error parsing parameter 'cli-input-json': Invalid JSON received."
        )
        return
      }
    }
    guard let object = value.objectValue else {
      run.report(
        .error,
        .cliInputNotObject,
        "the \(format) must be an object of parameters (as --generate-cli-skeleton prints), got "
          + ParameterValidator.describe(value),
        option: option.name,
        at: place(argument, spans[.root]?.valueRange),
        aws: "Invalid type: expecting map, received \(ParameterValidator.pythonType(value))"
      )
      return
    }
    for (key, member) in object where !parameters.contains(key) {
      parameters[key] = member
      let path = ValuePath.root.appending(key: key)
      for (relative, span) in spans where relative.firstKey == key {
        record(relative, argument, option: option.name, valueRange: span.valueRange, keyRange: span.keyRange)
      }
      if sources[path] == nil { record(path, argument, option: option.name, valueRange: nil) }
      for binaryPath in binary where binaryPath.firstKey == key { binaryPaths.insert(binaryPath) }
    }
  }

  // MARK: --cli-binary-format

  /// AWS CLI v2 with `--cli-binary-format base64` (the default): every string in a blob position must be base64;
  /// `raw-in-base64-out` (and AWS CLI v1, always) sends the string's UTF-8 bytes. Bytes from `fileb://` or YAML `!!binary` pass as they are.
  mutating func applyBinaryFormat() {
    guard let input = command.inputShape else { return }
    let format: InvocationOptions.BinaryFormat = {
      if let given = run.invocation.value(of: "--cli-binary-format"),
        let format = InvocationOptions.BinaryFormat(rawValue: given)
      {
        return format
      }
      if let chosen = run.options.binaryFormat { return chosen }
      return run.catalog.layer.generation == .v1 ? .rawInBase64Out : .base64
    }()
    var object = parameters
    for (key, value) in parameters {
      guard let member = input.member(named: key), let shape = model.shape(for: member.reference) else { continue }
      if member.reference.streaming || shape.isStreaming { continue }
      // Nothing to convert where no blob can be (the common case, and a long list is then not rebuilt).
      if !ParameterValidator.mayHold(.blob, shape, model) { continue }
      object[key] = convertBlobs(value, shape: shape, path: ValuePath.root.appending(key: key), format: format)
    }
    parameters = object
  }

  private mutating func convertBlobs(
    _ value: JSONValue,
    shape: Shape,
    path: ValuePath,
    format: InvocationOptions.BinaryFormat
  ) -> JSONValue {
    switch (shape.type, value) {
    case (.blob, .string(let text)):
      if binaryPaths.contains(path) { return value }
      if format == .rawInBase64Out { return .string(Base64Text.encode(Array(text.utf8))) }
      switch Base64Text.decodeAsPython(text) {
      case .success(let bytes):
        return .string(Base64Text.encode(bytes))
      case .failure(let failure):
        let source = sources[path]
        let option = source?.option ?? "--cli-input-json"
        var location: SourceLocation?
        if let source {
          if let range = source.valueRange {
            let quoted =
              run.words[source.word].text.unicodeScalars.count > range.lowerBound
                && Array(run.words[source.word].text.unicodeScalars)[range.lowerBound] == "\"" ? 1 : 0
            let at = range.lowerBound + quoted + failure.offset
            location = run.location(word: source.word, range: at..<min(at + 1, range.upperBound))
          } else {
            location = run.location(word: source.word)
          }
        }
        let relative = path.dropping(
          source?.option == "--cli-input-json" || source?.option == "--cli-input-yaml"
            ? 0 : 1
        )
        run.report(
          .error,
          .invalidBase64,
          "blob values must be base64 (--cli-binary-format base64 is the default): \(failure.reason); use "
            + "fileb:// for a file's bytes or --cli-binary-format raw-in-base64-out for text",
          option: option,
          path: relative.isRoot ? nil : relative.description,
          at: location,
          aws: "Invalid base64: \"\(text)\""
        )
        brokenPaths.insert(path)
        return value
      }
    case (.structure, .object(let object)):
      var result = object
      for (key, item) in object {
        guard let member = shape.member(named: key), let memberShape = model.shape(for: member.reference) else {
          continue
        }
        result[key] = convertBlobs(item, shape: memberShape, path: path.appending(key: key), format: format)
      }
      return .object(result)
    case (.list, .array(let items)):
      guard let memberShape = shape.member.flatMap(model.shape(for:)) else { return value }
      return .array(
        items.enumerated().map { index, item in
          convertBlobs(item, shape: memberShape, path: path.appending(index: index), format: format)
        }
      )
    case (.map, .object(let object)):
      guard let valueShape = shape.value.flatMap(model.shape(for:)) else { return value }
      var result = object
      for (key, item) in object {
        result[key] = convertBlobs(item, shape: valueShape, path: path.appending(key: key), format: format)
      }
      return .object(result)
    default:
      return value
    }
  }

  // MARK: Validation

  /// botocore's checks of the final parameters, plus the service's own constraints as warnings: the top-level
  /// structure here, each member's value with the Shorthand module's validator, and what neither covers
  /// (timestamps, bytes in non-blob positions).
  mutating func validate() {
    guard let input = command.inputShape else { return }
    var validator = ParameterValidator(model: model)
    validator.binaryPaths = binaryPaths
    var issues = validator.rootIssues(parameters, shape: input)
    for (key, value) in parameters {
      guard let member = input.member(named: key), let shape = model.shape(for: member.reference) else { continue }
      issues += validator.extraIssues(value, shape: shape, path: ValuePath.root.appending(key: key))
    }
    for issue in issues {
      if isBroken(issue.path) { continue }
      if run.isPartial && issue.code == .missingRequiredParameter { continue }
      var message = issue.message
      if issue.code == .missingRequiredParameter, issue.path.isRoot {
        // A required member missing at the top: already reported as a missing option unless cli-input waived it.
        if run.invocation.diagnostics.contains(where: { $0.code == .missingRequiredOption }) { continue }
        if let name = issue.awsMessage?.split(separator: "\"").dropFirst().first,
          let parameter = command.parameter(forMember: String(name))
        {
          // The AWS CLI made the option optional because an option it adds fills the member (`--zip-file`
          // fills lambda's `Code`, `--paths` cloudfront's `InvalidationBatch`): one of those was given.
          if !parameter.isRequired, addedOptionGiven { continue }
          // The option was given: its value is already reported, or depends on an expansion, or comes from a
          // file the script writes; saying the member is missing too would report one thing twice.
          if run.invocation.options.contains(where: { $0.name == parameter.name }) { continue }
          message += " (option \(parameter.name))"
        }
      }
      let (option, relative, location) = locate(issue)
      run.report(
        issue.severity,
        issue.code,
        message,
        option: option,
        path: relative.isRoot ? nil : relative.description,
        at: location,
        suggestions: issue.suggestions,
        aws: issue.awsMessage.map { "Parameter validation failed:\n" + $0 }
      )
    }
    validateMembers(input: input)
  }

  /// Whether an option the AWS CLI adds to this command (not one derived from the model) was given.
  var addedOptionGiven: Bool {
    run.invocation.options.contains { option in
      option.parameter?.origin == .custom && command.parameters.contains { $0.name == option.name }
    }
  }

  /// The option, the path relative to it, and the location of a validation issue.
  func locate(_ issue: ValidationIssue) -> (String?, ValuePath, SourceLocation?) {
    var current = issue.path
    while true {
      if let source = sources[current] {
        let fromCLIInput = source.option == "--cli-input-json" || source.option == "--cli-input-yaml"
        let relative = fromCLIInput ? issue.path : issue.path.dropping(1)
        var range = source.valueRange
        if current == issue.path, issue.isAboutKey, let key = source.keyRange { range = key }
        return (source.option, relative, run.location(word: source.word, range: range))
      }
      if current.isRoot { break }
      current = current.parent
    }
    // Not written anywhere (a missing member): name the option of the top-level member, if any.
    if let key = issue.path.firstKey, let parameter = command.parameter(forMember: key) {
      return (parameter.name, issue.path.dropping(1), nil)
    }
    return (nil, issue.path, issue.path.isRoot ? nil : run.endLocation)
  }
}
