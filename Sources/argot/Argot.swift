import ArgumentParser

/// `argot`: answers questions about AWS CLI commands from the botocore models, without calling AWS.
@main
struct Argot: AsyncParsableCommand {
  /// The entry point: `argot complete` in its plain forms skips ArgumentParser (it runs on every Tab); everything
  /// else goes through it.
  static func main() async {
    let arguments = CommandLine.arguments
    if arguments.count > 1, arguments[1] == "complete", CompleteCommand.runFast(arguments.dropFirst(2)) { return }
    await main(nil)
  }

  static let configuration = CommandConfiguration(
    commandName: "argot",
    abstract: "Knows every AWS CLI command: names, parameters, shorthand, skeletons, validation.",
    discussion: """
      argot reads the botocore service models that your AWS CLI carries (or its embedded Direct Connect \
      default when none is installed) and answers from them: nothing is sent to AWS.
      """,
    version: ArgotVersion.string,
    subcommands: [
      ServicesCommand.self,
      OperationsCommand.self,
      SchemaCommand.self,
      DocCommand.self,
      ParseCommand.self,
      ValidateCommand.self,
      SkeletonCommand.self,
      ServeCommand.self,
      PromptCommand.self,
      CompleteCommand.self,
    ]
  )
}
