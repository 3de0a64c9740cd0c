// Stage: Parse (the libcmark wrapper). Knows nothing about cases.

/// One node of a parsed CommonMark document, copied out of libcmark into a Swift value.
///
/// The tree holds no C pointers: ``CommonMark/parse(_:options:)`` walks libcmark's tree once,
/// copies what callers need and frees the C memory before it returns.
///
/// ```
/// "## Symptom\n\nIt `fails`."  →  document
///                                   heading(level 2) @1:1  [text "Symptom"]
///                                   paragraph @3:1         [text "It ", code "fails", text "."]
/// ```
package struct MarkdownNode: Sendable, Equatable {
  /// What kind of node this is.
  package enum Kind: Sendable, Equatable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
    case thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline
    case emphasis, strong, link, image
    /// A node libcmark knows and this wrapper does not (a newer libcmark).
    case unknown
  }

  package var kind: Kind
  /// Where the node starts, when libcmark tracks it (block nodes and most inlines).
  package var start: CommonMarkPosition?
  /// Where the node ends, when libcmark tracks it.
  package var end: CommonMarkPosition?
  /// Text of leaf nodes: text, code spans, code blocks, raw HTML.
  package var literal: String?
  /// 1...6 for headings, 0 otherwise.
  package var headingLevel: Int
  /// The info string of a fenced code block (`go` in ```` ```go ````), empty otherwise.
  package var fenceInfo: String
  /// Destination of links and images.
  package var url: String?
  /// Title of links and images.
  package var title: String?
  /// Whether a list is ordered, and its first number.
  package var listOrdered: Bool
  package var listStart: Int
  package var children: [MarkdownNode]

  package init(
    kind: Kind, start: CommonMarkPosition? = nil, end: CommonMarkPosition? = nil,
    literal: String? = nil, headingLevel: Int = 0, fenceInfo: String = "", url: String? = nil,
    title: String? = nil, listOrdered: Bool = false, listStart: Int = 0, children: [MarkdownNode] = []
  ) {
    self.kind = kind
    self.start = start
    self.end = end
    self.literal = literal
    self.headingLevel = headingLevel
    self.fenceInfo = fenceInfo
    self.url = url
    self.title = title
    self.listOrdered = listOrdered
    self.listStart = listStart
    self.children = children
  }

  /// Whether the node is a block (as opposed to inline content).
  package var isBlock: Bool { kind.isBlock }

  /// The node's text without markup: the literals of its descendants, soft breaks as spaces,
  /// and a line break between blocks.
  ///
  /// `Root *causes*` → `Root causes`.
  package var plainText: String {
    var out = ""
    appendPlainText(to: &out)
    return out
  }

  private func appendPlainText(to out: inout String) {
    switch kind {
    case .text, .code, .codeBlock:
      out += literal ?? ""
    case .softBreak, .lineBreak:
      out += " "
    case .htmlInline, .htmlBlock:
      break
    default:
      for (index, child) in children.enumerated() {
        if index > 0, child.isBlock, !out.hasSuffix("\n") { out += "\n" }
        child.appendPlainText(to: &out)
      }
    }
  }
}

extension MarkdownNode.Kind {
  /// Whether nodes of this kind are blocks (as opposed to inline content).
  package var isBlock: Bool {
    switch self {
    case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph,
      .heading, .thematicBreak:
      return true
    default:
      return false
    }
  }
}

/// A position in the parsed text as libcmark reports it.
///
/// Both numbers are 1-based; the column counts UTF-8 bytes from the start of the line.
package struct CommonMarkPosition: Sendable, Equatable, Hashable {
  package var line: Int
  package var column: Int

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}
