import Botocore
import JSON

/// Options the AWS CLI adds for a blob inside a structure, so that a file can be given on its own: the value goes
/// into that member of the structure, next to what the structure's own option gave (awscli
/// `customizations/awslambda.py`, `rekognition.py`, `translate.py`, `quicksight.py`, `binaryhoist.py`).
enum HoistedBlobRewrite {
  /// A hoisted blob: the option, the top-level member it writes into and the blob member inside it.
  struct Hoist {
    var option: String
    var parent: String
    var member: String
  }

  /// The hoists, by `service.Operation`; `service.*` applies to every operation of the service with the option.
  static let hoists: [String: [Hoist]] = [
    "lambda.CreateFunction": [Hoist(option: "--zip-file", parent: "Code", member: "ZipFile")],
    "lambda.PublishLayerVersion": [Hoist(option: "--zip-file", parent: "Content", member: "ZipFile")],
    "rekognition.CompareFaces": [
      Hoist(option: "--source-image-bytes", parent: "SourceImage", member: "Bytes"),
      Hoist(option: "--target-image-bytes", parent: "TargetImage", member: "Bytes"),
    ],
    "rekognition.*": [Hoist(option: "--image-bytes", parent: "Image", member: "Bytes")],
    "translate.ImportTerminology": [Hoist(option: "--data-file", parent: "TerminologyData", member: "File")],
    "translate.TranslateDocument": [Hoist(option: "--document-content", parent: "Document", member: "Content")],
    "quicksight.StartAssetBundleImportJob": [
      Hoist(option: "--asset-bundle-import-source-bytes", parent: "AssetBundleImportSource", member: "Body")
    ],
  ]

  /// The hoisted options of every operation, for the table of rewritten options.
  static var options: Set<String> { Set(hoists.values.joined().map(\.option)) }
}

extension ValueBuilder {
  mutating func applyHoistedBlobs(_ given: [String: GivenOption]) {
    guard let key = rewriteKey, let input = model.inputShape(of: command.operation) else { return }
    let hoists =
      (HoistedBlobRewrite.hoists[key] ?? [])
      + (HoistedBlobRewrite.hoists[command.service.serviceName + ".*"] ?? [])
    for hoist in hoists {
      guard let option = given[hoist.option], let parent = input.member(named: hoist.parent) else { continue }
      let path = ValuePath.root.appending(key: hoist.parent).appending(key: hoist.member)
      guard let value = unpackCustom(option, as: hoist.member, of: parent.reference, path: path) else { continue }
      var object = parameters[hoist.parent]?.objectValue ?? JSONObject()
      object[hoist.member] = value
      parameters[hoist.parent] = .object(object)
    }
  }
}
