import Foundation
public import Testing

/// Compares text with a file in the `Snapshots/` folder beside the calling test file; `RECORD_SNAPSHOTS=1`
/// rewrites the file instead.
public enum Snapshot {
  /// Whether this run records snapshots rather than checks them (`RECORD_SNAPSHOTS=1`).
  public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

  /// The `Snapshots/` folder beside the test file `filePath`.
  static func directory(besides filePath: String) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  }

  /// Checks `text` against the snapshot `name` (a path relative to the snapshot folder of the calling file).
  public static func check(
    _ text: String,
    named name: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory(besides: filePath).appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(),
        withIntermediateDirectories: true
      )
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let recorded = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("no snapshot \(name); run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
      return
    }
    if recorded != text {
      Issue.record(
        "snapshot \(name) differs; first difference:\n\(firstDifference(recorded, text))",
        sourceLocation: sourceLocation
      )
    }
  }

  /// The first line that differs, recorded then actual.
  public static func firstDifference(_ recorded: String, _ actual: String) -> String {
    let old = recorded.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(old.count, new.count) {
      let left = index < old.count ? String(old[index]) : "<end>"
      let right = index < new.count ? String(new[index]) : "<end>"
      if left != right { return "line \(index + 1):\n- \(left)\n+ \(right)" }
    }
    return "(none)"
  }
}
