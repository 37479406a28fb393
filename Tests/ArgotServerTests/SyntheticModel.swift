import FileSystem

/// Writes a large service model for tests that need a slow load: `operations` operations, each with an input
/// structure of `members` string members.
enum SyntheticModel {
  static func write(service: String, operations: Int, members: Int = 12, under folder: String) throws {
    var shapes: [String] = [#""Text":{"type":"string","documentation":"<p>Some text.</p>"}"#]
    var definitions: [String] = []
    for index in 0..<operations {
      let name = "DoThing\(index)"
      definitions.append(
        #""\#(name)":{"name":"\#(name)","http":{"method":"POST","requestUri":"/"},"#
          + #""input":{"shape":"\#(name)Request"},"documentation":"<p>Does thing \#(index).</p>"}"#
      )
      let fields = (0..<members).map { #""Field\#($0)":{"shape":"Text","documentation":"<p>Field \#($0).</p>"}"# }
      shapes.append(
        #""\#(name)Request":{"type":"structure","required":["Field0"],"members":{\#(fields.joined(separator: ","))}}"#
      )
    }
    let model = """
      {"version":"2.0","metadata":{"apiVersion":"2020-01-01","endpointPrefix":"\(service)","protocol":"json",\
      "serviceFullName":"Synthetic \(service)","serviceId":"\(service)","uid":"\(service)-2020-01-01"},\
      "operations":{\(definitions.joined(separator: ","))},"shapes":{\(shapes.joined(separator: ","))}}
      """
    let directory = FileSystem.join(folder, service, "2020-01-01")
    try FileSystem.createDirectories(directory)
    try FileSystem.writeText(FileSystem.join(directory, "service-2.json"), model)
  }
}
