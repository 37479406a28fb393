import ArgumentParser

/// `argot`: answers questions about AWS CLI commands from the botocore models, without calling AWS.
@main
struct Argot: AsyncParsableCommand {
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
