/// One line saying why a listing gave nothing, from what the user's `aws` printed on standard error.
enum ListingFailure {
  /// The line for `stderr` (and the exit status) of a failed listing of `title`.
  static func message(standardError: [UInt8], status: Int32, title: String) -> String {
    let text = String(decoding: standardError.prefix(4096), as: UTF8.self)
    let lowered = text.lowercased()
    if lowered.contains("unable to locate credentials") || lowered.contains("no credentials")
      || lowered.contains("nocredentialserror")
    {
      return "no AWS credentials for \(title)"
    }
    if lowered.contains("the config profile") && lowered.contains("could not be found") {
      return "profile not found (\(title))"
    }
    if lowered.contains("token has expired") || lowered.contains("expiredtoken") || lowered.contains("sso session") {
      return "AWS credentials expired (\(title)); sign in again"
    }
    if lowered.contains("accessdenied") || lowered.contains("access denied") || lowered.contains("unauthorized")
      || lowered.contains("(403)") || lowered.contains("forbidden")
    {
      return "access denied to \(title)"
    }
    if lowered.contains("could not connect") || lowered.contains("connection refused")
      || lowered.contains("name or service not known") || lowered.contains("connect timeout")
      || lowered.contains("read timeout")
    {
      return "no network for \(title)"
    }
    if lowered.contains("you must specify a region") {
      return "no region set for \(title) (give --region)"
    }
    let firstLine = text.split(whereSeparator: { $0 == "\n" }).first { !$0.allSatisfy(\.isWhitespace) }
    if let firstLine {
      return "\(title) failed: \(firstLine.prefix(160))"
    }
    return "\(title) failed (exit status \(status))"
  }
}
