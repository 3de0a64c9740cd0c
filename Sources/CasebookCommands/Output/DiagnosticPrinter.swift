// Stage: CLI (Write). The one place diagnostics are printed.

internal import CasebookCore
internal import Foundation

/// Prints diagnostics as compiler-style lines on standard error, or as JSON on standard output.
struct DiagnosticPrinter {
  func printText(_ diagnostics: [Diagnostic], summary: String) {
    Console.error(text(diagnostics, summary: summary))
  }

  /// The compiler-style lines and the summary line, as ``printText(_:summary:)`` prints them.
  func text(_ diagnostics: [Diagnostic], summary: String) -> String {
    diagnostics.map { $0.description + "\n" }.joined() + summary + "\n"
  }

  /// One JSON document: every diagnostic plus counts, keys sorted, for tools and editors.
  func printJSON(_ diagnostics: [Diagnostic], cases: Int) {
    struct Entry: Encodable {
      var file: String, line: Int, column: Int, severity: String, code: String, rule: String, message: String
    }
    struct Report: Encodable {
      var diagnostics: [Entry], errors: Int, warnings: Int, cases: Int
    }
    let report = Report(
      diagnostics: diagnostics.map {
        Entry(file: $0.file, line: $0.position.line, column: $0.position.column, severity: $0.severity.rawValue, code: $0.rule.code, rule: $0.rule.rawValue, message: $0.message)
      },
      errors: diagnostics.count { $0.severity == .error }, warnings: diagnostics.count { $0.severity == .warning }, cases: cases)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
    Console.output(String(decoding: data, as: UTF8.self) + "\n")
  }

  /// `Checked 3 cases and the site config: 2 errors, 1 warning.`
  static func summary(_ diagnostics: [Diagnostic], cases: Int) -> String {
    let errors = diagnostics.count { $0.severity == .error }
    let warnings = diagnostics.count { $0.severity == .warning }
    let checked = "Checked \(plural(cases, "case")) and the site config"
    if errors == 0 && warnings == 0 { return "\(checked): no problems." }
    var parts: [String] = []
    if errors > 0 { parts.append(plural(errors, "error")) }
    if warnings > 0 { parts.append(plural(warnings, "warning")) }
    return "\(checked): \(parts.joined(separator: ", "))."
  }

  static func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}

/// Standard output and standard error, written without buffering surprises.
enum Console {
  static func output(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
