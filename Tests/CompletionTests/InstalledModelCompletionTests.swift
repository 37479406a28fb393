import CLIDetection
import CLISchema
import Completion
import FileSystem
import Glibc
import SchemaRegistry
import Testing

/// Over the installed botocore (every service): the positions the embedded model cannot show.
@Suite(.enabled(if: TestEngines.botocore != nil, "needs an installed botocore"))
struct InstalledModelCompletionTests {
  var engine: CompletionEngine { TestEngines.botocore! }

  @Test func anExactNameThatIsAlsoAPrefixOffersBoth() {
    let names = engine.texts("aws s3")
    #expect(names.starts(with: ["s3", "s3api", "s3control"]))
    #expect(engine.texts("aws ec2").starts(with: ["ec2", "ec2-instance-connect"]))
  }

  @Test func operationsWaitAndCustomSubcommands() {
    #expect(engine.texts("aws ec2 run-inst") == ["run-instances"])
    #expect(engine.texts("aws ec2 wai") == ["wait"])
    #expect(engine.at("aws ec2 wai").items.first?.kind == .waiter)
    #expect(engine.texts("aws eks update-k") == ["update-kubeconfig"])
    #expect(engine.at("aws eks update-k").items.first?.kind == .command)
    let operations = engine.at("aws ec2 describe-inst").items
    #expect(operations.contains { $0.label == "describe-instances" })
  }

  @Test func waiters() {
    #expect(engine.texts("aws ec2 wait instance-r") == ["instance-running"])
    #expect(engine.at("aws ec2 wait ").items.allSatisfy { $0.kind == .waiter })
    let options = engine.texts("aws ec2 wait instance-running --inst")
    #expect(options.contains("--instance-ids"))
  }

  @Test func optionsWithDescriptions() throws {
    let result = engine.at("aws ec2 run-instances --i")
    let names = result.items.map(\.insertText)
    #expect(names.starts(with: ["--image-id", "--instance-type"]))
    #expect(names.contains("--iam-instance-profile"))
    let image = try #require(result.items.first)
    #expect(image.documentation == "The ID of the AMI.")
    #expect(result.items.allSatisfy { $0.documentation != nil })
  }

  @Test func regionsFromEndpointData() throws {
    let result = engine.at("aws ec2 describe-instances --region eu-west-")
    #expect(result.items.map(\.insertText).starts(with: ["eu-west-1", "eu-west-2"]))
    #expect(try #require(result.items.first).documentation == "Europe (Ireland)")
    #expect(engine.texts("aws --region us-east-").starts(with: ["us-east-1", "us-east-2"]))
  }

  @Test func optionsTheCLIAddsForFilesTakePaths() {
    #expect(
      engine.texts("aws cloudformation package --template-file po") == ["policies/", "policy.json"]
    )
    #expect(engine.texts("aws emr ssh --key-pair-file pe") == ["peer.yaml"])
  }

  @Test func deepShorthand() {
    let mappings = "aws ec2 run-instances --block-device-mappings DeviceName=/dev/sda1,Ebs="
    #expect(engine.texts(mappings) == ["{"])
    #expect(engine.at(mappings).items.first?.kind == .structure)
    #expect(engine.texts(mappings + "{VolumeType=gp").starts(with: ["gp2", "gp3"]))
    let keys = engine.texts(mappings + "{VolumeType=gp3,")
    #expect(keys.contains("DeleteOnTermination=") && !keys.prefix(3).contains("VolumeType="))
    #expect(!keys.contains("VolumeType="))
    #expect(engine.texts(mappings + "{DeleteOnTermination=") == ["true", "false"])
    let tags = "aws ec2 run-instances --tag-specifications ResourceType=instance,Tags="
    #expect(engine.texts(tags) == ["["])
    #expect(engine.texts(tags + "[") == ["{"])
    #expect(engine.texts(tags + "[{Key=a,Value=b},{") == ["Key=", "Value="])
    #expect(engine.texts(tags + "[{Key=a,V") == ["Value="])
    #expect(engine.texts("aws ec2 run-instances --tag-specifications ResourceType=ins").first == "instance")
    #expect(engine.texts(tags + "[{Key=a,Value=b}],").isEmpty, "both keys of the item are given")
    #expect(Array(engine.texts(tags + "[{Key=a,Value=b}] ").prefix(2)) == ["ResourceType=", "Tags="], "a new item")
  }

  /// The two AWS CLI generations offer different names, so one cache folder keeps an index for each.
  @Test func eachGenerationHasItsOwnIndex() throws {
    var template = Array("/tmp/argot-completion-rules-XXXXXX".utf8CString)
    let folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    defer { FileSystem.removeTree(folder) }
    func engine(_ generation: CLIGeneration) throws -> CompletionEngine {
      CompletionEngine(
        catalog: CommandCatalog(
          registry: ModelRegistry(searchPath: ModelSearchPath(directories: []), cacheDirectory: nil),
          layer: try CommandCatalog.embeddedLayer(for: generation).following(generation)
        ),
        environment: TestEngines.environment,
        cacheDirectory: folder
      )
    }
    let line = CompletionRequest(line: "aws d")
    let v2 = try engine(.v2).complete(line).items.map(\.insertText)
    let v1 = try engine(.v1).complete(line).items.map(\.insertText)
    #expect(v2.contains("ddb") && !v1.contains("ddb"))
    #expect(try engine(.v2).complete(line).items.map(\.insertText) == v2)
    #expect(try engine(.v1).complete(line).items.map(\.insertText) == v1)
    let indexes = try FileSystem.contentsOfDirectory(folder).filter { $0.hasPrefix("completion-") }
    #expect(indexes.count == 2)
  }

  @Test func theIndexOnDiskGivesTheSameAnswers() throws {
    var template = Array("/tmp/argot-completion-index-XXXXXX".utf8CString)
    let folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    defer { FileSystem.removeTree(folder) }
    func freshEngine() -> CompletionEngine {
      CompletionEngine(
        catalog: CommandCatalog(
          registry: ModelRegistry(searchPath: .fromEnvironment(), cacheDirectory: nil),
          layer: TestEngines.layer
        ),
        environment: TestEngines.environment,
        cacheDirectory: folder
      )
    }
    let lines = [
      "aws s3", "aws ec2 wait instance-r", "aws ec2 run-instances --i", "aws ec2 run-instances --instance-type t3.mi",
      "aws ec2 describe-instance-types --instance-types t3.sm", "aws ec2 run-instances --region eu-west-",
      "aws ec2 run-instances --block-device-mappings DeviceName=x,Ebs={VolumeType=gp3,",
      "aws ec2 run-instances --tag-specifications ResourceType=instance,Tags=[{Key=a,Value=b},{",
      "aws dynamodb put-item --item id={S", "aws iam create-role --", "aws directconnect ",
    ]
    let writer = freshEngine()
    let written = lines.map { writer.complete(CompletionRequest(line: $0)) }
    let reader = freshEngine()
    for (line, expected) in zip(lines, written) {
      #expect(!expected.items.isEmpty, "\(line)")
      #expect(reader.complete(CompletionRequest(line: line)) == expected, "\(line)")
    }
    let index = try #require(try FileSystem.contentsOfDirectory(folder).first { $0.hasPrefix("completion-") })
    let files = try FileSystem.contentsOfDirectory(FileSystem.join(folder, index))
    #expect(files.contains { $0.hasPrefix("services-") } && files.contains { $0.hasPrefix("regions-") })
    #expect(files.contains { $0.hasPrefix("ec2-") })
  }

  @Test func concurrentFirstUsesWriteAWholeIndex() async throws {
    var template = Array("/tmp/argot-completion-index-XXXXXX".utf8CString)
    let folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    defer { FileSystem.removeTree(folder) }
    func freshEngine() -> CompletionEngine {
      CompletionEngine(
        catalog: CommandCatalog(
          registry: ModelRegistry(searchPath: .fromEnvironment(), cacheDirectory: nil),
          layer: TestEngines.layer
        ),
        environment: TestEngines.environment,
        cacheDirectory: folder
      )
    }
    let lines = [
      "aws ec2 run-instances --", "aws ec2 run-instances --tag-specifications ResourceType=instance,Tags=[{",
      "aws ec2 describe-instances --", "aws directconnect create-bgp-peer --new-bgp-peer ",
    ]
    let engine = freshEngine()
    let answers = await withTaskGroup(of: (Int, CompletionResult).self) { group in
      for round in 0..<24 {
        let index = round % lines.count
        group.addTask { (index, engine.complete(CompletionRequest(line: lines[index]))) }
      }
      var answers: [Int: [CompletionResult]] = [:]
      for await (index, result) in group { answers[index, default: []].append(result) }
      return answers
    }
    let reader = freshEngine()
    for (index, line) in lines.enumerated() {
      let expected = reader.complete(CompletionRequest(line: line))
      #expect(!expected.items.isEmpty, "\(line)")
      #expect(answers[index]?.allSatisfy { $0 == expected } == true, "\(line)")
    }
  }

  @Test func listOfEnums() {
    let values = engine.texts("aws ec2 describe-instance-types --instance-types t3.mi")
    #expect(values == ["t3.micro"])
    #expect(engine.texts("aws ec2 describe-instance-types --instance-types t3.micro t3.sm") == ["t3.small"])
  }
}

/// `--query`: keys of the operation's output at the end of a partly typed expression.
@Suite(.enabled(if: TestEngines.botocore != nil, "needs an installed botocore"))
struct QueryCompletionTests {
  var engine: CompletionEngine { TestEngines.botocore! }

  @Test func keysOfTheOutputShape() throws {
    #expect(engine.texts("aws ec2 describe-instances --query Res") == ["Reservations"])
    #expect(engine.texts("aws ec2 describe-instances --query=Res") == ["Reservations"])
    let state = engine.at("aws ec2 describe-instances --query 'Reservations[0].Instances[0].Sta")
    #expect(Set(state.items.map(\.label)) == ["State", "StateReason", "StateTransitionReason"])
    let first = try #require(state.items.first { $0.label == "State" })
    #expect(first.detail == "structure")
    #expect(first.noSpace)
    // The replaced span is the key being typed, not the whole expression.
    let line = "aws ec2 describe-instances --query 'Reservations[0].Instances[0].Sta"
    #expect(state.replace == line.unicodeScalars.count - 3..<line.unicodeScalars.count)
    #expect(
      engine.texts("aws lambda list-functions --query 'Functions[?Runtime==`python3.12`].Fun")
        .contains("FunctionName")
    )
  }

  @Test func nothingWhereNoKeyCanStand() {
    #expect(engine.texts("aws ec2 describe-instances --query 'Reservations.Ins").isEmpty)
    #expect(engine.texts("aws ec2 describe-instances --query 'length(Reservations).").isEmpty)
  }
}
