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
    for name in names.sorted() where name.hasSuffix(".mustache") {
      guard let data = fileManager.contents(atPath: folder + "/" + name), let text = String(data: data, encoding: .utf8) else {
        throw BuildError("\(folder)/\(name) cannot be read as UTF-8 text")
      }
      templates[String(name.dropLast(".mustache".count))] = text
    }
    var assets: [String: [UInt8]] = [:]
    let assetFolder = folder + "/assets"
    if let enumerator = fileManager.enumerator(atPath: assetFolder) {
      while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = assetFolder + "/" + relative
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
          !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
        else { continue }
        guard let data = fileManager.contents(atPath: path) else { throw BuildError("\(path) cannot be read") }
        assets[relative] = Array(data)
      }
    }
    return TemplateSet(templates: templates, assets: assets)
  }
}

/// An operational failure of a build (not a problem in a case): printed as `error: …`, exit 1.
struct BuildError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
