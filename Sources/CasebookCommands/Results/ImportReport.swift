// Stage: CLI. What `casebook import` did, returned to its caller.

package import CasebookCore

/// The result of `casebook import`: each runbook, where it went and what was not a plain
/// mapping, and what lint finds in the cases made.
package struct ImportReport: Sendable {
  package struct Item: Sendable {
    package var source: String
    /// The case file written (or that would be, with `--dry-run`); nil when the runbook was not read.
    package var path: String?
    package var title: String
    /// `symptom ← Meaning, Impact`, in the case's order.
    package var placed: [String]
    package var notes: [RunbookImport.Note]
  }

  package var items: [Item]
  /// Lint's errors and warnings for the imported cases.
  package var diagnostics: [Diagnostic]
  package var dryRun: Bool

  /// Whether every runbook was read and every imported case passes lint.
  package var succeeded: Bool { items.allSatisfy { $0.path != nil } && !diagnostics.contains { $0.severity == .error } }

  /// One block per runbook: where it goes, what went where, and the notes at the runbook's lines.
  package var plan: String {
    items.map { item in
      var text = "\(item.source) → \(item.path ?? "not imported")" + (item.title.isEmpty ? "" : "  \"\(item.title)\"") + "\n"
      if !item.placed.isEmpty { text += "  " + item.placed.joined(separator: " · ") + "\n" }
      for note in item.notes { text += "  \(item.source):\(note)\n" }
      return text
    }.joined()
  }

  var summary: String {
    let count = items.filter { $0.path != nil }.count
    let verb = dryRun ? "Would import" : "Imported"
    let runbooks = "\(count) runbook\(count == 1 ? "" : "s")"
    let errors = diagnostics.filter { $0.severity == .error }
    let failing = Set(errors.map(\.file)).count
    let unread = items.count - count
    var text = "\(verb) \(runbooks)"
    text += failing == 0 ? (count == 0 ? "." : "; \(count == 1 ? "it passes" : "each passes") lint.") : "; \(failing) fail\(failing == 1 ? "s" : "") lint (above)."
    if unread > 0 { text += " \(unread) not read (above)." }
    return text + (dryRun ? " Nothing was written." : "")
  }
}
