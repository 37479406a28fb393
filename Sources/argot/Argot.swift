import ArgumentParser
import Glibc

/// The entry point: `argot complete` in its plain forms skips ArgumentParser (it runs on every Tab); everything
/// else goes through `Argot`.
///
/// The entry point is synchronous and runs the async commands as a task while the main thread waits, instead of
/// an `async` main: that one hands the main thread to `dispatch_main`, which ends it with `pthread_exit`, and in
/// a fully static executable the unwinding that follows sorts every frame description of the binary (~20 ms).
@main
enum ArgotMain {
  static func main() {
    let arguments = CommandLine.arguments
    if arguments.count > 1, arguments[1] == "complete", CompleteCommand.runFast(arguments.dropFirst(2)) { return }
    Task.detached {
      await Argot.main(nil)
      exit(0)
    }
    while true { pause() }
  }
}

/// `argot`: answers questions about AWS CLI commands from the botocore models, without calling AWS.
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
      InitCommand.self,
      DoctorCommand.self,
      IndexCommand.self,
    ]
  )
}
