// Stage: Parse (the libcmark wrapper). Knows nothing about cases.

internal import Ccmark

/// Parsing and rendering through the system's libcmark.
///
/// Every function here copies its result out of libcmark into Swift values and gives the C
/// memory back before returning (a parse's, all at once: ``ParseArena``), so no caller ever
/// holds a C pointer.
package enum CommonMark {
  /// How deep the Swift copy of a tree may nest; deeper subtrees are kept as their plain text.
  ///
  /// libcmark itself handles any depth; the limit keeps recursive Swift walkers (which may run
  /// on small task stacks) safe from hostile input such as ten thousand nested `>`.
  package static let maximumDepth = 128

  /// Parses CommonMark text with source positions and returns the document as Swift values.
  ///
  /// - Parameters:
  ///   - text: the Markdown source. Line numbers in the result count lines of this text.
  ///   - options: parse options; source positions are always on.
  /// - Returns: the document node, and whether some subtree was deeper than ``maximumDepth``
  ///   and was flattened to its text.
  package static func parse(_ text: String, options: ParseOptions = []) -> (document: MarkdownNode, flattened: Bool) {
    withDocument(text, flags: options.rawValue | CMARK_OPT_SOURCEPOS) { root, _ in TreeCopier.copy(root) } ?? (MarkdownNode(kind: .document), false)
  }

  /// Parses the text and hands the document to `body`, with the allocator it was parsed with;
  /// the document, and all else allocated from it, is given back when `body` returns (the
  /// thread's ``ParseArena``: nothing is freed node by node). Nil when libcmark cannot
  /// allocate a parser or a document.
  static func withDocument<T>(_ text: String, flags: Int32, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_mem>) -> T) -> T? {
    ParseArena.withArena { memory in
      guard let parser = cmark_parser_new_with_mem(flags, memory) else { return nil }
      var text = text
      text.withUTF8 { bytes in
        bytes.withMemoryRebound(to: CChar.self) { chars in
          if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
        }
      }
      guard let root = cmark_parser_finish(parser) else { return nil }
      return body(root, memory)
    }
  }

  /// Renders CommonMark text to HTML in libcmark's safe mode.
  ///
  /// Raw HTML is replaced by a comment and `javascript:`, `vbscript:`, `file:` and most `data:`
  /// links are emptied, whatever `options` says: ``ParseOptions/unsafe`` is never passed.
  ///
  /// `"*hi* <b>x</b>"` → `"<p><em>hi</em> <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n"`
  package static func renderHTML(_ text: String, options: ParseOptions = []) -> String {
    let flags = options.subtracting(.unsafe).rawValue
    return withDocument(text, flags: flags) { root, _ in
      // Rendered into the arena, like the document: given back with it.
      cmark_render_html(root, flags).map { SafeHTML.unwrapRefusedLinks(String(cString: $0)) } ?? ""
    } ?? ""
  }
}

extension CommonMark {
  /// Each top-level block of the document, moved into a document of its own (from the same
  /// allocator, so link reference definitions anywhere in the text still resolve) and rendered
  /// in libcmark's safe mode.
  private static func blockHTML(of root: OpaquePointer, memory: UnsafeMutablePointer<cmark_mem>, links: (String) -> String?) -> [String] {
    rewriteLinks(in: root, links)
    var blocks: [OpaquePointer] = []
    var child = cmark_node_first_child(root)
    while let node = child {
      blocks.append(node)
      child = cmark_node_next(node)
    }
    return blocks.map { block in
      guard let document = cmark_node_new_with_mem(CMARK_NODE_DOCUMENT, memory) else { return "" }
      cmark_node_append_child(document, block)  // unlinks it from the original tree
      // Rendered into the arena too, like the document: given back with it.
      guard let rendered = cmark_render_html(document, 0) else { return "" }
      return SafeHTML.unwrapRefusedLinks(String(cString: rendered))
    }
  }
}

extension CommonMark {
  /// Gives each link whose destination `links` maps the destination it maps to.
  private static func rewriteLinks(in root: OpaquePointer, _ links: (String) -> String?) {
    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }
    while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_LINK,
        let url = TreeCopier.string(cmark_node_get_url(node)), let target = links(url)
      else { continue }
      cmark_node_set_url(node, target)
    }
  }
}

extension CommonMark {
  /// What ``parseBlocks(_:products:)`` makes from the one parse besides the outline.
  package struct Products: OptionSet, Sendable {
    package let rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }

    /// The top-level blocks as Swift trees (``MarkdownNode``).
    package static let tree = Products(rawValue: 1)
    /// Each top-level block's HTML, in libcmark's safe mode.
    package static let html = Products(rawValue: 2)
  }

  /// A document parsed once for everything made from it: its outline (for checks and plain
  /// text) and, when asked for, its top-level blocks as trees (for renderers that walk them) and
  /// as safe HTML (for pages). The same parse gives all three, so index `i` names the same block
  /// in each.
  package struct ParsedBlocks: Sendable {
    /// The top-level blocks summarised, as ``outline(_:)`` gives them.
    package var outline: [BlockOutline]
    /// Whether some subtree was deeper than ``maximumDepth`` (and counts as its flat text).
    package var flattened: Bool
    /// The top-level blocks, as ``parse(_:options:)`` gives them; empty without ``Products/tree``.
    package var blocks: [MarkdownNode]
    /// Each top-level block's HTML in libcmark's safe mode, rendered on its own; empty without
    /// ``Products/html``.
    package var html: [String]

    package init(outline: [BlockOutline] = [], flattened: Bool = false, blocks: [MarkdownNode] = [], html: [String] = []) {
      self.outline = outline
      self.flattened = flattened
      self.blocks = blocks
      self.html = html
    }
  }

  /// Parses the text once and gives its outline and, as `products` asks, its top-level blocks
  /// as trees and as safe HTML.
  ///
  /// ```
  /// "## A\n\nx\n", [.tree, .html]  →  outline [heading 2 "A", paragraph "x"],
  ///                                   blocks [heading "A", paragraph "x"], html ["<h2>A</h2>\n", "<p>x</p>\n"]
  /// ```
  ///
  /// `links` may give another destination for a link's (nil: the link stays as written); the
  /// HTML has it, the outline and the trees have the destination as written.
  package static func parseBlocks(_ text: String, products: Products = [], links: (String) -> String? = { _ in nil }) -> ParsedBlocks {
    withDocument(text, flags: CMARK_OPT_SOURCEPOS) { root, memory in
      let (outline, flattened) = OutlineReader.read(root)
      var parsed = ParsedBlocks(outline: outline, flattened: flattened)
      // The tree is copied before rendering, which moves each block into a document of its own.
      if products.contains(.tree) { parsed.blocks = TreeCopier.copy(root).document.children }
      if products.contains(.html) { parsed.html = blockHTML(of: root, memory: memory, links: links) }
      return parsed
    } ?? ParsedBlocks()
  }
}

/// libcmark's parse and render options that this wrapper exposes.
package struct ParseOptions: OptionSet, Sendable {
  package let rawValue: Int32
  package init(rawValue: Int32) { self.rawValue = rawValue }

  /// Render raw HTML and dangerous links. Never passed by ``CommonMark/renderHTML(_:options:)``.
  package static let unsafe = ParseOptions(rawValue: CMARK_OPT_UNSAFE)
}
