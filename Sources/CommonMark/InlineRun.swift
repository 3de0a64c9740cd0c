// Stage: Parse (the libcmark wrapper). One-line texts read as inline Markdown, many in one parse.

internal import Ccmark

/// A piece of a line of inline Markdown whose characters share their styles.
///
/// Links and images keep their text (an image its description), raw HTML and entities are
/// text as they read: what a line of inline Markdown says, without anything that leads
/// elsewhere or runs.
package struct InlineRun: Sendable, Hashable, Codable {
  package var text: String
  package var code = false
  package var emphasis = false
  package var strong = false

  package init(text: String, code: Bool = false, emphasis: Bool = false, strong: Bool = false) {
    self.text = text
    self.code = code
    self.emphasis = emphasis
    self.strong = strong
  }
}

extension CommonMark {
  /// Each line read as the inline Markdown of a paragraph of its own, all lines in one parse.
  ///
  /// A line is never a block: what would open a heading, a list, a quote, a thematic break, a
  /// code fence, an HTML block or a link reference definition at its start is read as text, so
  /// each line reads the same whatever lines are parsed with it. Leading and trailing spaces
  /// go; a line break inside a line is a space.
  ///
  /// ```
  /// ["After `nginx -s reload`, *some* workers", "# 1. not a heading"]
  ///   →  [["After ", "nginx -s reload" (code), ", ", "some" (emphasis), " workers"], ["# 1. not a heading"]]
  /// ```
  package static func inlineRuns(of lines: [String]) -> [[InlineRun]] {
    let trimmed = lines.map(oneLine)
    let paragraphs = trimmed.map(paragraphText)
    // What a line reads as when no paragraph of the parse is its own: its text, unstyled.
    var result = trimmed.map { $0.isEmpty ? [] : [InlineRun(text: $0)] }
    // Each non-empty line is a paragraph starting at its own line of the document.
    // The document opens with a blank line: libcmark drops a byte order mark at its very start,
    // which would make a first line that opens with one read otherwise than the others.
    var lineOfDocument: [Int: Int] = [:]
    var document = "\n"
    var line = 2
    for (index, text) in paragraphs.enumerated() where !text.isEmpty {
      lineOfDocument[line] = index
      document += text + "\n\n"
      line += 2
    }
    guard line > 2 else { return result }
    _ = withDocument(document, flags: CMARK_OPT_SOURCEPOS) { root, _ in
      var child = cmark_node_first_child(root)
      while let node = child {
        if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, let index = lineOfDocument[Int(cmark_node_get_start_line(node))] {
          var runs: [InlineRun] = []
          appendRuns(of: node, styles: InlineRun(text: ""), depth: 0, to: &runs)
          result[index] = runs
        }
        child = cmark_node_next(node)
      }
    }
    return result
  }

  /// The line on one line (a line break is a space), without spaces or tabs around it.
  static func oneLine(_ line: String) -> String {
    var text = Substring(line.contains(where: \.isNewline) ? line.split(whereSeparator: \.isNewline).joined(separator: " ") : line)
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return String(text)
  }

  /// A line (``oneLine(_:)``) as the text of a paragraph: with a backslash before what would
  /// start a block.
  ///
  /// Read in bytes, as libcmark reads: `` ```\u{301} `` is a fence though as Swift characters
  /// its third backtick and the combining mark are one.
  static func paragraphText(_ line: String) -> String {
    let bytes = Array(line.utf8)
    guard let first = bytes.first else { return "" }
    func isSpace(_ byte: UInt8?) -> Bool { byte.map { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } ?? true }
    func run(of mark: UInt8) -> Int { bytes.prefix { $0 == mark }.count }
    let escapeFirst: Bool
    switch first {
    case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "<"):
      escapeFirst = true
    case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "_"):
      // A list item's marker, or a thematic break (three or more of one mark, spaces between).
      let item = first != UInt8(ascii: "_") && isSpace(bytes.dropFirst().first)
      let thematicBreak = first != UInt8(ascii: "+") && bytes.allSatisfy { $0 == first || isSpace($0) } && bytes.count { $0 == first } >= 3
      escapeFirst = item || thematicBreak
    case UInt8(ascii: "~"):
      escapeFirst = run(of: first) >= 3
    case UInt8(ascii: "`"):
      // A fence opens with three backticks and no backtick after them on the line.
      escapeFirst = run(of: first) >= 3 && !bytes.dropFirst(run(of: first)).contains(first)
    case UInt8(ascii: "["):
      // A link reference definition: `[label]:` somewhere on the line.
      escapeFirst = zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "]") && $1 == UInt8(ascii: ":") }
    default:
      escapeFirst = false
    }
    if escapeFirst { return "\\" + line }
    // An ordered list item: up to nine digits, then `.` or `)` and a space or the end.
    let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
    if (1...9).contains(digits), digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"), isSpace(bytes.dropFirst(digits + 1).first) {
      return String(decoding: bytes[..<digits], as: UTF8.self) + "\\" + String(decoding: bytes[digits...], as: UTF8.self)
    }
    return line
  }

  /// The runs of a paragraph's inline nodes; past ``maximumDepth`` a subtree is its plain text.
  private static func appendRuns(of node: OpaquePointer, styles: InlineRun, depth: Int, to runs: inout [InlineRun]) {
    var child = cmark_node_first_child(node)
    while let inline = child {
      var run = styles
      switch cmark_node_get_type(inline) {
      case CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE:
        run.text = TreeCopier.string(cmark_node_get_literal(inline)) ?? ""
      case CMARK_NODE_CODE:
        run.text = TreeCopier.string(cmark_node_get_literal(inline)) ?? ""
        run.code = true
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        run.text = " "
      default:
        let type = cmark_node_get_type(inline)
        run.emphasis = run.emphasis || type == CMARK_NODE_EMPH
        run.strong = run.strong || type == CMARK_NODE_STRONG
        if depth >= maximumDepth {
          run.text = TreeCopier.flatText(inline)
        } else {
          appendRuns(of: inline, styles: run, depth: depth + 1, to: &runs)
          run.text = ""
        }
      }
      if !run.text.isEmpty {
        // Neighbours of the same styles are one run.
        if let last = runs.last, last.code == run.code, last.emphasis == run.emphasis, last.strong == run.strong {
          runs[runs.count - 1].text += run.text
        } else {
          runs.append(run)
        }
      }
      child = cmark_node_next(inline)
    }
  }
}
