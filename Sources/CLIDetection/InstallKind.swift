/// How the `aws` program the user runs was installed, which decides where its models are.
public enum InstallKind: String, Sendable, Hashable {
  /// The AWS CLI v2 installer's bundle (`…/aws-cli/v2/<version>/dist`), models under `dist/awscli/botocore/data`.
  case v2Bundle = "v2-bundle"
  /// A Python installation: pip, pipx, a virtualenv, Homebrew's virtualenv or a distribution package.
  case python
  /// A pyenv shim, resolved to the Python version that provides `aws`.
  case pyenv
  /// Something else, or nothing was found.
  case unknown
}
