// Stage: Parse (the libcmark wrapper). The one place that reads libcmark nodes.

internal import Ccmark

/// Copies a libcmark tree into ``MarkdownNode`` values, iteratively (no recursion on C nodes).
enum TreeCopier {
  private struct Frame {
    var node: MarkdownNode
    var depth: Int
  }

  static func copy(_ root: OpaquePointer) -> (document: MarkdownNode, flattened: Bool) {
    guard let iterator = cmark_iter_new(root) else { return (MarkdownNode(kind: .document), false) }
    defer { cmark_iter_free(iterator) }
    var stack: [Frame] = []
    var finished = MarkdownNode(kind: .document)
    var flattened = false
    var skipUntil: OpaquePointer? = nil  // a too-deep node whose subtree is kept as text only

    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let cNode = cmark_iter_get_node(iterator) else { continue }

      if let skipped = skipUntil {
        if event == CMARK_EVENT_EXIT && cNode == skipped { skipUntil = nil }
        continue
      }
      let isLeaf = !nodeHasChildrenType(cNode)

      if event == CMARK_EVENT_ENTER {
        var node = makeNode(cNode)
        if stack.count >= CommonMark.maximumDepth && !isLeaf {
          // Keep the subtree as its text, so no text is lost, and skip its descendants.
          flattened = true
          node = MarkdownNode(kind: .text, start: node.start, end: node.end, literal: flatText(cNode))
          skipUntil = cNode
          append(node, to: &stack, finished: &finished)
          continue
        }
        if isLeaf {
          append(node, to: &stack, finished: &finished)
        } else {
          stack.append(Frame(node: node, depth: stack.count))
        }
      } else if event == CMARK_EVENT_EXIT {
        guard let frame = stack.popLast() else { continue }
        append(frame.node, to: &stack, finished: &finished)
      }
    }
    return (finished, flattened)
  }

  private static func append(_ node: MarkdownNode, to stack: inout [Frame], finished: inout MarkdownNode) {
    if stack.isEmpty {
      finished = node
    } else {
      stack[stack.count - 1].node.children.append(node)
    }
  }

  /// Whether libcmark reports ENTER and EXIT events for this node (containers) or one event (leaves).
  static func nodeHasChildrenType(_ node: OpaquePointer) -> Bool {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK,
      CMARK_NODE_HTML_INLINE, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_THEMATIC_BREAK:
      return false
    default:
      return true
    }
  }

  private static func makeNode(_ node: OpaquePointer) -> MarkdownNode {
    let type = cmark_node_get_type(node)
    var result = MarkdownNode(kind: kind(of: type))
    result.start = start(of: node)
    if result.start != nil {
      let endLine = Int(cmark_node_get_end_line(node))
      let endColumn = Int(cmark_node_get_end_column(node))
      if endLine > 0 { result.end = CommonMarkPosition(line: endLine, column: max(endColumn, 1)) }
    }
    switch type {
    case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
      result.literal = string(cmark_node_get_literal(node))
      if type == CMARK_NODE_CODE_BLOCK { result.fenceInfo = string(cmark_node_get_fence_info(node)) ?? "" }
    case CMARK_NODE_HEADING:
      result.headingLevel = Int(cmark_node_get_heading_level(node))
    case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
      result.url = string(cmark_node_get_url(node))
      result.title = string(cmark_node_get_title(node))
    case CMARK_NODE_LIST:
      result.listOrdered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
      result.listStart = Int(cmark_node_get_list_start(node))
    default:
      break
    }
    return result
  }

  /// Where a node starts, when libcmark knows.
  static func start(of node: OpaquePointer) -> CommonMarkPosition? {
    let line = Int(cmark_node_get_start_line(node))
    let column = Int(cmark_node_get_start_column(node))
    return line > 0 && column > 0 ? CommonMarkPosition(line: line, column: column) : nil
  }

  /// The text of a subtree, gathered with a separate iterator (used past the depth limit).
  static func flatText(_ node: OpaquePointer) -> String {
    guard let iterator = cmark_iter_new(node) else { return "" }
    defer { cmark_iter_free(iterator) }
    var out = ""
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
      switch cmark_node_get_type(child) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
        if !out.isEmpty && cmark_node_get_type(child) == CMARK_NODE_CODE_BLOCK { out += " " }
        out += string(cmark_node_get_literal(child)) ?? ""
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH:
        out += " "
      default:
        break
      }
    }
    return out
  }

  static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  static func kind(of type: cmark_node_type) -> MarkdownNode.Kind {
    switch type {
    case CMARK_NODE_DOCUMENT: return .document
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_LIST: return .list
    case CMARK_NODE_ITEM: return .item
    case CMARK_NODE_CODE_BLOCK: return .codeBlock
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock
    case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
    case CMARK_NODE_PARAGRAPH: return .paragraph
    case CMARK_NODE_HEADING: return .heading
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    case CMARK_NODE_TEXT: return .text
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code
    case CMARK_NODE_HTML_INLINE: return .htmlInline
    case CMARK_NODE_CUSTOM_INLINE: return .customInline
    case CMARK_NODE_EMPH: return .emphasis
    case CMARK_NODE_STRONG: return .strong
    case CMARK_NODE_LINK: return .link
    case CMARK_NODE_IMAGE: return .image
    default: return .unknown
    }
  }
}
