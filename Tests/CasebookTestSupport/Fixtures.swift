// Test support: finding fixtures beside the tests and the repository itself.

package import Foundation

/// Paths of fixture folders (beside the test file that uses them) and of the repository.
package enum Fixtures {
  /// The folder holding the test file: `#filePath` of the caller, minus the file name.
  package static func folder(of filePath: String) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent()
  }

  /// The repository root: the folder above `Tests/`.
  package static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// A fresh empty folder under the system's temporary folder.
  package static func temporaryFolder(_ name: String = "casebook-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
