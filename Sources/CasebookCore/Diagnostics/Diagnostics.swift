// Stage: all (diagnostics are shared by every stage).

/// A collector of diagnostics: every stage appends, one place prints.
///
/// Stages never stop at the first problem; they report it here and carry on, so one run shows
/// every problem of every file.
package struct Diagnostics: Sendable {
  package private(set) var all: [Diagnostic] = []

  package init() {}

  package mutating func emit(_ diagnostic: Diagnostic) {
    all.append(diagnostic)
  }

  package mutating func emit(contentsOf other: Diagnostics) {
    all.append(contentsOf: other.all)
  }

  package var hasErrors: Bool { all.contains { $0.severity == .error } }
  package var errorCount: Int { all.count { $0.severity == .error } }
  package var warningCount: Int { all.count { $0.severity == .warning } }

  /// Every diagnostic in print order (file, line, column), without exact duplicates.
  package var sorted: [Diagnostic] {
    var seen = Set<Diagnostic>()
    return all.sorted(by: Diagnostic.sortsBefore).filter { seen.insert($0).inserted }
  }
}

/// Collects diagnostics for one file, so checkers only say where and what.
///
/// A file reports at most ``warningsPerRule`` warnings of one rule; the rest are counted and
/// stand as one line after the last shown, so a file with thousands of the same slip (raw HTML
/// on every line of a pasted page) does not bury everything else.
///
/// ```
/// 5,000 × rawHTML  →  20 warnings, then "4980 more warnings like the one above in this file are not shown"
/// ```
package struct FileDiagnostics: Sendable, Codable {
  package let file: String
  private var reported = Diagnostics()
  /// Per rule: how many warnings were reported, and where the first one not shown was.
  private var warnings: [Rule: (count: Int, firstHidden: SourcePosition?)] = [:]

  package static let warningsPerRule = 20

  package init(file: String) {
    self.file = file
  }

  package mutating func report(_ rule: Rule, at position: SourcePosition, _ message: String, severity: Diagnostic.Severity? = nil) {
    let diagnostic = Diagnostic(file: file, position: position, severity: severity, rule: rule, message: message)
    if diagnostic.severity == .warning {
      var tally = warnings[rule] ?? (0, nil)
      tally.count += 1
      if tally.count > Self.warningsPerRule {
        if tally.firstHidden == nil { tally.firstHidden = position }
        warnings[rule] = tally
        return
      }
      warnings[rule] = tally
    }
    reported.emit(diagnostic)
  }

  /// Kept between builds (``ParseCache``) as the file and what was collected.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(file)
    try container.encode(collected.all)
  }

  package init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    self.init(file: try container.decode(String.self))
    for diagnostic in try container.decode([Diagnostic].self) { restore(diagnostic) }
  }

  /// The same diagnostics for the same file named another way (``ParseCache/relocated(_:)``).
  package func relocated(to file: String) -> FileDiagnostics {
    var moved = FileDiagnostics(file: file)
    for var diagnostic in collected.all {
      diagnostic.file = file
      moved.restore(diagnostic)
    }
    return moved
  }

  /// A diagnostic as an earlier run collected it (``ParseCache``): kept as it is.
  package mutating func restore(_ diagnostic: Diagnostic) {
    reported.emit(diagnostic)
  }

  /// Everything reported, with one line for each rule's warnings not shown.
  package var collected: Diagnostics {
    var all = reported
    for (rule, tally) in warnings.sorted(by: { $0.key.code < $1.key.code }) {
      guard let position = tally.firstHidden else { continue }
      let hidden = tally.count - Self.warningsPerRule
      all.emit(Diagnostic(file: file, position: position, severity: .warning, rule: rule, message: "\(hidden) more \(hidden == 1 ? "warning" : "warnings") like the one above in this file \(hidden == 1 ? "is" : "are") not shown"))
    }
    return all
  }
}
