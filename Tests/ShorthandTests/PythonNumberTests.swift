import FileSystem
import JSON
import Shorthand
import Testing

/// Checks `PythonNumber` against `Fixtures/python-numbers.json`: what CPython's `int()` and `float()` made of
/// each text (recorded by `Scripts/record-python-numbers.py`; `Tests/Differential/test_python_numbers.py`
/// proves the fixture is what the installed Python does).
@Suite struct PythonNumberTests {
  struct Case: CustomTestStringConvertible {
    var text: String
    var integer: String?
    var float: String?
    var testDescription: String { String(PythonText.repr(text).prefix(60)) }
  }

  static let cases: [Case] = {
    let path = FileSystem.directoryName(of: #filePath) + "/Fixtures/python-numbers.json"
    guard let text = try? FileSystem.readText(path), let document = try? JSONValue(parsing: text) else { return [] }
    return (document["cases"]?.arrayValue ?? []).map { item in
      Case(
        text: item["text"]?.stringValue ?? "",
        integer: item["int"]?.stringValue,
        float: item["float"]?.stringValue
      )
    }
  }()

  @Test func theFixtureHasEveryKindOfCase() {
    #expect(Self.cases.count >= 200)
    #expect(Self.cases.contains { $0.integer == nil && $0.float == nil })
    #expect(Self.cases.contains { $0.integer == nil && $0.float != nil })
    #expect(Self.cases.contains { ($0.integer?.count ?? 0) > 19 })
  }

  @Test(arguments: cases) func integerAsPythonReadsIt(_ item: Case) {
    let expected: PythonNumber.IntegerResult
    if let digits = item.integer {
      expected = Int64(digits).map { .value($0) } ?? .tooLarge(digits)
    } else {
      expected = .invalid
    }
    #expect(PythonNumber.integer(item.text) == expected)
  }

  @Test(arguments: cases) func floatAsPythonReadsIt(_ item: Case) {
    let result = PythonNumber.float(item.text)
    guard let repr = item.float else {
      #expect(result == nil)
      return
    }
    let expected: Double
    switch repr {
    case "inf": expected = .infinity
    case "-inf": expected = -.infinity
    case "nan": expected = .nan
    default: expected = Double(repr) ?? .nan
    }
    guard let result else {
      Issue.record("Python reads \(repr); argot reads nothing")
      return
    }
    if expected.isNaN {
      #expect(result.isNaN)
    } else {
      #expect(result == expected && result.sign == expected.sign, "Python reads \(repr)")
    }
  }

  @Test func unicodeDigitsReadAsTheirValue() {
    #expect(PythonNumber.integer("١٢") == .value(12))
    #expect(PythonNumber.integer(" \u{0967}\u{FF12}\u{0E53} ") == .value(123))
    #expect(PythonNumber.float("١.٥") == 1.5)
  }

  @Test func stripsWhitespaceAsStrDoes() {
    #expect(PythonText.strip("\u{1C} a \u{3000}") == "a")
    #expect(PythonText.leftStrip("\u{A0}\t[1] ") == "[1] ")
  }
}
