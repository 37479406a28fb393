import CLISchema
import Invocation
import JSON
import Testing

/// The YAML reader through `--cli-input-yaml` (its API is internal).
@Suite struct YAMLReaderTests {
  let parser = InvocationParser(catalog: TestCatalog.embedded)

  func read(_ yaml: String) -> Invocation {
    parser.parse(
      line: "aws directconnect create-interconnect --cli-input-yaml file://in.yaml",
      options: InvocationOptions(files: InMemoryParamFiles(texts: ["in.yaml": yaml]), validates: false)
    )
  }

  @Test func skeletonShapedDocument() {
    let result = read(
      """
      # yaml-input skeleton
      interconnectName: 'x' # The name.
      bandwidth: "1Gbps"
      location: EqDC2
      lagId: ''
      tags:
      - key: a
        value: b
      -   key: c
          value: "d"
      providerName: ~
      requestMACSec: true
      """
    )
    #expect(result.isValid)
    #expect(
      result.parameters == [
        "interconnectName": "x", "bandwidth": "1Gbps", "location": "EqDC2", "lagId": "",
        "tags": [["key": "a", "value": "b"], ["key": "c", "value": "d"]], "providerName": nil, "requestMACSec": true,
      ]
    )
  }

  @Test func flowCollectionsAndScalars() {
    let result = read(
      """
      ---
      tags: [{key: a, value: "1"}, {key: b}]
      nested:
        list:
          - 1
          - -2.5
          - .inf
          - 0x1F
          - null
          - 'quoted # not a comment'
        text: |
          line one
          line two
        folded: >-
          a
          b
      """
    )
    #expect(result.isValid)
    #expect(result.parameters["tags"] == [["key": "a", "value": "1"], ["key": "b"]])
    let nested = result.parameters["nested"]
    #expect(nested?["text"] == "line one\nline two\n")
    #expect(nested?["folded"] == "a b")
    #expect(nested?["list"] == [1, -2.5, .real(.infinity), 31, nil, "quoted # not a comment"])
  }

  @Test func binaryTag() {
    let result = read("location: !!binary aGVsbG8=\nbandwidth: !!binary |\n  aGVs\n  bG8=\n")
    #expect(result.parameters["location"] == "aGVsbG8=")
    #expect(result.parameters["bandwidth"] == "aGVsbG8=")
  }

  @Test func errorsHaveAPosition() throws {
    let result = read("a: 1\n  b: 2\n")
    let error = try #require(result.errors.first)
    #expect(error.code == .invalidYAML)
    #expect(error.message.contains("line 2"))
    #expect(read("a: [1, 2\n").errors.first?.code == .invalidYAML)
    #expect(read("a: &x 1\n").errors.first?.code == .invalidYAML)
    #expect(read("- 1\n- 2\n").errors.first?.code == .cliInputNotObject)
  }

  /// Nesting past 512 levels, in flow or block style, is an error naming the place, not a stack overflow.
  @Test func deepNestingIsAnErrorNotACrash() {
    let flow = "tags: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
    let flowError = read(flow).errors.first
    #expect(flowError?.code == .invalidYAML)
    #expect(flowError?.message.contains("line 1, column ") == true)
    #expect(flowError?.message.contains("collections nest more than 512 levels deep") == true)
    var block = "tags:\n"
    for level in 1..<3_000 { block += String(repeating: " ", count: level) + "a:\n" }
    #expect(read(block).errors.first?.message.contains("more than 512 levels deep") == true)
    let fits = "tags: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n"
    #expect(read(fits).errors.first?.code != .invalidYAML)
  }
}
