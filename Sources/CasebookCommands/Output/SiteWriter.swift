// Stage: Write. The only code that writes the site to disk.

internal import CasebookRender
internal import Foundation

/// The file operations the writer needs, so tests can make a write fail midway.
protocol SiteFileSystem {
  func exists(_ path: String) -> Bool
  func isDirectory(_ path: String) -> Bool
  func list(_ path: String) throws -> [String]
  func createDirectory(_ path: String) throws
  func write(_ bytes: [UInt8], to path: String) throws
  func move(_ source: String, to destination: String) throws
  func remove(_ path: String) throws
}

/// The real file system.
struct LocalFileSystem: SiteFileSystem {
  private var manager: FileManager { .default }
  func exists(_ path: String) -> Bool { manager.fileExists(atPath: path) }
  func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return manager.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }
  func list(_ path: String) throws -> [String] { try manager.contentsOfDirectory(atPath: path) }
  func createDirectory(_ path: String) throws { try manager.createDirectory(atPath: path, withIntermediateDirectories: true) }
  func write(_ bytes: [UInt8], to path: String) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
  func move(_ source: String, to destination: String) throws { try manager.moveItem(atPath: source, toPath: destination) }
  func remove(_ path: String) throws { try manager.removeItem(atPath: path) }
}

/// Writes a built site atomically: into a fresh folder beside the output, swapped in at the end.
///
/// A build that fails or is interrupted while writing leaves the previous site as it was; files
/// of removed cases disappear because the new folder holds only what this build produced. Left-
/// over folders of an interrupted build (`.Site.tmp-…`) are removed by the next one.
struct SiteWriter {
  var fileSystem: any SiteFileSystem = LocalFileSystem()

  /// The file every Casebook site has; a non-empty folder without it is not replaced.
  static let marker = "cases.json"

  func write(_ output: SiteOutput, to folder: String) throws {
    let target = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    let url = URL(fileURLWithPath: target)
    let parent = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    if fileSystem.exists(target) {
      guard fileSystem.isDirectory(target) else { throw BuildError("\(target) exists and is not a folder") }
      let entries = try fileSystem.list(target)
      if !entries.isEmpty && !entries.contains(Self.marker) {
        throw BuildError("refusing to replace \(target): it is not empty and holds no \(Self.marker), so it is not a Casebook site")
      }
    }
    try fileSystem.createDirectory(parent)
    for leftover in (try? fileSystem.list(parent)) ?? [] where leftover.hasPrefix(".\(name).tmp-") || leftover.hasPrefix(".\(name).old-") {
      try? fileSystem.remove(parent + "/" + leftover)
    }
    let suffix = "\(ProcessInfo.processInfo.processIdentifier)"
    let staging = parent + "/.\(name).tmp-\(suffix)"
    do {
      try fileSystem.createDirectory(staging)
      var made = Set<String>()
      for file in output.sorted {
        let path = staging + "/" + file.path
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if made.insert(directory).inserted { try fileSystem.createDirectory(directory) }
        try fileSystem.write(file.bytes, to: path)
      }
    } catch {
      try? fileSystem.remove(staging)
      throw error
    }
    // Swap: the old site stays whole until the new one is complete.
    if fileSystem.exists(target) {
      let old = parent + "/.\(name).old-\(suffix)"
      try fileSystem.move(target, to: old)
      do {
        try fileSystem.move(staging, to: target)
      } catch {
        try? fileSystem.move(old, to: target)
        try? fileSystem.remove(staging)
        throw error
      }
      try? fileSystem.remove(old)
    } else {
      try fileSystem.move(staging, to: target)
    }
  }

  /// Files that tools make inside a site and that `--check` leaves alone: the whatis index
  /// `mandb` writes when the checkout's man pages are indexed in place, and its cat pages.
  static func isByProduct(_ path: String) -> Bool {
    path == "man/index.db" || (path.hasPrefix("man/cat") && path.dropFirst("man/cat".count).contains("/"))
  }

  /// The paths that differ between a built site and a folder on disk, for `--check`.
  func differences(_ output: SiteOutput, from folder: String) -> [String] {
    var onDisk: [String: [UInt8]] = [:]
    let manager = FileManager.default
    if let enumerator = manager.enumerator(atPath: folder) {
      while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = folder + "/" + relative
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue, !Self.isByProduct(relative) {
          onDisk[relative] = manager.contents(atPath: path).map(Array.init) ?? []
        }
      }
    }
    var lines: [String] = []
    for file in output.sorted {
      guard let existing = onDisk.removeValue(forKey: file.path) else {
        lines.append("missing: \(file.path)")
        continue
      }
      if existing != file.bytes { lines.append("changed: \(file.path)") }
    }
    lines += onDisk.keys.sorted().map { "stale: \($0)" }
    return lines.sorted { $0.split(separator: " ").last! < $1.split(separator: " ").last! }
  }
}
