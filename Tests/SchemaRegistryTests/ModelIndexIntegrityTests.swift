import Botocore
import FileSystem
import Glibc
import Synchronization
import Testing

@testable import SchemaRegistry

/// Every way an index file can be wrong: it is discarded with one log line (none when merely stale), rebuilt
/// from the models, and the answer is the models' own.
@Suite struct ModelIndexIntegrityTests {
  /// Log lines a registry reported.
  final class LogLines: Sendable {
    let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    var sink: @Sendable (String) -> Void { { line in self.lines.withLock { $0.append(line) } } }
  }

  /// Two small services in a botocore-like folder, and a cache folder.
  struct Fixture: ~Copyable {
    let data = ModelRegistryTests.temporaryDirectory()
    let cache = ModelRegistryTests.temporaryDirectory()

    init() throws {
      try Self.writeModel(in: data, service: "queue", operations: ["SendMessage": "Body", "ReceiveMessage": "Wait"])
      try Self.writeModel(in: data, service: "topic", operations: ["SendMessage": "Subject", "Publish": "Text"])
    }

    deinit {
      FileSystem.removeTree(data)
      FileSystem.removeTree(cache)
    }

    static func writeModel(in data: String, service: String, operations: [String: String]) throws {
      let folder = FileSystem.join(data, service, "2020-01-01")
      try FileSystem.createDirectories(folder)
      var operationsJSON: [String] = []
      var shapesJSON: [String] = []
      for (name, member) in operations.sorted(by: { $0.key < $1.key }) {
        operationsJSON.append(#""\#(name)": {"name": "\#(name)", "input": {"shape": "\#(name)In"}}"#)
        shapesJSON.append(
          #""\#(name)In": {"type": "structure", "members": {"\#(member)": {"shape": "S", "documentation": "<p>The \#(member).</p>"}}}"#
        )
      }
      shapesJSON.append(#""S": {"type": "string"}"#)
      try FileSystem.writeText(
        FileSystem.join(folder, "service-2.json"),
        #"{"metadata": {"apiVersion": "2020-01-01", "serviceId": "\#(service)"}, "operations": {\#(operationsJSON.joined(separator: ", "))}, "shapes": {\#(shapesJSON.joined(separator: ", "))}}"#
      )
    }

    func registry(_ log: LogLines) -> ModelRegistry {
      ModelRegistry(searchPath: ModelSearchPath(directories: [data]), cacheDirectory: cache, log: log.sink)
    }

    var queueIndex: String { ModelCache(directory: cache).path(of: "queue") }
    var topicIndex: String { ModelCache(directory: cache).path(of: "topic") }

    /// Builds both services' index files.
    func build() throws {
      let log = LogLines()
      let registry = registry(log)
      _ = try registry.model(service: "queue", operation: "SendMessage")
      _ = try registry.model(service: "topic", operation: "Publish")
      #expect(FileSystem.exists(queueIndex) && FileSystem.exists(topicIndex))
      #expect(log.all.isEmpty)
    }

    /// Asks a fresh registry (a new process) about queue's SendMessage; checks the answer is the model's.
    func expectRightAnswer(logLines expected: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
      let log = LogLines()
      let registry = registry(log)
      let model = try registry.model(service: "queue", operation: "SendMessage")
      let operation = try #require(model.operation(named: "SendMessage"), sourceLocation: sourceLocation)
      let input = try #require(model.inputShape(of: operation), sourceLocation: sourceLocation)
      #expect(input.members.map(\.name) == ["Body"], sourceLocation: sourceLocation)
      #expect(input.members.first?.reference.documentation == "<p>The Body.</p>", sourceLocation: sourceLocation)
      #expect(
        try registry.index(of: "queue").operationNames.sorted() == ["ReceiveMessage", "SendMessage"],
        sourceLocation: sourceLocation
      )
      #expect(log.all.count == expected, "\(log.all)", sourceLocation: sourceLocation)
      if expected == 1 { #expect(log.all[0].contains("queue.argotindex"), sourceLocation: sourceLocation) }
      // The file was rebuilt: the next process reads it without complaint.
      let again = LogLines()
      _ = try self.registry(again).model(service: "queue", operation: "SendMessage")
      #expect(again.all.isEmpty, "\(again.all)", sourceLocation: sourceLocation)
      #expect(
        ModelCache(directory: cache).hasEntry(for: try #require(registry.location(of: "queue"))),
        sourceLocation: sourceLocation
      )
    }
  }

  /// Where each operation's entry (its offset field) sits in the file, by walking the directory.
  static func entryPositions(_ bytes: [UInt8]) throws -> [String: Int] {
    var reader = ModelIndexReader(bytes, position: ModelIndexFile.headerSize)
    for _ in 0..<4 { _ = try reader.readString() }
    for _ in 0..<7 { _ = try reader.readOptionalString() }
    let count = try reader.readUInt32()
    var positions: [String: Int] = [:]
    for _ in 0..<count {
      let name = try reader.readString()
      _ = try reader.readByte()
      positions[name] = reader.position
      for _ in 0..<5 { _ = try reader.readUInt64() }
    }
    return positions
  }

  static func put(_ value: UInt64, at position: Int, in bytes: inout [UInt8]) {
    for index in 0..<8 { bytes[position + index] = UInt8(truncatingIfNeeded: value >> UInt64(index * 8)) }
  }

  /// Recomputes the directory checksum, as a careful forger would.
  static func resign(_ bytes: inout [UInt8]) {
    let size = Int(bytes[12]) | Int(bytes[13]) << 8 | Int(bytes[14]) << 16 | Int(bytes[15]) << 24
    let directory = Array(bytes[ModelIndexFile.headerSize..<(ModelIndexFile.headerSize + size)])
    put(ModelIndexFile.checksum(directory), at: 16, in: &bytes)
  }

  static func edit(_ path: String, _ change: (inout [UInt8]) throws -> Void) throws {
    var bytes = try FileSystem.readFile(path)
    try change(&bytes)
    try FileSystem.writeFileAtomically(path, bytes)
  }

  @Test func aNegativeSizeIsDiscarded() throws {
    let fixture = try Fixture()
    try fixture.build()
    try Self.edit(fixture.queueIndex) { bytes in
      let position = try #require(try Self.entryPositions(bytes)["SendMessage"])
      Self.put(UInt64(bitPattern: -100), at: position + 16, in: &bytes)  // the documentation size
      Self.resign(&bytes)
    }
    try fixture.expectRightAnswer(logLines: 1)
  }

  @Test func aHugeSizeIsDiscarded() throws {
    let fixture = try Fixture()
    try fixture.build()
    try Self.edit(fixture.queueIndex) { bytes in
      let position = try #require(try Self.entryPositions(bytes)["SendMessage"])
      Self.put(1 << 62, at: position + 8, in: &bytes)  // the slice size
      Self.resign(&bytes)
    }
    try fixture.expectRightAnswer(logLines: 1)
  }

  @Test func anOffsetPastTheEndIsDiscarded() throws {
    let fixture = try Fixture()
    try fixture.build()
    try Self.edit(fixture.queueIndex) { bytes in
      let position = try #require(try Self.entryPositions(bytes)["SendMessage"])
      Self.put(UInt64(bytes.count), at: position, in: &bytes)
      Self.resign(&bytes)
    }
    try fixture.expectRightAnswer(logLines: 1)
  }

  @Test func swappedEntriesAreDiscarded() throws {
    let fixture = try Fixture()
    try fixture.build()
    try Self.edit(fixture.queueIndex) { bytes in
      let positions = try Self.entryPositions(bytes)
      let send = try #require(positions["SendMessage"])
      let receive = try #require(positions["ReceiveMessage"])
      let sendEntry = Array(bytes[send..<(send + 40)])
      bytes.replaceSubrange(send..<(send + 40), with: bytes[receive..<(receive + 40)])
      bytes.replaceSubrange(receive..<(receive + 40), with: sendEntry)
    }
    // Caught by the directory checksum.
    try fixture.expectRightAnswer(logLines: 1)
  }

  @Test func swappedEntriesWithAValidChecksumAreDiscarded() throws {
    let fixture = try Fixture()
    try fixture.build()
    try Self.edit(fixture.queueIndex) { bytes in
      let positions = try Self.entryPositions(bytes)
      let send = try #require(positions["SendMessage"])
      let receive = try #require(positions["ReceiveMessage"])
      let sendEntry = Array(bytes[send..<(send + 40)])
      bytes.replaceSubrange(send..<(send + 40), with: bytes[receive..<(receive + 40)])
      bytes.replaceSubrange(receive..<(receive + 40), with: sendEntry)
      Self.resign(&bytes)
    }
    // Caught when the slice read for SendMessage turns out to describe ReceiveMessage.
    try fixture.expectRightAnswer(logLines: 1)
  }

  @Test func anotherServicesIndexIsDiscarded() throws {
    let fixture = try Fixture()
    try fixture.build()
    try FileSystem.writeFileAtomically(fixture.queueIndex, try FileSystem.readFile(fixture.topicIndex))
    try fixture.expectRightAnswer(logLines: 1)
  }

  @Test func aTruncatedFileIsDiscarded() throws {
    let fixture = try Fixture()
    try fixture.build()
    for keep in [0, 10, ModelIndexFile.headerSize, 100, -1] {
      try Self.edit(fixture.queueIndex) { bytes in
        bytes.removeSubrange((keep < 0 ? bytes.count - 1 : keep)...)
      }
      try fixture.expectRightAnswer(logLines: 1)
    }
  }

  @Test func aChangedSliceFailsItsChecksum() throws {
    let fixture = try Fixture()
    try fixture.build()
    try Self.edit(fixture.queueIndex) { bytes in bytes[bytes.count - 3] ^= 0x5A }
    try fixture.expectRightAnswer(logLines: 1)
  }

  @Test func aChangedDirectoryFailsItsChecksum() throws {
    let fixture = try Fixture()
    try fixture.build()
    try Self.edit(fixture.queueIndex) { bytes in
      let position = try #require(try Self.entryPositions(bytes)["SendMessage"])
      bytes[position - 3] ^= 0x01  // a letter of the operation's name
    }
    try fixture.expectRightAnswer(logLines: 1)
  }

  /// Any single changed byte, anywhere in the file: never a crash, never a wrong answer.
  @Test func everyChangedByteIsCaught() throws {
    let fixture = try Fixture()
    try fixture.build()
    let original = try FileSystem.readFile(fixture.queueIndex)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func random(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    func number(at position: Int, size: Int) -> Int {
      (0..<size).reduce(0) { $0 | Int(original[position + $1]) << ($1 * 8) }
    }
    let dataStart = ModelIndexFile.headerSize + number(at: 12, size: 4)
    let entry = try #require(try Self.entryPositions(original)["SendMessage"])
    let sendStart = dataStart + number(at: entry, size: 8)
    let sendChunks = sendStart..<(sendStart + number(at: entry + 8, size: 8) + number(at: entry + 16, size: 8))
    for position in 0..<original.count where position % 5 == 0 || position < 64 || sendChunks.contains(position) {
      var bytes = original
      bytes[position] ^= UInt8(1 + random(255))
      try FileSystem.writeFileAtomically(fixture.queueIndex, bytes)
      // The format version makes the file stale (quiet); the header, the directory and the chunks read for
      // SendMessage are damage (one line); ReceiveMessage's chunks are not read by this question.
      let expected = (8..<12).contains(position) ? 0 : (position < dataStart || sendChunks.contains(position) ? 1 : 0)
      try fixture.expectRightAnswer(logLines: expected)
      try FileSystem.writeFileAtomically(fixture.queueIndex, original)
    }
  }

  @Test func anotherFormatVersionIsReplacedQuietly() throws {
    let fixture = try Fixture()
    try fixture.build()
    try Self.edit(fixture.queueIndex) { bytes in bytes[8] = 4 }
    try fixture.expectRightAnswer(logLines: 0)
  }

  @Test func notAnIndexIsDiscarded() throws {
    let fixture = try Fixture()
    try fixture.build()
    try FileSystem.writeText(fixture.queueIndex, #"{"metadata": {"apiVersion": "x"}}"#)
    try fixture.expectRightAnswer(logLines: 1)
  }

  @Test func aChangedModelFileMakesTheIndexStale() throws {
    let fixture = try Fixture()
    try fixture.build()
    // The model gains an operation and the file changes size: the index is rebuilt quietly.
    try Fixture.writeModel(
      in: fixture.data,
      service: "queue",
      operations: ["SendMessage": "Body", "ReceiveMessage": "Wait", "PurgeQueue": "Url"]
    )
    let log = LogLines()
    let registry = fixture.registry(log)
    #expect(try registry.index(of: "queue").operationNames == ["PurgeQueue", "ReceiveMessage", "SendMessage"])
    let model = try registry.model(service: "queue", operation: "PurgeQueue")
    #expect(model.operation(named: "PurgeQueue") != nil)
    #expect(log.all.isEmpty)
    let again = LogLines()
    let next = fixture.registry(again)
    #expect(try next.index(of: "queue").operationNames.count == 3)
    #expect(again.all.isEmpty)
  }

  @Test func aFileReplacedByAnotherProcessIsReadAgainQuietly() throws {
    let fixture = try Fixture()
    try fixture.build()
    let log = LogLines()
    let longLived = fixture.registry(log)
    #expect(try longLived.index(of: "queue").operationNames.count == 2)
    // Another process sees changed model files and writes a new, larger index file.
    try Fixture.writeModel(
      in: fixture.data,
      service: "queue",
      operations: ["SendMessage": "Body", "ReceiveMessage": "Wait", "PurgeQueue": "Url"]
    )
    _ = try fixture.registry(LogLines()).model(service: "queue", operation: "PurgeQueue")
    let model = try longLived.model(service: "queue", operation: "SendMessage")
    #expect(model.operation(named: "SendMessage") != nil)
    #expect(log.all.isEmpty, "\(log.all)")
  }

  @Test func anUnknownOperationIsAnsweredFromTheIndex() throws {
    let fixture = try Fixture()
    try fixture.build()
    let registry = fixture.registry(LogLines())
    #expect(throws: RegistryError.self) { try registry.model(service: "queue", operation: "SendMesage") }
  }

  @Test func concurrentBuildersLeaveOneWholeFile() throws {
    let fixture = try Fixture()
    let data = fixture.data
    let cache = fixture.cache
    let failures = Mutex<[String]>([])
    let finished = Atomic<Int>(0)
    let builders = 6
    for _ in 0..<builders {
      var thread = pthread_t()
      let box = Unmanaged.passRetained(
        Builder {
          let registry = ModelRegistry(searchPath: ModelSearchPath(directories: [data]), cacheDirectory: cache) {
            line in failures.withLock { $0.append(line) }
          }
          do {
            let model = try registry.model(service: "queue", operation: "SendMessage")
            if model.operation(named: "SendMessage") == nil { failures.withLock { $0.append("no operation") } }
          } catch {
            failures.withLock { $0.append("\(error)") }
          }
          finished.add(1, ordering: .sequentiallyConsistent)
        }
      )
      let status = pthread_create(
        &thread,
        nil,
        { context in
          Unmanaged<Builder>.fromOpaque(context!).takeRetainedValue().body()
          return nil
        },
        box.toOpaque()
      )
      #expect(status == 0)
      pthread_detach(thread)
    }
    while finished.load(ordering: .sequentiallyConsistent) < builders { usleep(1_000) }
    #expect(failures.withLock { $0 }.isEmpty)
    let leftovers = try FileSystem.contentsOfDirectory(FileSystem.join(cache, "index"))
    #expect(leftovers == ["queue.argotindex"])
    try fixture.expectRightAnswer(logLines: 0)
  }

  final class Builder: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }
}
