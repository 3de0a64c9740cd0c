// Stage: Discover (templates). The default templates, and Templates/ over them.

internal import CasebookRender
internal import Foundation

/// Reads the templates: those built into casebook (``DefaultTemplateFiles``, the files of its
/// repository's `Templates/`), each replaced by the file of the same path in the project's
/// templates folder when it has one. A project needs no `Templates/` at all; one that has it
/// overrides what it holds, file by file.
///
/// ```
/// no Templates/                         →  the built-in home, case, …, assets/site.css
/// Templates/assets/site.css only        →  the built-in templates, that site.css
/// ```
struct TemplateReader {
  let folder: String

  /// Every `*.mustache` file and every file under `assets/`.
  func read() throws -> TemplateSet {
    var templates: [String: String] = [:]
    var assets: [String: [UInt8]] = [:]
    for (relative, bytes) in try files() {
      if relative.hasPrefix("assets/") {
        assets[String(relative.dropFirst("assets/".count))] = bytes
      } else if relative.hasSuffix(".mustache"), !relative.contains("/") {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw BuildError("\(folder)/\(relative) cannot be read as UTF-8 text") }
        templates[String(relative.dropLast(".mustache".count))] = text
      }
    }
    return TemplateSet(templates: templates, assets: assets)
  }

  /// One file (as `case.md`, the skeleton of a new case): the project's, or the built-in one.
  func file(_ relative: String) throws -> [UInt8]? {
    let path = folder + "/" + relative
    guard FileManager.default.fileExists(atPath: path) else { return Self.defaults[relative] }
    guard let data = FileManager.default.contents(atPath: path) else { throw BuildError("\(path) cannot be read") }
    return Array(data)
  }

  /// The built-in files, with the project's over them, by path relative to the folder.
  private func files() throws -> [String: [UInt8]] {
    var files = Self.defaults
    for relative in Self.templateNames((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []) + assetPaths().map({ "assets/" + $0 }) {
      files[relative] = try file(relative)
    }
    return files
  }

  /// The files of this repository's `Templates/` when casebook was built.
  static let defaults: [String: [UInt8]] = DefaultTemplateFiles.base64.mapValues { Array(Data(base64Encoded: $0) ?? Data()) }

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
