import JMESPath
import Testing

@Suite struct JMESPathSyntaxTests {
  @Test(arguments: [
    "Reservations[].Instances[].InstanceId",
    "Reservations[*].Instances[*].[InstanceId, State.Name]",
    "Stacks[0].Outputs[?OutputKey=='BucketName'].OutputValue | [0]",
    "Vpcs[?IsDefault==`true`].VpcId",
    "sort_by(Images, &CreationDate)[-1].ImageId",
    "length(Buckets)",
    "Functions[?starts_with(FunctionName, 'api-')].{name: FunctionName, \"run time\": Runtime}",
    "Items[1:10:2]",
    "[?!(a && b) || c != d]",
    "@",
    "foo.*.bar[] | [].baz",
  ])
  func validExpressions(_ expression: String) {
    #expect(JMESPathSyntax.problem(in: expression) == nil)
  }

  @Test(arguments: [
    ("Reservations[].Instances[", 25),
    ("Stacks[0].Outputs[?OutputKey=='x'", 33),
    ("Vpcs[?IsDefault=true]", 15),
    ("Tags[?Key=='Name'].Value | ", 27),
    ("a.", 2),
    ("Images[].{Id: ImageId", 21),
    ("'unclosed", 0),
    ("foo#bar", 3),
    ("a[1:2:3:4]", 7),
    ("\"quoted\"(x)", 0),
  ])
  func invalidExpressionsPointAtTheProblem(_ expression: String, _ column: Int) throws {
    let problem = try #require(JMESPathSyntax.problem(in: expression))
    #expect(problem.range.lowerBound == column, "\(problem.message)")
  }
}
