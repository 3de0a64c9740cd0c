// Stage: Discover (templates). Reading Templates/ for the renderer.

internal import CasebookRender
internal import Foundation

/// Reads every `*.mustache` file and every file under `assets/` from the templates folder.
struct TemplateReader {
  let folder: String

  func read() throws -> TemplateSet {
    let fileManager = FileManager.default
    guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else {
      throw BuildError("\(folder)/ not found: it holds the site's templates")
    }
    var templates: [String: String] = [:]
    for name in Self.templateNames(names) {
      guard let data = fileManager.contents(atPath: folder + "/" + name), let text = String(data: data, encoding: .utf8) else {
        throw BuildError("\(folder)/\(name) cannot be read as UTF-8 text")
      }
      templates[String(name.dropLast(".mustache".count))] = text
    }
    var assets: [String: [UInt8]] = [:]
    for relative in assetPaths() {
      let path = folder + "/assets/" + relative
      guard let data = fileManager.contents(atPath: path) else { throw BuildError("\(path) cannot be read") }
      assets[relative] = Array(data)
    }
    return TemplateSet(templates: templates, assets: assets)
  }

  /// The template files among a folder's names: `*.mustache`, sorted.
  static func templateNames(_ names: [String]) -> [String] {
    names.filter { $0.hasSuffix(".mustache") }.sorted()
  }

  /// The files under `assets/`, relative to it, leaving out hidden files and folders.
  func assetPaths() -> [String] {
    let fileManager = FileManager.default
    var paths: [String] = []
    guard let enumerator = fileManager.enumerator(atPath: folder + "/assets") else { return paths }
    while let relative = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: folder + "/assets/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue,
        !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
      else { continue }
      paths.append(relative)
    }
    return paths
  }
}

/// An operational failure of a build (not a problem in a case): printed as `error: …`, exit 1.
struct BuildError: Error, Equatable, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
