// Stage: Render (terminal). A case as plain text, for `casebook show` without man.

package import CasebookCore
internal import CommonMark

/// Renders a case, or its runbook, as plain text for a terminal or a pipe.
///
/// Text is not wrapped (the terminal wraps, and copied lines stay whole); code blocks are
/// indented four spaces with every line as written.
///
/// ```
/// SYMPTOM                      ## Symptom
///                              
/// The link fails:         ←    The link fails:
///                              
///     ld: undefined …          ```
///                              ld: undefined …
///                              ```
/// ```
package struct PlainTextRenderer {
  package init() {}

  package func render(_ record: CaseRecord, config: SiteConfig) -> String {
    let fm = record.frontMatter
    var out = "\(fm.title)\n\(fm.summary.plain)\n\n"
    out += "Status: \(fm.status.rawValue); recorded \(fm.date)" + (fm.updated.map { "; updated \($0)" } ?? "") + "\n"
    if !fm.components.isEmpty { out += "Components: \(fm.components.joined(separator: ", "))\n" }
    if !fm.tags.isEmpty { out += "Tags: \(fm.tags.joined(separator: ", "))\n" }
    let aliases = config.language(for: fm.lang)?.headings ?? [:]
    let body = CaseBody(record.body, products: [.tree])
    for section in record.sections {
      out += "\n" + (aliases[section.kind]?.first ?? section.kind.heading.uppercased()) + "\n\n"
      if section.kind == .symptom && !fm.signatures.isEmpty {
        out += "Error signatures:\n\n" + fm.signatures.map { "    \($0)\n" }.joined() + "\n"
      }
      if section.kind == .solutions {
        out += blocks(body.blocks(of: section).prefix { !($0.kind == .heading && $0.headingLevel == 3) }.map { $0 })
        for (number, alternative) in section.alternatives.enumerated() {
          out += "\(number + 1). \(alternative.title)\n\n" + blocks(body.blocks(of: alternative))
        }
      } else {
        out += blocks(body.blocks(of: section))
      }
    }
    if !fm.references.isEmpty {
      out += "\nREFERENCES\n\n" + fm.references.map { "- \($0.title)\n  \($0.url)\n" }.joined()
    }
    return out
  }

  /// The solutions and the validation as numbered steps, for working through a fix.
  package func renderRunbook(_ record: CaseRecord) -> String {
    let fm = record.frontMatter
    var out = "Runbook: \(fm.title)\n\(fm.summary.plain)\n"
    let body = CaseBody(record.body, products: [.tree])
    // Recommended first, then adopted, workarounds and unmarked; the rest only named.
    let alternatives = SolutionStatus.inRunbookOrder(record.section(.solutions)?.alternatives ?? []) { $0.status }
    for (offset, alternative) in alternatives {
      if alternative.status?.isSetAside == true {
        out += "\nSolution \(offset + 1): \(alternative.title) — set aside, not a fix to follow\n"
        continue
      }
      out += "\nSolution \(offset + 1): \(alternative.title)\n\n" + steps(body.blocks(of: alternative))
    }
    if let validation = record.section(.validation) {
      out += "\n\(validation.heading)\n\n" + steps(body.blocks(of: validation))
    }
    return out
  }

  /// A checklist as the runbook page makes it (``CaseBodyRenderer/steps``): ordered-list items
  /// and code blocks are steps with a box, "Run:" only before a shell command; prose is
  /// context, indented without a box.
  private func steps(_ nodes: [MarkdownNode]) -> String {
    var items: [String] = []
    var number = 0
    let pad = String(repeating: " ", count: 9)
    func step(_ text: String) {
      number += 1
      let prefix = "  [ ] \(number). "
      items.append(prefix + text.dropFirst(min(pad.count, text.prefix { $0 == " " }.count)) + "\n")
    }
    func trimmed(_ text: String) -> String {
      var text = text
      while text.hasSuffix("\n") { text.removeLast() }
      return text
    }
    for node in nodes where node.kind != .htmlBlock {
      if node.kind == .codeBlock {
        var lines = (node.literal ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        let shell = CaseBodyRenderer.shells.contains(node.fenceInfo.split(separator: " ").first.map { $0.lowercased() } ?? "") || lines.first?.hasPrefix("$ ") == true
        let code = lines.map { pad + $0 }.joined(separator: "\n")
        step(shell ? pad + "Run:\n" + code : code)
      } else if node.kind == .list && node.listOrdered {
        for item in node.children { step(trimmed(blocks(item.children, indent: pad))) }
      } else {
        items.append(trimmed(blocks([node], indent: "       ")) + "\n")
      }
    }
    return items.joined(separator: "\n")
  }

  private func blocks(_ nodes: [MarkdownNode], indent: String = "") -> String {
    var out = ""
    for node in nodes {
      switch node.kind {
      case .paragraph:
        out += indent + inline(node.children) + "\n\n"
      case .heading:
        out += indent + node.plainText + "\n\n"
      case .codeBlock:
        var lines = (node.literal ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        out += lines.map { indent + "    " + $0 + "\n" }.joined() + "\n"
      case .list:
        var number = node.listStart
        for item in node.children {
          let marker = node.listOrdered ? "\(number). " : "- "
          number += 1
          let body = blocks(item.children, indent: indent + String(repeating: " ", count: marker.count))
          let trimmed = body.dropFirst(indent.count + marker.count)
          out += indent + marker + trimmed.replacingDoubleBlankLines
        }
        out += "\n"
      case .blockQuote:
        out += blocks(node.children, indent: indent + "> ")
      case .thematicBreak:
        out += indent + "----\n\n"
      default:
        break
      }
    }
    return out
  }

  private func inline(_ nodes: [MarkdownNode]) -> String {
    var out = ""
    for node in nodes {
      switch node.kind {
      case .text, .code: out += node.literal ?? ""
      case .softBreak: out += " "
      case .lineBreak: out += "\n"
      case .link:
        let label = inline(node.children)
        out += label
        if let linked = node.url.flatMap(LinkedCase.init(destination:)) {
          // Another case: its id, as `casebook show` and `man` take it.
          if label != linked.id { out += " (\(linked.id))" }
        } else if let url = node.url, !url.isEmpty, url != label {
          out += " <\(url)>"
        }
      case .image: out += node.plainText
      case .htmlInline: break
      default: out += inline(node.children)
      }
    }
    return out
  }
}

extension StringProtocol {
  /// List items are separated by one blank line, not two.
  fileprivate var replacingDoubleBlankLines: String {
    var text = String(self)
    while text.hasSuffix("\n\n") { text.removeLast() }
    return text + "\n"
  }
}
