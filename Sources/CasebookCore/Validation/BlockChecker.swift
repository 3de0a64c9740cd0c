// Stage: Parse (a case body's rules). The blocks themselves: how deep, raw HTML, left open.

package import CommonMark

/// Checks the block rules of a case body (CB039–CB041, CB044): Markdown nested too deep, raw
/// HTML (which is not rendered), a link that goes nowhere on the site, and the commonest slip of
/// all, a fenced code block, an HTML comment or a raw HTML block (`<script>`, `<pre>`, `<style>`,
/// `<textarea>`) that is opened and never closed, and so runs to the end of the file, taking
/// every section after it with it.
///
/// A block left open is reported at the line that opened it, which is where the mistake is;
/// the sections it swallowed are then not reported missing (``SectionChecker``), since closing
/// the block brings them back, and it is not reported again as raw HTML.
///
/// ```
/// <div class="x"> (closed)   →  12:1: warning: raw HTML is not rendered; write it in Markdown or as code [CB040]
/// 42 ```sh  (no closing fence)  →  42:1: error: code block opened here with ``` is never closed: the rest of
///                                  the file is code, the sections after it too; close it with ``` on a line of its own [CB041]
/// 42 <!-- draft                 →  42:1: error: HTML comment opened here with <!-- is never closed: … close it with --> [CB041]
/// see [the graph](graph.png)     →  warning: link to 'graph.png' goes nowhere on the site: link to another case by its
///                                   file name ('other-case.md'), or give a whole address ('https://…') [CB044]
/// ![the graph](graph.png)        →  warning: image 'graph.png' goes nowhere on the site, which holds only what casebook
///                                   makes: put the file in Templates/assets/ and write '../../assets/graph.png', or give
///                                   a whole address ('https://…') [CB044]
/// [it](../nginx-reload/)         →  warning: link to '../nginx-reload/' goes to a case's page by its path; did you mean
///                                   'nginx-reload.md'? (a link to another case is its file name, which lint checks) [CB044]
/// ```
package enum BlockChecker {
  /// Checks the top-level blocks of a body (`flattened` when libcmark's tree was cut at
  /// ``CommonMark/maximumDepth``); whether the last block was left open.
  package static func check(_ blocks: [BlockOutline], flattened: Bool, source: SourceText, diagnostics: inout FileDiagnostics) -> Bool {
    if flattened {
      diagnostics.report(.nestingTooDeep, at: .fileStart, "Markdown nested more than \(CommonMark.maximumDepth) levels deep (lists or quotes inside each other)")
    }
    let unclosed = checkLastBlock(blocks, source: source, diagnostics: &diagnostics)
    for html in blocks.flatMap(\.html) where !SectionChecker.isComment(html.literal) && !(unclosed && html.start == blocks.last?.start) {
      diagnostics.report(.rawHTML, at: source.position(html.start), "raw HTML is not rendered; write it in Markdown or as code")
    }
    for link in blocks.flatMap(\.links) {
      guard let problem = problem(with: link.destination, image: link.isImage) else { continue }
      diagnostics.report(.relativeLink, at: source.position(link.start), "\(link.isImage ? "image" : "link to") '\(link.destination)' \(problem)")
    }
    return unclosed
  }

  /// What is wrong with a link's (or an `image`'s) destination, or nil: an address with a
  /// scheme (`https:`, `mailto:`), `//host/…`, an anchor of the page, another case's file name
  /// (``LinkedCase``, for a link) and a path to a file of the site (a tag's page, the search
  /// page) are fine. Any other path goes nowhere: the site holds only what casebook makes; and
  /// a path to a case's page is better written as its file name, which is checked and works
  /// where the Markdown is read as files.
  static func problem(with destination: String, image: Bool = false) -> String? {
    guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("//") else { return nil }
    guard image || LinkedCase(destination: destination) == nil else { return nil }
    let scheme = destination.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }
    if scheme.count < destination.count, destination.dropFirst(scheme.count).first == ":", scheme.first?.isLetter == true,
      scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) })
    {
      return nil
    }
    let path = destination.prefix { $0 != "#" && $0 != "?" }
    let name = path.split(separator: "/").last.map(String.init) ?? "image.png"
    let nowhere = image
      ? "goes nowhere on the site, which holds only what casebook makes: put the file in Templates/assets/ and write '../../assets/\(name)', or give a whole address ('https://…')"
      : "goes nowhere on the site: link to another case by its file name ('other-case.md'), or give a whole address ('https://…')"
    guard !path.hasPrefix("/") else { return nowhere }
    // The path from the case's page, `cases/<id>/` ("" standing for the case's own folder).
    var resolved = [SiteRoutes.casesFolder, ""]
    for part in path.split(separator: "/") where part != "." {
      if part != ".." {
        resolved.append(String(part))
      } else if resolved.popLast() == nil {
        return nowhere
      }
    }
    guard let top = resolved.first else { return nil }  // the site's root
    if top != SiteRoutes.casesFolder { return SiteRoutes.topLevel.contains(top) ? nil : nowhere }
    if image { return nowhere }
    // A case's page by its path (`../nginx-reload/`, `../nginx-reload/index.html`), or its id
    // without `.md` (`nginx-reload`, which is nothing beside the page).
    let pages = ["index.html", "runbook.html"]
    let ownFolder = resolved.count > 1 && resolved[1].isEmpty
    var parts = resolved.dropFirst().filter { !$0.isEmpty }
    if ownFolder && parts.count == 1 && pages.contains(parts[0]) { return nil }
    if !ownFolder, parts.count == 2, let last = parts.last, pages.contains(last) { parts.removeLast() }
    guard parts.count == 1, let name = parts.first, let id = CaseID(rawValue: name) else { return nowhere }
    let fragment = destination.firstIndex(of: "#").map { String(destination[$0...]) } ?? ""
    let meant = "did you mean '\(id).md\(fragment)'? (a link to another case is its file name, which lint checks)"
    return (ownFolder ? "goes nowhere on the site; " : "goes to a case's page by its path; ") + meant
  }

  /// Checks the body's last top-level block, the only one that can run to its end; whether it
  /// found one left open.
  private static func checkLastBlock(_ blocks: [BlockOutline], source: SourceText, diagnostics: inout FileDiagnostics) -> Bool {
    guard let last = blocks.last, let start = last.start, source.lines.indices.contains(start.line - 1) else { return false }
    let opening = source.lines[start.line - 1].drop { $0 == " " }
    let position = source.position(start)
    switch last.kind {
    case .codeBlock:
      // The lines after the opening one, to the block's end (none when libcmark ends the block on
      // its first line).
      guard let fence = fence(opening), !closes(fence, lines: (start.line + 1)..<max(start.line + 1, last.endLine + 1), in: source) else { return false }
      // Fences pair up in order: a bare fence left over may be one meant to close a block above,
      // and the first code block holding a section heading shows a fence is missing at or
      // before it.
      var hint = ""
      if opening.dropFirst(fence.count).allSatisfy(\.isWhitespace), blocks.dropLast().contains(where: { $0.kind == .codeBlock }) {
        let swallowing = blocks.dropLast().first { $0.kind == .codeBlock && ($0.plainText.hasPrefix("## ") || $0.plainText.contains("\n## ")) }
        if let swallowing, let line = swallowing.start?.line, let heading = swallowing.plainText.split(separator: "\n").first(where: { $0.hasPrefix("## ") }) {
          hint = " (fences pair up in order: the code block at line \(line) holds the heading '\(heading)', so a closing fence is missing at or before it)"
        } else {
          hint = " (if it was meant to close the code block above it, that block's own closing fence is the one missing)"
        }
      }
      diagnostics.report(.unclosedBlock, at: position, "code block opened here with \(fence) is never closed: the rest of the file is code, the sections after it too; close it with \(fence) on a line of its own\(hint)")
    case .htmlBlock:
      let literal = last.literal ?? ""
      if opening.hasPrefix("<!--") {
        guard !literal.contains("-->") else { return false }
        diagnostics.report(.unclosedBlock, at: position, "HTML comment opened here with <!-- is never closed: the rest of the file is hidden, the sections after it too; close it with -->")
      } else if let tag = ["script", "pre", "style", "textarea"].first(where: { opening.lowercased().hasPrefix("<" + $0) }) {
        guard !literal.lowercased().contains("</\(tag)>") else { return false }
        diagnostics.report(.unclosedBlock, at: position, "<\(tag)> opened here is never closed: the rest of the file is inside it, the sections after it too; close it with </\(tag)>, or write it as code")
      } else {
        return false
      }
    default:
      return false
    }
    return true
  }

  /// The fence a line opens a code block with (three or more backticks or tildes), or nil.
  private static func fence(_ line: Substring) -> String? {
    guard let mark = line.first, mark == "`" || mark == "~" else { return nil }
    let run = line.prefix { $0 == mark }
    return run.count >= 3 ? String(run) : nil
  }

  /// Whether one of these lines closes a block opened with `fence`: the same character, at
  /// least as many, nothing after but spaces.
  private static func closes(_ fence: String, lines: Range<Int>, in source: SourceText) -> Bool {
    lines.contains { number in
      guard source.lines.indices.contains(number - 1) else { return false }
      let line = source.lines[number - 1].drop { $0 == " " }
      let run = line.prefix { $0 == fence.first }
      return run.count >= fence.count && line.dropFirst(run.count).allSatisfy(\.isWhitespace)
    }
  }
}
