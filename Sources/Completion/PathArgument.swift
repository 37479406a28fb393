import CLISchema

/// What kind of path an argument of the AWS CLI takes, when it takes one: a local path, an S3 URI, or either.
///
/// The models say nothing about paths; the CLI's own commands do by their arguments. The `s3` commands name
/// their positional `path` or `paths`: two words (`cp`, `mv`, `sync`: `<LocalPath> <S3Uri>`, `<S3Uri>
/// <LocalPath>` or `<S3Uri> <S3Uri>`) take either, one word (`ls`, `rm`, `mb`, `rb`, `presign`, `website`) an
/// S3 URI. Options the CLI adds that name a file (`--template-file`, `--key-pair-file`,
/// `--certificate-pem-outfile`, `--file-path`, `--local-export-path`) and positionals the derivation marks as
/// files (`s3api get-object … OUTFILE`) take a local path.
enum PathArgument: Equatable {
  /// A file or folder on this machine.
  case local
  /// `s3://bucket/key`.
  case s3
  /// Either, as the `s3` transfer commands take.
  case localOrS3

  /// What `parameter` takes, or nil when it is not a path.
  init?(_ parameter: CLIParameter) {
    if parameter.completion == "file" {
      self = .local
      return
    }
    guard !parameter.isFlag, parameter.memberName == nil, parameter.typeName == "string" else { return nil }
    if parameter.isPositional {
      guard parameter.name == "paths" || parameter.name == "path" else { return nil }
      self = parameter.arity == .fixed && parameter.fixedWordCount == 2 ? .localOrS3 : .s3
      return
    }
    let name = parameter.name
    let fileSuffixes = ["-file", "-outfile", "-file-path", "-export-path"]
    guard name.hasPrefix("--"), fileSuffixes.contains(where: name.hasSuffix) else { return nil }
    self = .local
  }

  /// Whether local files and folders are offered.
  var offersLocalPaths: Bool { self != .s3 }
  /// Whether `s3://` is offered.
  var offersS3: Bool { self != .local }
}
