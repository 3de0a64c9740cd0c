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
package struct FileDiagnostics: Sendable {
  package let file: String
  package private(set) var collected = Diagnostics()

  package init(file: String) {
    self.file = file
  }

  package mutating func report(_ rule: Rule, at position: SourcePosition, _ message: String, severity: Diagnostic.Severity? = nil) {
    collected.emit(Diagnostic(file: file, position: position, severity: severity, rule: rule, message: message))
  }
}
