import Foundation
import Testing

/// Compares text with a file under `Tests/ShellIntegrationTests/Snapshots/`; `RECORD_SNAPSHOTS=1` rewrites it.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots"
  )

  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

  /// Checks `text` against the snapshot `name`.
  static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let recorded = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("no snapshot \(name); run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
      return
    }
    if recorded != text {
      let old = recorded.split(separator: "\n", omittingEmptySubsequences: false)
      let new = text.split(separator: "\n", omittingEmptySubsequences: false)
      var difference = "(none)"
      for index in 0..<max(old.count, new.count) {
        let left = index < old.count ? String(old[index]) : "<end>"
        let right = index < new.count ? String(new[index]) : "<end>"
        if left != right {
          difference = "line \(index + 1):\n- \(left)\n+ \(right)"
          break
        }
      }
      Issue.record("snapshot \(name) differs; first difference:\n\(difference)", sourceLocation: sourceLocation)
    }
  }
}
