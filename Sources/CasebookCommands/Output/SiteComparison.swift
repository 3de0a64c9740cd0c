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
  /// Files being received a part at a time, with the digest of their parts so far.
  private var partial: [String: ContentDigest.Stream] = [:]

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

  /// A part of a file made a part at a time: digested, and compared whole at ``finish(_:)``.
  mutating func append(_ part: [UInt8], to path: String) throws {
    var digest = partial[path] ?? ContentDigest.Stream()
    digest.add(part)
    partial[path] = digest
  }

  mutating func finish(_ path: String) throws {
    let digest = (partial.removeValue(forKey: path) ?? ContentDigest.Stream()).value
    let known = unmatched.remove(path) != nil
    if !known {
      lines.append("missing: \(path)")
    } else if FileManager.default.contents(atPath: folder + "/" + path).map({ ContentDigest.of(Array($0)) }) != digest {
      lines.append("changed: \(path)")
    }
  }

  /// Every difference, sorted by path.
  var differences: [String] {
    (lines + unmatched.map { "stale: \($0)" }).sorted { $0.split(separator: " ").last! < $1.split(separator: " ").last! }
  }
}
