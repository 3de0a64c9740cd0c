// Stage: CLI. What `casebook lint` found, returned to its caller.

package import CasebookCore

/// The result of `casebook lint`: the diagnostics it printed and how many cases it checked.
package struct LintReport: Sendable {
  /// Every error and warning of the files checked, sorted by file, line and column.
  package var diagnostics: [Diagnostic]
  package var caseCount: Int
  /// Case files whose parse results the last build left were taken as they are.
  package var reused: Int
  /// `--stale --fail-on-stale` found a case past its review date.
  package var staleFails = false

  /// Whether lint passed: no errors (warnings pass), and no overdue case when that fails it.
  package var succeeded: Bool { !staleFails && !diagnostics.contains { $0.severity == .error } }
}
