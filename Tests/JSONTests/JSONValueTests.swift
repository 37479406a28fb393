import JSON
import Testing

@Suite struct JSONValueTests {
  @Test func keepsMemberOrder() throws {
    let value = try JSONValue(parsing: #"{"zeta":1,"alpha":2,"mid":{"b":true,"a":null}}"#)
    #expect(value.objectValue?.keys == ["zeta", "alpha", "mid"])
    #expect(value["mid"]?.objectValue?.keys == ["b", "a"])
    #expect(value.serialized() == #"{"zeta":1,"alpha":2,"mid":{"b":true,"a":null}}"#)
  }

  @Test func sixtyFourBitIntegersAndReals() throws {
    let value = try JSONValue(parsing: "[9223372036854775807, -0, 1.0, 99.999, 0.1]")
    #expect(value == [.integer(Int64.max), .integer(0), .real(1.0), .real(99.999), .real(0.1)])
    #expect(value.serialized() == "[9223372036854775807,0,1.0,99.999,0.1]")
  }

  @Test func stringsWithNULAndUnicode() throws {
    let value = JSONValue.string("a\u{0}b✓")
    #expect(value.serialized() == #""a\u0000b✓""#)
    #expect(value.serialized(.awsCLI) == #""a\u0000b\u2713""#)
  }

  @Test func parsesNULInStrings() throws {
    #expect(try JSONValue(parsing: #"["a\u0000b"]"#) == ["a\u{0}b"])
  }

  @Test func reportsWhereTextIsBroken() {
    #expect(throws: JSONParseError.self) { try JSONValue(parsing: "{\"a\": }") }
    do {
      _ = try JSONValue(parsing: "{\n  \"a\": x}")
      Issue.record("expected an error")
    } catch {
      #expect(error.line == 2)
      #expect(error.column >= 7)
    }
  }

  @Test func scalarsNeedTheOption() throws {
    #expect(throws: JSONParseError.self) { try JSONValue(parsing: "12") }
    #expect(try JSONValue(parsing: "12", options: .allowScalars) == .integer(12))
  }

  @Test func awsCLIIndentationMatchesPython() {
    let value: JSONValue = ["a": ["b": 0, "c": []], "d": .object(JSONObject())]
    #expect(
      value.serialized(.awsCLI) == "{\n    \"a\": {\n        \"b\": 0,\n        \"c\": []\n    },\n    \"d\": {}\n}"
    )
  }

  @Test func replacingAKeyKeepsItsPlace() {
    var object = JSONObject([("a", 1), ("b", 2)])
    object["a"] = 3
    object["c"] = 4
    object["b"] = nil
    #expect(object.keys == ["a", "c"])
    #expect(object["a"] == 3)
  }
}
