/// The version `argot --version` prints.
enum ArgotVersion {
  static let string = "0.1.0"
}
