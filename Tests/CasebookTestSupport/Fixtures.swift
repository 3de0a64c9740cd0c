// Test support: finding fixtures beside the tests and the repository itself, and scratch folders.

package import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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

  /// A fresh empty folder for one test, inside this test process's own scratch folder.
  ///
  /// Every such folder is removed when the test process exits, whether its tests passed or
  /// failed (a test that removes its folder itself may still do so); a scratch folder left by
  /// a process that was killed is removed by the next test process.
  ///
  /// ```
  /// temporaryFolder("casebook-site")  →  $TMPDIR/casebook-tests-4242/casebook-site-<uuid>/
  /// ```
  package static func temporaryFolder(_ name: String = "casebook-test") throws -> URL {
    let url = scratchRoot.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// `casebook-tests-PID` in the system's temporary folder: made on first use, after removing
  /// those of processes that no longer run, and removed at exit.
  private static let scratchRoot: URL = {
    let temporary = FileManager.default.temporaryDirectory
    let prefix = "casebook-tests-"
    for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
      try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
    }
    let root = temporary.appendingPathComponent(prefix + String(getpid()))
    try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    atexit {
      let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-tests-" + String(getpid()))
      try? FileManager.default.removeItem(at: root)
    }
    return root
  }()
}
