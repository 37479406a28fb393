import JSON

/// ses `send-email`: `--to`, `--cc` and `--bcc` fill the `Destination`, `--subject`, `--text` and `--html` the
/// `Message` (awscli `customizations/sessendemail.py`; `--source` is renamed `--from` in the CLI layer).
enum SendEmailRewrite {
  /// The options in the CLI's order, with the key each sets.
  static let options: [(option: String, key: String)] = [
    ("--to", "ToAddresses"), ("--cc", "CcAddresses"), ("--bcc", "BccAddresses"), ("--subject", "Subject"),
    ("--text", "Text"), ("--html", "Html"),
  ]
}

extension ValueBuilder {
  mutating func applySendEmail(_ given: [String: GivenOption]) {
    for (name, key) in SendEmailRewrite.options {
      guard let option = given[name], !option.values.isEmpty, option.values.last?.isEmpty == false else { continue }
      if key.hasSuffix("Addresses") {
        var destination = parameters["Destination"]?.objectValue ?? JSONObject()
        destination[key] = .array(option.values.map { .string($0) })
        parameters["Destination"] = .object(destination)
        continue
      }
      var message = parameters["Message"]?.objectValue ?? JSONObject([("Subject", [:]), ("Body", [:])])
      let text = option.values.last!
      if key == "Subject" {
        message["Subject"] = ["Data": .string(text)]
      } else {
        var body = message["Body"]?.objectValue ?? JSONObject()
        body[key] = ["Data": .string(text)]
        message["Body"] = .object(body)
      }
      parameters["Message"] = .object(message)
    }
  }
}
