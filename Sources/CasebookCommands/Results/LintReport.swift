// Stage: CLI. What `casebook lint` found, returned to its caller.

package import CasebookCore

/// The result of `casebook lint`: the diagnostics it printed and how many cases it checked.
package struct LintReport: Sendable {
  /// Every error and warning of the files checked, sorted by file, line and column.
  package var diagnostics: [Diagnostic]
  package var caseCount: Int
  /// Case files whose parse results the last build left were taken as they are.
  package var reused: Int

  /// Whether lint passed: no errors (warnings pass).
  package var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}
