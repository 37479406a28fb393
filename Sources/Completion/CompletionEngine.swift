public import CLISchema
public import LiveResources
public import SchemaRegistry

/// Completes an `aws` command line at any position: services, operations, waiters, subcommands, options, option
/// values, shorthand keys and values at any depth, profiles, regions and file paths. Nothing goes to the network.
///
/// - Important: thread-safe. Built commands are kept, so completing the same command again is cheap.
public struct CompletionEngine: Sendable {
  let resolver: CommandResolver
  /// Where profiles, regions and files come from.
  public let environment: CompletionEnvironment
  /// Lists what exists in the user's account for resource parameters and `s3://` paths; nil completes from the
  /// models alone (one-shot runs, and where the user has not switched live completion on).
  public let live: LiveLister?

  /// An engine over `catalog`, reading profiles and files from `environment`, keeping its index of names and
  /// options in `cacheDirectory` (`ModelCache.defaultDirectory` by default; nil keeps nothing on disk).
  public init(
    catalog: CommandCatalog,
    environment: CompletionEnvironment = .current,
    cacheDirectory: String? = ModelCache.defaultDirectory,
    live: LiveLister? = nil
  ) {
    self.live = live
    self.resolver = CommandResolver(catalog: catalog, cacheDirectory: cacheDirectory)
    var environment = environment
    if environment.botocoreDataDirectory == nil {
      environment.botocoreDataDirectory = catalog.registry.searchPath.botocoreDataDirectory
    }
    self.environment = environment
  }

  /// The candidates for the word at the request's cursor, and the part of the line they replace.
  public func complete(_ request: CompletionRequest) -> CompletionResult {
    let cursor = CommandLineCursor(line: request.line, point: request.point)
    let wordStart = cursor.lineOffset(ofPrefixIndex: 0)
    let whole = wordStart..<cursor.point
    guard cursor.index > cursor.programIndex else { return CompletionResult(items: [], replace: whole) }
    let walk = CommandWalk(cursor: cursor, resolver: resolver)
    let prefix = cursor.prefix
    if let result = accountValues(cursor: cursor, walk: walk) { return result }

    if prefix.starts(with: "--".unicodeScalars), let equals = prefix.firstIndex(of: "=") {
      let name = String(String.UnicodeScalarView(prefix[..<equals]))
      let start = cursor.lineOffset(ofPrefixIndex: equals + 1)
      guard let option = resolver.option(named: name, in: walk.scope), !option.parameter.isFlag else {
        return CompletionResult(items: [], replace: start..<cursor.point)
      }
      let value = ValueText(cursor: cursor, from: equals + 1)
      return values(for: option, value, scope: walk.scope)
    }
    if let option = walk.pendingOption, !prefix.starts(with: "--".unicodeScalars) {
      var result = values(for: option, ValueText(cursor: cursor, from: 0), scope: walk.scope)
      let arity = option.parameter.arity
      // At a list's first value, its values (shorthand keys, enum values) come alone when there are any.
      let mayEnd =
        arity == .optional || (arity == .zeroOrMore && (walk.pendingValueCount > 0 || result.items.isEmpty))
        || (arity == .oneOrMore && walk.pendingValueCount > 0)
      if mayEnd, prefix.isEmpty || prefix.first == "-" {
        result.items += options(walk: walk, prefix: prefix)
      }
      return result
    }
    if prefix.first == "-" {
      return CompletionResult(items: options(walk: walk, prefix: prefix), replace: whole)
    }
    let text = String(String.UnicodeScalarView(prefix))
    var items: [CompletionItem]
    switch walk.scope {
    case .top:
      items = services(prefix: text)
    case .service(let service):
      items = commands(of: service, prefix: text)
    case .waiters(let service):
      items = waiters(of: service, prefix: text)
    case .custom(let command, _) where !command.subcommands.isEmpty && walk.positionalCount == 0:
      items = subcommands(of: command, prefix: text)
    case .custom, .operation:
      // A path goes here: offer paths only, so that a shell does not insert the options' common `--`.
      if let paths = positionalValues(walk: walk, cursor: cursor) { return paths }
      items = prefix.isEmpty ? options(walk: walk, prefix: prefix) : []
    case .unknown:
      items = prefix.isEmpty ? options(walk: walk, prefix: prefix) : []
    }
    return CompletionResult(items: items, replace: whole)
  }
}

extension CompletionEngine {
  /// Whether completing in `line` needs no model loading (its command was built before), so a server can answer
  /// at once instead of on a loading thread.
  public func isReady(for line: String) -> Bool {
    resolver.hasScope(for: line)
  }
}
