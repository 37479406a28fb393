import Botocore
import JSON
import Shorthand

/// Where the Invocation module meets the Shorthand module: reading shorthand words (with the AWS CLI's special
/// cases and typing) and validating values against the model, for shorthand and JSON alike.
extension ValueBuilder {
  /// Reads an argument's words as shorthand; nil when the words are JSON or the shape takes no shorthand.
  mutating func shorthand(
    _ arguments: [ArgumentText],
    shape: Shape,
    path: ValuePath,
    option: String,
    member: String
  ) -> JSONValue?? {
    let context = ShorthandArgumentContext(
      service: command.service.serviceName,
      operation: command.operation.name,
      member: member
    )
    let result = ShorthandArgument.parse(
      words: arguments.map(\.text),
      shape: shape,
      model: model,
      context: context,
      fileLoader: fileLoader
    )
    guard result.kind == .shorthand else { return nil }
    let isList = shape.type == .list
    if result.parses.isEmpty {
      // A special case: one value per word.
      for (index, argument) in arguments.enumerated() {
        let itemPath = isList ? path.appending(index: index) : path
        record(itemPath, argument, option: option, valueRange: nil)
      }
      record(path, arguments[0], option: option, valueRange: nil)
    }
    // Each parse builds its map when asked: once here.
    let maps = result.parses.prefix(arguments.count).map(\.sourceMap)
    sources.reserveCapacity(sources.count + maps.reduce(0) { $0 + $1.spans.count })
    for (index, parse) in result.parses.enumerated() where index < arguments.count {
      let base = isList ? path.appending(index: index) : path
      for (relative, span) in maps[index].spans {
        record(
          base.appending(ValuePath(relative)),
          arguments[index],
          option: option,
          valueRange: span.valueRange,
          keyRange: span.keyRange
        )
      }
      if !parse.fileReferences.isEmpty {
        for binary in parse.binaryPaths { binaryPaths.insert(base.appending(ValuePath(binary))) }
      }
    }
    var broken = false
    for diagnostic in result.diagnostics {
      let argument = arguments[min(diagnostic.word, arguments.count - 1)]
      let isSyntax = diagnostic.code.hasPrefix("shorthand.")
      let code: DiagnosticCode = isSyntax ? .shorthandSyntax : Self.code(for: diagnostic.code)
      if diagnostic.isError {
        broken = true
        brokenPaths.insert(path.appending(ValuePath(diagnostic.path)))
      }
      // Syntax errors are reported by the AWS CLI as parameter errors; typing errors escape as raw Python errors.
      let aws = diagnostic.awsMessage.map { isSyntax ? "Error parsing parameter '\(option)': \($0)" : $0 }
      let message = Self.message(diagnostic, code: code, text: argument.text)
      error(
        code,
        message,
        option: option,
        path: path.appending(ValuePath(diagnostic.path)),
        at: place(argument, diagnostic.range),
        aws: aws,
        severity: diagnostic.isError ? .error : .warning
      )
    }
    if broken, result.diagnostics.contains(where: { $0.isError && $0.code.hasPrefix("shorthand.") }) {
      brokenPaths.insert(path)
    }
    return .some(result.value)
  }

  /// `key@=file://…` reads through the same file reader as top-level values.
  var fileLoader: ShorthandFileLoader {
    let files = run.options.files
    return ShorthandFileLoader { written in
      let path = ParamFile.expandVariables(ParamFile.expandTilde(written, files: files), files: files)
      switch files.read(path) {
      case .success(let bytes): return .success(bytes)
      case .failure(let failure):
        return .failure(ShorthandFileLoadError(reason: "[Errno \(failure.code)] \(failure.reason): '\(path)'"))
      }
    }
  }

  /// Validates each top-level member's value with the Shorthand module's validator (one rule set for values
  /// written as shorthand, JSON or cli-input), mapping its ranges back to the words.
  mutating func validateMembers(input: Shape) {
    var sourceIndex = ValueSourceIndex(sources)
    defer { run.invocation.sourceEntriesVisited += sourceIndex.entriesVisited }
    for (key, value) in parameters {
      guard let member = input.member(named: key), let shape = model.shape(for: member.reference) else { continue }
      let path = ValuePath.root.appending(key: key)
      if brokenPaths.contains(path) { continue }
      let option = sources[path]?.option ?? command.parameter(forMember: key)?.name ?? key
      let words = Set(sourceIndex.entries(under: path).map(\.source.word))
      var diagnostics: [ShorthandDiagnostic] = []
      if words.count > 1, case .array(let items) = value {
        // A list given as several words: each item's ranges are in its own word.
        if let min = shape.min, Double(items.count) < min {
          error(
            .tooShort,
            "has \(items.count) items, fewer than the minimum of \(Self.bound(min))",
            option: option,
            path: path,
            at: sources[path].flatMap { run.location(word: $0.word) }
          )
        }
        if let max = shape.max, Double(items.count) > max {
          error(
            .tooLong,
            "has \(items.count) items, more than the maximum of \(Self.bound(max)); the service "
              + "will reject it",
            option: option,
            path: path,
            at: sources[path].flatMap { run.location(word: $0.word) },
            severity: .warning
          )
        }
        guard let element = shape.member.flatMap(model.shape(for:)) else { continue }
        for (index, item) in items.enumerated() {
          let itemPath = path.appending(index: index)
          let (map, word) = shorthandSourceMap(under: itemPath, sourceIndex.entries(under: itemPath))
          diagnostics += ShorthandValidator.validate(
            item,
            shape: element,
            model: model,
            sourceMap: map,
            prefix: ShorthandPath([.index(index)]),
            word: word
          )
        }
      } else {
        let (map, word) = shorthandSourceMap(under: path, sourceIndex.entries(under: path))
        diagnostics += ShorthandValidator.validate(value, shape: shape, model: model, sourceMap: map, word: word)
      }
      for diagnostic in diagnostics {
        let full = path.appending(ValuePath(diagnostic.path))
        if isBroken(full) { continue }
        if run.isPartial && diagnostic.code == "value.missing-required" { continue }
        if binaryPaths.contains(full), diagnostic.code == "value.wrong-type" { continue }
        let fromCLIInput = option == "--cli-input-json" || option == "--cli-input-yaml"
        let relative = fromCLIInput ? full : full.dropping(1)
        let location =
          diagnostic.word >= 0 && diagnostic.word < run.words.count
          ? run.location(word: diagnostic.word, range: diagnostic.range) : nil
        let text = location.map { run.words[$0.wordIndex].text } ?? ""
        let code = Self.code(for: diagnostic.code)
        run.report(
          diagnostic.isError ? .error : .warning,
          code,
          Self.message(diagnostic, code: code, text: text),
          option: option,
          path: relative.isRoot ? nil : relative.description,
          at: location,
          aws: diagnostic.awsMessage
        )
      }
    }
  }

  /// The recorded ranges of `entries` (the sources at `base` or below it), as a Shorthand source map relative to
  /// `base`, and the word they are in.
  func shorthandSourceMap(
    under base: ValuePath,
    _ entries: ArraySlice<ValueSourceIndex.Entry>
  ) -> (ShorthandSourceMap, Int) {
    var map = ShorthandSourceMap()
    map.spans.reserveCapacity(entries.count)
    var word = -1
    for (path, source) in entries {
      let relative = ShorthandPath(path, droppingFirst: base.components.count)
      if path == base || word < 0 { word = source.word }
      let valueRange = source.valueRange ?? 0..<run.words[min(source.word, run.words.count - 1)].scalarCount
      map[relative] = ShorthandSpan(keyRange: source.keyRange, valueRange: valueRange)
    }
    return (map, word)
  }

  /// Whether `path` or one of its ancestors is a broken path (one lookup per step, not a pass over them all).
  func isBroken(_ path: ValuePath) -> Bool {
    if brokenPaths.isEmpty { return false }
    for length in 0...path.components.count where brokenPaths.contains(ValuePath(Array(path.components.prefix(length))))
    {
      return true
    }
    return false
  }

  /// The message for a Shorthand diagnostic: argot's wording for bad numbers and booleans, otherwise the
  /// Shorthand module's message without the leading member name (the path is printed separately).
  static func message(_ diagnostic: ShorthandDiagnostic, code: DiagnosticCode, text: String) -> String {
    var value: String {
      let scalars = text.unicodeScalars
      let range = diagnostic.range.clamped(to: 0..<scalars.count)
      let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
      let upper = scalars.index(lower, offsetBy: range.count)
      return String(scalars[lower..<upper])
    }
    switch code {
    case .invalidInteger where diagnostic.code == "value.not-integer":
      return "expected an integer, got \"\(value)\""
    case .invalidNumber where diagnostic.code == "value.not-number":
      return "expected a number, got \"\(value)\""
    case .invalidBoolean where diagnostic.code == "value.not-boolean":
      return "expected true or false, got \"\(value)\""
    default:
      break
    }
    var message = diagnostic.message
    for prefix in [diagnostic.path.description, diagnostic.path.lastKey ?? ""] where !prefix.isEmpty {
      if message.hasPrefix(prefix + " ") {
        message.removeFirst(prefix.count + 1)
        break
      }
    }
    return message
  }

  /// A model bound (`min`, `max`) for a message: without a fraction when it has none.
  static func bound(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e16 { return String(Int64(value)) }
    return String(value)
  }

  /// The Invocation code for a Shorthand validator code.
  static func code(for code: String) -> DiagnosticCode {
    switch code {
    case "value.unknown-key": return .unknownParameter
    case "value.missing-required": return .missingRequiredParameter
    case "value.union-empty": return .unionEmpty
    case "value.union-multiple": return .unionMultiple
    case "value.enum": return .invalidEnum
    case "value.pattern": return .patternMismatch
    case "value.too-short": return .tooShort
    case "value.too-long": return .tooLong
    case "value.below-minimum": return .tooSmall
    case "value.above-maximum", "value.integer-out-of-range": return .tooLarge
    case "value.not-integer": return .invalidInteger
    case "value.not-number", "value.not-finite": return .invalidNumber
    case "value.not-boolean": return .invalidBoolean
    default: return .invalidType
    }
  }
}

extension ValuePath {
  /// The same steps as a Shorthand path.
  init(_ path: ShorthandPath) {
    self.init(
      path.components.map { component in
        switch component {
        case .key(let key): return .key(key)
        case .index(let index): return .index(index)
        }
      }
    )
  }
}

extension ShorthandPath {
  /// The same steps as a value path.
  init(_ path: ValuePath) { self.init(path, droppingFirst: 0) }

  /// The steps of a value path after its first `count`.
  init(_ path: ValuePath, droppingFirst count: Int) {
    self.init(
      path.components.dropFirst(count).map { component in
        switch component {
        case .key(let key): return .key(key)
        case .index(let index): return .index(index)
        }
      }
    )
  }
}
