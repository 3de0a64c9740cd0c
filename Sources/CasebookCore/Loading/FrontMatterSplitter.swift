// Stage: Parse. Separating YAML front matter from the Markdown body, keeping line numbers.

/// Splits a case file into its YAML front matter and its Markdown body.
///
/// The front matter sits between a `---` line at the very top and the next `---` (or `...`)
/// line. The body keeps every line of the file, with the front matter lines blanked, so the
/// line numbers libcmark reports are file line numbers.
///
/// ```
/// ---            →  yaml: "title: X"  (file line = YAML line + 1)
/// title: X          body: "\n\n\n## Symptom"
/// ---
/// ## Symptom
/// ```
package struct FrontMatterSplitter {
  package struct Split: Sendable {
    /// The YAML between the fences; its line 1 is file line 2.
    package var yaml: String
    package var body: String
    /// The file line of the closing fence.
    package var closingLine: Int
  }

  /// Splits the text, or reports a missing or unterminated front matter and returns nil.
  package static func split(_ source: SourceText, diagnostics: inout FileDiagnostics) -> Split? {
    let lines = source.lines
    guard let first = lines.first, isFence(first, closing: false) else {
      diagnostics.report(.missingFrontMatter, at: .fileStart, "missing front matter: a case starts with a '---' line, then YAML fields, then another '---' line")
      return nil
    }
    guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0], closing: true) }) else {
      diagnostics.report(.unterminatedFrontMatter, at: .fileStart, "front matter is not closed: add a '---' line after the last field")
      return nil
    }
    // The lines are slices of the text, so the lines from one to another joined by line
    // breaks are the text from the first's start to the last's end.
    let yaml = closing > 1 ? String(source.text[lines[1].startIndex..<lines[closing - 1].endIndex]) : ""
    let rest = closing + 1 < lines.count ? source.text[lines[closing + 1].startIndex...] : ""
    let body = String(repeating: "\n", count: closing + 1) + rest
    return Split(yaml: yaml, body: body, closingLine: closing + 1)
  }

  private static func isFence(_ line: Substring, closing: Bool) -> Bool {
    var trimmed = line
    while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
    return trimmed == "---" || (closing && trimmed == "...")
  }
}
