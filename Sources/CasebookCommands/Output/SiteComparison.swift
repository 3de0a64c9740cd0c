// Stage: Write (`--check`). A built site compared with a folder, without writing anything.

internal import CasebookCore
internal import CasebookRender
internal import Foundation

/// Compares a build, part by part, with the files of a folder: `casebook build --check`.
///
/// ```
/// changed: cases/crio-fedora41-wazero-linkname/index.html
/// missing: tags/textrel/index.html
/// stale: cases/removed-case/index.html
/// ```
struct SiteComparison: SiteSink {
  let folder: String
  /// Files on disk not yet matched by a built file.
  private var unmatched: Set<String> = []
  private var lines: [String] = []

  init(folder: String) {
    self.folder = folder
    let manager = FileManager.default
    if let enumerator = manager.enumerator(atPath: folder) {
      while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue, !SiteWriter.isByProduct(relative) {
          unmatched.insert(relative)
        }
      }
    }
  }

  mutating func accept(_ files: [OutputFile]) throws {
    let known = unmatched
    let folder = folder
    let verdicts = files.concurrentMap { file -> String? in
      guard known.contains(file.path) else { return "missing: \(file.path)" }
      return FileManager.default.contents(atPath: folder + "/" + file.path).map(Array.init) == file.bytes ? nil : "changed: \(file.path)"
    }
    for (file, verdict) in zip(files, verdicts) {
      unmatched.remove(file.path)
      if let verdict { lines.append(verdict) }
    }
  }

  /// Every difference, sorted by path.
  var differences: [String] {
    (lines + unmatched.map { "stale: \($0)" }).sorted { $0.split(separator: " ").last! < $1.split(separator: " ").last! }
  }
}
