import Botocore
import CLISchema
import JSON

/// What the AWS CLI's own customizations (`awscli/customizations`) do to a request. The options they add have
/// names, types and arities in the CLI layer (`Schemas/cli/`); what those options write into the request, and the
/// parameters the CLI fills in or changes itself, only code can say. Each customization is one named rewrite in a
/// file of its own (`SecurityGroupRuleRewrite.swift`, `RunInstancesRewrite.swift`, `PaginationRewrite.swift`, …);
/// this file says which apply to a command, in the order the CLI applies them:
///
/// 1. while the options become parameters (the CLI's `add_to_params`, in option order): `applyCustomOptions`;
/// 2. after `--cli-input-json` (the CLI's `calling-command` handlers, the paginator's first request and the
///    `before-parameter-build` handlers): `applyCustomDefaults`.
///
/// An added option no rewrite covers is accepted and reported as a `custom-option` note, so nothing typed is
/// silently dropped.
extension ValueBuilder {
  /// The operation as `service.Operation` (botocore names), or nil for a waiter.
  var rewriteKey: String? {
    command.waiter == nil ? "\(command.service.serviceName).\(command.operation.name)" : nil
  }

  /// The added options each rewrite applies, by `service.Operation`.
  static let rewrittenOptions: [String: Set<String>] = {
    var table: [String: Set<String>] = [:]
    for operation in SecurityGroupRuleRewrite.operations {
      table["ec2." + operation] = Set(SecurityGroupRuleRewrite.options)
    }
    table["ec2.RunInstances"] = RunInstancesRewrite.options
    table["cloudwatch.PutMetricData"] = Set(MetricDatumRewrite.options.map(\.option))
    table["emr.ListClusters"] = Set(ClusterStatesRewrite.options.map(\.option))
    for operation in RevisionLocationRewrite.operations {
      table["codedeploy." + operation] = ["--s3-location", "--github-location"]
    }
    table["cloudfront.CreateDistribution"] = ["--origin-domain-name", "--default-root-object"]
    table["cloudfront.CreateInvalidation"] = ["--paths"]
    table["ses.SendEmail"] = Set(SendEmailRewrite.options.map(\.option))
    table["emr.AddTags"] = ["--tags"]
    for (operation, flattened) in CloudSearchRewrite.flattened {
      table[operation] = Set(flattened.options.map(\.option))
    }
    return table
  }()

  /// Applies the rewrites that read options (before `--cli-input-json` is merged).
  mutating func applyCustomOptions(_ given: [String: GivenOption]) {
    let key = rewriteKey ?? ""
    switch key {
    case "ec2.RunInstances": applyRunInstancesOptions(given)
    case "cloudwatch.PutMetricData": applyMetricDatum(given)
    case "emr.ListClusters": applyClusterStates(given)
    case "emr.AddTags": applyEMRTags(given)
    case "cloudfront.CreateDistribution": applyDistributionOrigin(given)
    case "cloudfront.CreateInvalidation": applyInvalidationPaths(given)
    case "ses.SendEmail": applySendEmail(given)
    case "config.PutConfigurationRecorder": applyRecordingGroup()
    case "cloudsearch.DefineExpression", "cloudsearch.DefineIndexField": applyFlattenedCloudSearch(given)
    default:
      if key.hasPrefix("ec2."), SecurityGroupRuleRewrite.operations.contains(String(key.dropFirst(4))) {
        applySecurityGroupRule(given)
      } else if key.hasPrefix("codedeploy."), RevisionLocationRewrite.operations.contains(String(key.dropFirst(11))) {
        applyRevisionLocation(given)
      }
    }
    applyHoistedBlobs(given)
    applyBooleanValueFlagConflicts(given)
    let rewritten = (Self.rewrittenOptions[key] ?? []).union(HoistedBlobRewrite.options)
    for parameter in command.parameters where parameter.origin == .custom && parameter.memberName == nil {
      guard let option = given[parameter.name], !rewritten.contains(parameter.name) else { continue }
      if !parameter.isPositional && !Self.optionsWithoutRequestEffect.contains(parameter.name) {
        run.report(
          .note,
          .customOption,
          "\(parameter.name) is an option the AWS CLI adds itself; argot checks its syntax but does not show "
            + "how it changes the request",
          option: parameter.name,
          at: run.location(word: option.nameWord, range: run.nameRange(option.nameWord))
        )
      }
    }
  }

  /// Added options that only say where the CLI writes its output (nothing in the request changes).
  static let optionsWithoutRequestEffect: Set<String> = [
    "--outfile", "--bootstrap-method", "--certificate-pem-outfile", "--public-key-outfile",
    "--private-key-outfile", "--priv-launch-key",
  ]

  /// Applies what the AWS CLI fills in or changes after `--cli-input-json`.
  mutating func applyCustomDefaults(_ given: [String: GivenOption]) {
    applyPagination(given)
    switch rewriteKey ?? "" {
    case "ec2.RunInstances": applyRunInstancesDefaults()
    case "ec2.CreateNetworkAclEntry", "ec2.ReplaceNetworkAclEntry": applyNetworkACLProtocol()
    case "ec2.GetPasswordData": checkPrivateLaunchKey(run.invocation.options)
    default: break
    }
    applyBotocoreDefaults()
  }

  /// ec2 `get-password-data --priv-launch-key` must name a readable file (the CLI decrypts the password with it;
  /// `customizations/ec2/decryptpassword.py`).
  mutating func checkPrivateLaunchKey(_ options: [GivenOption]) {
    guard let option = options.last(where: { $0.name == "--priv-launch-key" }), let path = option.values.last else {
      return
    }
    let expanded = ParamFile.expandTilde(path, files: run.options.files)
    if case .failure = run.options.files.read(expanded) {
      let message = "priv-launch-key should be a path to the local SSH private key file used to launch the instance."
      refuse(option, message, aws: message)
    }
  }

  /// Reports an option value one of the CLI's own options refuses.
  mutating func refuse(_ option: GivenOption, _ message: String, aws: String) {
    let word = option.valueWords.last ?? option.nameWord
    run.report(
      .error,
      .invalidCustomValue,
      message,
      option: option.name,
      at: run.location(word: word, range: word == option.nameWord ? run.nameRange(word) : nil),
      aws: aws
    )
  }

  /// The last value given to an option, when it is not empty (the CLI's `if value:`).
  func customText(_ given: [String: GivenOption], _ name: String) -> (option: GivenOption, text: String)? {
    guard let option = given[name], let text = option.values.last, !text.isEmpty else { return nil }
    return (option, text)
  }
}
