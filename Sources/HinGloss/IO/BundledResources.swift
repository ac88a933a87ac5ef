import Foundation

/// The data files shipped with HinGloss as a resource of the library: the glossaries, the
/// romanization tables, the editors' cases and the common-word list, all in one folder.
enum BundledResources {
  /// The shipped `glossaries/` folder, or nil when the library's resources are missing.
  static var glossaries: URL? {
    Bundle.module.resourceURL.map { $0.appendingPathComponent("glossaries") }
      .flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
  }

  /// A path for messages: shipped files as `glossaries/...`, others as given.
  static func displayPath(_ path: String) -> String {
    if let folder = glossaries?.path, path.hasPrefix(folder + "/") {
      return "glossaries/" + path.dropFirst(folder.count + 1)
    }
    return path
  }
}
