// Stage: Parse (the libcmark wrapper). Knows nothing about cases.

/// A top-level block of a document, summarised without its subtree.
///
/// What checking a document's outline needs — the kind of each top-level block, where it
/// starts, its plain text, and the raw HTML anywhere inside it — without copying the block's
/// whole tree into Swift values. Every field is what the same block of
/// ``CommonMark/parse(_:options:)`` gives: `plainText` is its ``MarkdownNode/plainText``,
/// `html` lists its HTML nodes and `links` its links' and images' destinations in document
/// order (subtrees past ``CommonMark/maximumDepth`` are text there, so they list none).
///
/// ```
/// "## Symptom\n\nIt <b>fails</b>.\n"  →  [heading 2 "Symptom" at 1:1,
///                                         paragraph "It fails." at 3:1, html [<b> at 3:4, </b> at 3:12]]
/// ```
package struct BlockOutline: Sendable, Equatable {
  /// An HTML block or inline HTML node and its position.
  package struct HTML: Sendable, Equatable {
    package var start: CommonMarkPosition?
    package var literal: String?

    package init(start: CommonMarkPosition?, literal: String?) {
      self.start = start
      self.literal = literal
    }
  }

  /// A link or an image, and its position.
  package struct Link: Sendable, Equatable {
    package var start: CommonMarkPosition?
    package var destination: String
    package var isImage: Bool

    package init(start: CommonMarkPosition?, destination: String, isImage: Bool = false) {
      self.start = start
      self.destination = destination
      self.isImage = isImage
    }
  }

  package var kind: MarkdownNode.Kind
  package var headingLevel: Int
  package var start: CommonMarkPosition?
  /// The line the block ends on (0 when libcmark does not say): a block left open runs to the
  /// end of the document.
  package var endLine: Int
  /// The literal of an HTML block (what tells a comment from markup); nil for other kinds.
  package var literal: String?
  package var plainText: String
  package var html: [HTML]
  package var links: [Link]

  package init(
    kind: MarkdownNode.Kind, headingLevel: Int = 0, start: CommonMarkPosition? = nil, endLine: Int = 0, literal: String? = nil, plainText: String = "", html: [HTML] = [],
    links: [Link] = []
  ) {
    self.kind = kind
    self.headingLevel = headingLevel
    self.start = start
    self.endLine = endLine
    self.literal = literal
    self.plainText = plainText
    self.html = html
    self.links = links
  }
}
