// Stage: all (diagnostics are shared by every stage).

/// One problem found in one file, with its place, its rule and a message for the contributor.
///
/// Its ``description`` is the one place where the compiler-style line is built:
///
/// ```
/// Content/cases/x.md:3:1: error: unknown key 'sumary'; did you mean 'summary'? [CB016]
/// ```
package struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Codable {
  package enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
  }

  /// The path as shown to the user (relative to the working directory when possible).
  package var file: String
  package var position: SourcePosition
  package var severity: Severity
  package var rule: Rule
  /// What is wrong, without the rule code; a did-you-mean, when there is one, is part of it.
  package var message: String

  package init(file: String, position: SourcePosition, severity: Severity? = nil, rule: Rule, message: String) {
    self.file = file
    self.position = position
    self.severity = severity ?? rule.defaultSeverity
    self.rule = rule
    self.message = message
  }

  package var description: String {
    "\(file):\(position.line):\(position.column): \(severity.rawValue): \(message) [\(rule.code)]"
  }

  /// The order diagnostics are printed in: by file, line, column, then rule and message.
  package static func sortsBefore(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    if lhs.file != rhs.file { return lhs.file < rhs.file }
    if lhs.position != rhs.position { return lhs.position < rhs.position }
    if lhs.rule.code != rhs.rule.code { return lhs.rule.code < rhs.rule.code }
    return lhs.message < rhs.message
  }
}
