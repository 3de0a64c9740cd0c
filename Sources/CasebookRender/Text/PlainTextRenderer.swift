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
    var out = "\(fm.title)\n\(fm.summary)\n\n"
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
    var out = "Runbook: \(fm.title)\n\(fm.summary)\n"
    let body = CaseBody(record.body, products: [.tree])
    for (number, alternative) in (record.section(.solutions)?.alternatives ?? []).enumerated() {
      out += "\nSolution \(number + 1): \(alternative.title)\n\n" + steps(body.blocks(of: alternative))
    }
    if let validation = record.section(.validation) {
      out += "\n\(validation.heading)\n\n" + steps(body.blocks(of: validation))
    }
    return out
  }

  private func steps(_ nodes: [MarkdownNode]) -> String {
    var steps: [String] = []
    for node in nodes where node.kind != .htmlBlock {
      let prefix = "  [ ] \(steps.count + 1). "
      let pad = String(repeating: " ", count: prefix.count)
      if node.kind == .codeBlock {
        var lines = (node.literal ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        steps.append(prefix + "Run:\n" + lines.map { pad + $0 + "\n" }.joined())
      } else {
        var text = blocks([node], indent: pad)
        while text.hasSuffix("\n") { text.removeLast() }
        steps.append(prefix + text.dropFirst(pad.count) + "\n")
      }
    }
    return steps.joined(separator: "\n")
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
        if let url = node.url, !url.isEmpty, url != label { out += " <\(url)>" }
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
