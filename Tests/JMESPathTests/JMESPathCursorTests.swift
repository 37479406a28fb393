import JMESPath
import Testing

@Suite struct JMESPathCursorTests {
  typealias Step = JMESPathCursor.Step

  func check(
    _ expression: String,
    _ path: [Step]?,
    _ partial: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let cursor = JMESPathCursor(expression)
    #expect(cursor.path == path, sourceLocation: sourceLocation)
    #expect(cursor.partial == partial, sourceLocation: sourceLocation)
    #expect(
      cursor.partialStart == expression.unicodeScalars.count - partial.unicodeScalars.count,
      sourceLocation: sourceLocation
    )
  }

  @Test func keysProjectionsAndIndexes() {
    check("", [], "")
    check("Res", [], "Res")
    check("Reservations[].Instances[0].Sta", [.field("Reservations"), .eachItem, .field("Instances"), .oneItem], "Sta")
    check("Reservations[*].", [.field("Reservations"), .eachItem], "")
    check("Items[1:3].Na", [.field("Items"), .eachItem], "Na")
    check(#""Quoted Key".Sub"#, [.field("Quoted Key")], "Sub")
  }

  @Test func partsThatStartAgain() {
    let instances: [Step] = [.field("Reservations"), .eachItem, .field("Instances"), .eachItem]
    // A filter applies to each item; what it keeps are items of the same list.
    check("Reservations[].Instances[?State.Na", instances + [.field("State")], "Na")
    check("Reservations[].Instances[?State.Name=='running'].Inst", instances, "Inst")
    check("Reservations[].Instances[].[InstanceId, Ta", instances, "Ta")
    check("Reservations[].Instances[].{id: InstanceId, tags: Ta", instances, "Ta")
    check("Reservations[].Instances[] | sort_by(@, &Lau", instances, "Lau")
    check(
      "Reservations[].Instances[] | [0].Sta",
      [.field("Reservations"), .eachItem, .field("Instances"), .oneItem],
      "Sta"
    )
  }

  @Test func placesWithoutKeys() {
    // After a built list or a function's result, inside a literal, or in text the lexer refuses.
    check("Reservations[].[a, b].", nil, "")
    check("length(Reservations).", nil, "")
    check("Items[?Name=='x", nil, "")
  }

  @Test func theKeyUnderAnOffset() throws {
    let expression = #"Reservations[].Instances[?State.Name=='running']."Private Ip""#
    let state = try #require(JMESPathCursor.key(at: 28, in: expression))
    #expect(state.cursor.partial == "State")
    #expect(state.cursor.path == [.field("Reservations"), .eachItem, .field("Instances"), .eachItem])
    #expect(state.range == 26..<31)
    let quoted = try #require(JMESPathCursor.key(at: expression.unicodeScalars.count - 3, in: expression))
    #expect(quoted.cursor.partial == "Private Ip")
    #expect(JMESPathCursor.key(at: 40, in: expression) == nil)  // inside the raw string 'running'
  }
}
