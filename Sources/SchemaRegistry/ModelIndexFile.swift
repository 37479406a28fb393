import Botocore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One service's model index on disk: what `ServiceIndex` holds, and each operation's slice of the model, in a
/// flat binary file that is read without parsing JSON (`Documentation/Model Index.md` describes the layout).
///
/// Every read is checked: the magic and format version, the service and the fingerprint of the model files the
/// file was made from, a checksum over the directory and one over each slice, every offset and size against the
/// file's size. A file that fails a check is never used.
struct ModelIndexFile: Sendable {
  /// The first eight bytes of every index file.
  static let magic: [UInt8] = Array("ARGOTIDX".utf8)
  /// Bumped whenever the layout changes; a file of another version is stale.
  static let formatVersion: UInt32 = 5
  /// Magic, version, directory size, directory checksum, data size.
  static let headerSize = 32

  /// Where one operation's slice sits in the data section, and the checksums of its two chunks.
  struct Slice: Sendable, Hashable {
    /// The operation's model name.
    var operation: String
    /// The compressed slice without prose, as file offsets.
    var shapes: Range<Int>
    /// FNV-1a 64 of the shapes chunk.
    var shapesChecksum: UInt64
    /// The compressed prose of the slice, as file offsets; directly after `shapes`.
    var documentation: Range<Int>
    /// FNV-1a 64 of the documentation chunk.
    var documentationChecksum: UInt64
  }

  /// The service's operations, metadata, pagination and waiters.
  var serviceIndex: ServiceIndex
  /// The fingerprint of the model files the file was made from (`ServiceLocation.fingerprint`).
  var fingerprint: String
  /// The slices by operation name.
  var slices: [String: Slice]
  /// The file's size in bytes.
  var fileSize: Int

  /// An operation's slice to be written: compressed chunks without and with only the prose.
  struct PendingSlice {
    var operation: String
    var shapes: [UInt8]
    var documentation: [UInt8]
  }

  /// The bytes of an index file.
  static func encode(
    index: ServiceIndex,
    fingerprint: String,
    slices: [PendingSlice]
  ) -> [UInt8] {
    var directory = ModelIndexWriter()
    directory.write(index.serviceName)
    directory.write(fingerprint)
    directory.write(index.source)
    let metadata = index.metadata
    directory.write(metadata.apiVersion)
    for field in [
      metadata.endpointPrefix, metadata.serviceFullName, metadata.serviceAbbreviation, metadata.serviceId,
      metadata.wireProtocol, metadata.uid,
    ] {
      directory.write(optional: field)
    }
    directory.write(optional: index.documentation)
    let sliceByName = Dictionary(slices.map { ($0.operation, $0) }, uniquingKeysWith: { first, _ in first })
    directory.write(UInt32(index.operationNames.count))
    var data: [UInt8] = []
    for name in index.operationNames {
      directory.write(name)
      directory.write(UInt8(index.deprecatedOperations.contains(name) ? 1 : 0))
      let slice = sliceByName[name]
      directory.write(UInt64(data.count))
      directory.write(UInt64(slice?.shapes.count ?? 0))
      directory.write(UInt64(slice?.documentation.count ?? 0))
      directory.write(checksum(slice?.shapes ?? []))
      directory.write(checksum(slice?.documentation ?? []))
      if let slice { data += slice.shapes + slice.documentation }
    }
    let paginated = index.paginatedOperations.sorted()
    directory.write(UInt32(paginated.count))
    for name in paginated { directory.write(name) }
    directory.write(UInt32(index.waiters.count))
    for waiter in index.waiters {
      directory.write(waiter.name)
      directory.write(waiter.operation)
      directory.write(UInt32(clamping: waiter.delay))
      directory.write(UInt32(clamping: waiter.maxAttempts))
      directory.write(optional: waiter.description)
    }
    var file = ModelIndexWriter()
    file.bytes = magic
    file.write(formatVersion)
    file.write(UInt32(directory.bytes.count))
    file.write(checksum(directory.bytes))
    file.write(UInt64(data.count))
    return file.bytes + directory.bytes + data
  }

  /// Reads and checks the file at `path` for `service` made from model files with `fingerprint`; nil when there
  /// is no file.
  static func read(
    path: String,
    service: String,
    fingerprint: String,
    source: String
  ) throws(ModelIndexDamage) -> ModelIndexFile? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw ModelIndexDamage("cannot be opened (errno \(errno))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      throw ModelIndexDamage("is not a regular file")
    }
    let fileSize = Int(status.st_size)
    guard fileSize >= headerSize else { throw ModelIndexDamage("is truncated (\(fileSize) bytes, no header)") }
    var header = ModelIndexReader(try readRange(descriptor, offset: 0, count: headerSize))
    var magicBytes: [UInt8] = []
    for _ in 0..<magic.count { magicBytes.append(try header.readByte()) }
    guard magicBytes == magic else { throw ModelIndexDamage("is not a model index (wrong magic)") }
    let version = try header.readUInt32()
    guard version == formatVersion else {
      throw ModelIndexDamage("has format version \(version), not \(formatVersion)", isStale: true)
    }
    let directorySize = Int(try header.readUInt32())
    let directoryChecksum = try header.readUInt64()
    let dataSize = try header.readSize(atMost: fileSize, "data size")
    guard headerSize + directorySize + dataSize == fileSize else {
      throw ModelIndexDamage(
        "has \(fileSize) bytes, but its header says \(headerSize + directorySize + dataSize) (truncated or extended)"
      )
    }
    let directoryBytes = try readRange(descriptor, offset: headerSize, count: directorySize)
    guard checksum(directoryBytes) == directoryChecksum else {
      throw ModelIndexDamage("directory checksum does not match its contents")
    }
    var reader = ModelIndexReader(directoryBytes)
    let storedService = try reader.readString()
    guard storedService == service else { throw ModelIndexDamage("holds the index of \"\(storedService)\"") }
    let storedFingerprint = try reader.readString()
    guard storedFingerprint == fingerprint else {
      throw ModelIndexDamage("was made from other model files", isStale: true)
    }
    _ = try reader.readString()  // the source path, covered by the fingerprint
    let apiVersion = try reader.readString()
    let metadata = ServiceMetadata(
      apiVersion: apiVersion,
      endpointPrefix: try reader.readOptionalString(),
      serviceFullName: try reader.readOptionalString(),
      serviceAbbreviation: try reader.readOptionalString(),
      serviceId: try reader.readOptionalString(),
      wireProtocol: try reader.readOptionalString(),
      uid: try reader.readOptionalString()
    )
    let documentation = try reader.readOptionalString()
    let dataStart = headerSize + directorySize
    let operationCount = try reader.readCount(minimumItemSize: 4 + 1 + 8 * 5, "operation")
    var operationNames: [String] = []
    var deprecated: Set<String> = []
    var slices: [String: Slice] = [:]
    var seenNames: Set<String> = []
    operationNames.reserveCapacity(operationCount)
    for _ in 0..<operationCount {
      let name = try reader.readString()
      let flags = try reader.readByte()
      guard flags <= 1 else { throw ModelIndexDamage("operation \(name) has unknown flags \(flags)") }
      let offset = try reader.readSize(atMost: dataSize, "offset of \(name)")
      let shapesSize = try reader.readSize(atMost: dataSize, "slice size of \(name)")
      let documentationSize = try reader.readSize(atMost: dataSize, "documentation size of \(name)")
      let shapesChecksum = try reader.readUInt64()
      let documentationChecksum = try reader.readUInt64()
      guard offset + shapesSize + documentationSize <= dataSize else {
        throw ModelIndexDamage("slice of \(name) ends past the end of the file")
      }
      guard seenNames.insert(name).inserted else {
        throw ModelIndexDamage("operation \(name) is listed twice")
      }
      operationNames.append(name)
      if flags == 1 { deprecated.insert(name) }
      guard shapesSize > 0 else { continue }
      let shapesStart = dataStart + offset
      slices[name] = Slice(
        operation: name,
        shapes: shapesStart..<(shapesStart + shapesSize),
        shapesChecksum: shapesChecksum,
        documentation: (shapesStart + shapesSize)..<(shapesStart + shapesSize + documentationSize),
        documentationChecksum: documentationChecksum
      )
    }
    let paginatedCount = try reader.readCount(minimumItemSize: 4, "paginator")
    var paginated: Set<String> = []
    for _ in 0..<paginatedCount { paginated.insert(try reader.readString()) }
    let waiterCount = try reader.readCount(minimumItemSize: 4 + 4 + 4 + 4 + 1, "waiter")
    var waiters: [Waiter] = []
    for _ in 0..<waiterCount {
      waiters.append(
        Waiter(
          name: try reader.readString(),
          operation: try reader.readString(),
          delay: Int(try reader.readUInt32()),
          maxAttempts: Int(try reader.readUInt32()),
          description: try reader.readOptionalString()
        )
      )
    }
    guard reader.remaining == 0 else { throw ModelIndexDamage("directory has \(reader.remaining) bytes left over") }
    return ModelIndexFile(
      serviceIndex: ServiceIndex(
        serviceName: service,
        metadata: metadata,
        documentation: documentation,
        operationNames: operationNames,
        paginatedOperations: paginated,
        deprecatedOperations: deprecated,
        waiters: waiters,
        source: source
      ),
      fingerprint: storedFingerprint,
      slices: slices,
      fileSize: fileSize
    )
  }

  /// The compressed chunks of one slice, read from the file at `path` and checked against their checksums:
  /// the shapes chunk, and the documentation chunk when `documentation` is true.
  func chunks(
    of slice: Slice,
    path: String,
    documentation: Bool
  ) throws(ModelIndexDamage) -> (shapes: [UInt8], documentation: [UInt8]?) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    // Another process may have replaced the file since its directory was read (after a botocore upgrade, say):
    // that is not damage, only a reason to read it again.
    guard descriptor >= 0 else { throw ModelIndexDamage("disappeared (errno \(errno))", isStale: true) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, Int(status.st_size) == fileSize else {
      throw ModelIndexDamage("changed size since its directory was read", isStale: true)
    }
    let end = documentation ? slice.documentation.upperBound : slice.shapes.upperBound
    let bytes = try Self.readRange(descriptor, offset: slice.shapes.lowerBound, count: end - slice.shapes.lowerBound)
    let shapes = Array(bytes[0..<slice.shapes.count])
    guard Self.checksum(shapes) == slice.shapesChecksum else {
      throw ModelIndexDamage("checksum of the slice of \(slice.operation) does not match")
    }
    guard documentation else { return (shapes, nil) }
    let prose = Array(bytes[slice.shapes.count...])
    guard Self.checksum(prose) == slice.documentationChecksum else {
      throw ModelIndexDamage("checksum of the documentation of \(slice.operation) does not match")
    }
    return (shapes, prose)
  }

  /// FNV-1a, 64 bits.
  static func checksum(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBufferPointer { buffer in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in buffer {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
      return hash
    }
  }

  /// Exactly `count` bytes at `offset`, or a damage when the file is shorter.
  private static func readRange(_ descriptor: Int32, offset: Int, count: Int) throws(ModelIndexDamage) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let got = bytes.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done))
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw ModelIndexDamage("cannot be read (errno \(errno))")
      }
      if got == 0 { throw ModelIndexDamage("is truncated at byte \(offset + done)") }
      done += got
    }
    return bytes
  }
}
