// Stage: Parse (the libcmark wrapper). Reads the outline of a libcmark tree.

internal import Ccmark

/// Summarises the top-level blocks of a libcmark tree as ``BlockOutline`` values, walking the
/// C nodes once and copying only literals, without building ``MarkdownNode`` trees.
///
/// It follows ``TreeCopier`` and ``MarkdownNode/plainText`` rule for rule: a container deeper
/// than ``CommonMark/maximumDepth`` counts as a text node holding its flat text, and a block
/// after another block starts a new line of plain text.
enum OutlineReader {
  private struct Frame {
    /// Children of this container met so far.
    var children = 0
  }

  static func read(_ root: OpaquePointer) -> (blocks: [BlockOutline], flattened: Bool) {
    guard let iterator = cmark_iter_new(root) else { return ([], false) }
    defer { cmark_iter_free(iterator) }
    var blocks: [BlockOutline] = []
    var current = BlockOutline(kind: .unknown)
    // The block's plain text, gathered as the literals' bytes and made a string once per
    // block: a string per literal, appended to another, was two thirds of reading an outline.
    var text: [UInt8] = []
    func finish() {
      current.plainText = String(decoding: text, as: UTF8.self)
      blocks.append(current)
    }
    var stack: [Frame] = []
    var flattened = false
    var skipUntil: OpaquePointer? = nil

    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      if let skipped = skipUntil {
        if event == CMARK_EVENT_EXIT && node == skipped { skipUntil = nil }
        continue
      }
      let isLeaf = !TreeCopier.nodeHasChildrenType(node)

      if event == CMARK_EVENT_EXIT {
        guard !stack.isEmpty else { continue }
        stack.removeLast()
        if stack.count == 1 { finish() }  // a top-level container ends
        continue
      }
      guard event == CMARK_EVENT_ENTER else { continue }
      let depth = stack.count
      if depth == 0 {  // the document
        stack.append(Frame())
        continue
      }
      let index = stack[depth - 1].children
      stack[depth - 1].children += 1
      if depth >= CommonMark.maximumDepth && !isLeaf {
        // TreeCopier keeps this subtree as one text node: its flat text, not a block.
        flattened = true
        text += TreeCopier.flatText(node).utf8
        skipUntil = node
        continue
      }
      let type = cmark_node_get_type(node)
      let kind = TreeCopier.kind(of: type)
      if depth == 1 {
        current = BlockOutline(kind: kind, start: TreeCopier.start(of: node), endLine: max(0, Int(cmark_node_get_end_line(node))))
        text.removeAll(keepingCapacity: true)
        if type == CMARK_NODE_HEADING { current.headingLevel = Int(cmark_node_get_heading_level(node)) }
        if type == CMARK_NODE_HTML_BLOCK { current.literal = TreeCopier.string(cmark_node_get_literal(node)) }
      } else if index > 0, kind.isBlock, text.last != UInt8(ascii: "\n") {
        text.append(UInt8(ascii: "\n"))
      }
      switch kind {
      case .text, .code, .codeBlock:
        if let literal = cmark_node_get_literal(node) {
          var end = literal
          while end.pointee != 0 { end += 1 }
          text.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: end - literal))
        }
      case .softBreak, .lineBreak:
        text.append(UInt8(ascii: " "))
      case .htmlInline, .htmlBlock:
        current.html.append(BlockOutline.HTML(start: TreeCopier.start(of: node), literal: TreeCopier.string(cmark_node_get_literal(node))))
      case .link, .image:
        current.links.append(
          BlockOutline.Link(start: TreeCopier.start(of: node), destination: TreeCopier.string(cmark_node_get_url(node)) ?? "", isImage: kind == .image))
      default:
        break
      }
      if !isLeaf {
        stack.append(Frame())
      } else if depth == 1 {
        finish()  // a top-level leaf: code block, HTML block, thematic break
      }
    }
    return (blocks, flattened)
  }
}
