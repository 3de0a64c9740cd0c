// Test support: golden files, recorded once and then compared byte for byte.

package import Foundation

/// Compares output with a golden file beside the test, recording it when missing.
///
/// Record-then-fail, as swift-argument-parser's snapshots: a missing golden file is written and
/// the comparison *fails* with "recorded", so nothing is accepted silently. Set
/// `RECORD_GOLDEN=1` to re-record every golden file a run touches (the test still fails).
package enum GoldenFile {
  /// Returns nil when `actual` equals the golden file, otherwise a message for the failure.
  package static func compare(_ actual: String, golden path: URL) -> String? {
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    let existing = try? String(contentsOf: path, encoding: .utf8)
    if existing == nil || record {
      try? FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: path)
      return "recorded \(path.path); check it in and run the tests again"
    }
    guard let existing, existing != actual else { return nil }
    return "output differs from golden file \(path.path) (re-record with RECORD_GOLDEN=1):\n" + firstDifference(existing, actual)
  }

  private static func firstDifference(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(e.count, a.count) {
      let left = index < e.count ? String(e[index]) : "<end>"
      let right = index < a.count ? String(a[index]) : "<end>"
      if left != right { return "line \(index + 1):\n- \(left)\n+ \(right)" }
    }
    return "(same lines, different bytes)"
  }
}
