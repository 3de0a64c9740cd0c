// Stage: Parse (a case body's rules). The Markdown outline → the case's sections, checked for
// order and content.

package import CommonMark

/// Checks the section rules of a case body (CB030–CB038) and gives its sections: groups the
/// top-level blocks under the `##` headings and checks their names, order and content. The
/// blocks' own rules are ``BlockChecker``'s, run first.
///
/// ```
/// ## Symptom          →  [symptom, background, …]
/// …
/// ## Root Causes      →  5:1: error: unknown section 'Root Causes'; did you mean 'Root cause'? [CB031]
///                         (and 'Root cause' is not reported missing too)
/// # Symptom           →  1:1: error: level-1 heading 'Symptom': sections are '## ' headings; write '## Symptom' [CB037]
/// ```
package struct SectionChecker: Sendable {
  /// Extra accepted headings per section, from the site config for the case's language.
  package let aliases: [SectionKind: [String]]
  /// Every accepted heading, normalized (``normalized(_:)``), and the section it names; where
  /// two sections accept the same heading, the earlier one.
  private let kindsByHeading: [String: SectionKind]

  package init(aliases: [SectionKind: [String]] = [:]) {
    self.aliases = aliases
    var kinds: [String: SectionKind] = [:]
    for kind in SectionKind.allCases {
      for heading in [kind.heading] + (aliases[kind] ?? []) where kinds[Self.normalized(heading)] == nil {
        kinds[Self.normalized(heading)] = kind
      }
    }
    kindsByHeading = kinds
  }

  /// The sections of a parsed body; nil when a rule failed.
  package func check(_ blocks: [BlockOutline], flattened: Bool, source: SourceText, diagnostics: inout FileDiagnostics) -> [CaseSection]? {
    let before = diagnostics.collected.errorCount
    func position(_ block: BlockOutline) -> SourcePosition { source.position(block.start) }
    // A block left open runs to the end: the sections it swallowed are not reported missing.
    let unclosed = BlockChecker.check(blocks, flattened: flattened, source: source, diagnostics: &diagnostics)

    struct Open {
      var kind: SectionKind?
      var heading: String
      var position: SourcePosition
      var headingIndex: Int
      var blocks: [(index: Int, node: BlockOutline)] = []
    }
    var opened: [Open] = []
    var reportedLeadingText = false
    // One mistake, one error: the section a misspelt heading probably meant is not reported
    // missing as well, and a section written as a level-1 heading is that section.
    var meant = Set<SectionKind>()
    for (index, block) in blocks.enumerated() {
      if block.kind == .heading && block.headingLevel == 1 {
        let text = block.plainText.trimmingWhitespace
        if let kind = sectionKind(for: text) {
          diagnostics.report(.levelOneHeading, at: position(block), "level-1 heading '\(text)': sections are '## ' headings; write '## \(text)'")
          opened.append(Open(kind: kind, heading: text, position: position(block), headingIndex: index))
        } else {
          diagnostics.report(.levelOneHeading, at: position(block), "level-1 heading '\(block.plainText)': the case title comes from 'title' in the front matter; sections are '## ' headings")
        }
        continue
      }
      if block.kind == .heading && block.headingLevel == 2 {
        let text = block.plainText.trimmingWhitespace
        let kind = sectionKind(for: text)
        if kind == nil {
          let candidates = SectionKind.allCases.flatMap { [$0.heading] + (aliases[$0] ?? []) }
          let suggestion = Suggestion.closest(to: text, in: candidates)
          if let suggestion, let probable = sectionKind(for: suggestion) { meant.insert(probable) }
          let hint = suggestion.map { "; did you mean '\($0)'?" }
            ?? " (sections are \(SectionKind.allCases.map(displayHeading).joined(separator: ", ")))"
          diagnostics.report(.unknownSection, at: position(block), "unknown section '\(text)'\(hint)")
        }
        opened.append(Open(kind: kind, heading: text, position: position(block), headingIndex: index))
        continue
      }
      if opened.isEmpty {
        if !reportedLeadingText && !Self.isComment(block) {
          diagnostics.report(.textBeforeFirstSection, at: position(block), "text before the first section; start the body with '## \(displayHeading(.symptom))'")
          reportedLeadingText = true
        }
        continue
      }
      opened[opened.count - 1].blocks.append((index, block))
    }

    // Order, duplicates and content.
    var sections: [CaseSection] = []
    var firstSeen: [SectionKind: SourcePosition] = [:]
    var latest: SectionKind?
    let lastLine = max(source.lines.count, 1)
    for (index, open) in opened.enumerated() {
      guard let kind = open.kind else { continue }
      if let first = firstSeen[kind] {
        diagnostics.report(.duplicateSection, at: open.position, "section '\(open.heading)' appears twice (first at line \(first.line))")
        continue
      }
      firstSeen[kind] = open.position
      if let latest, kind < latest {
        diagnostics.report(.sectionOutOfOrder, at: open.position, "section '\(open.heading)' must come before '\(displayHeading(latest))' (order: \(SectionKind.allCases.map(displayHeading).joined(separator: ", ")))")
      } else {
        latest = kind
      }
      let content = open.blocks.filter { !Self.isComment($0.node) }
      var alternatives: [Alternative] = []
      let end = index + 1 < opened.count ? opened[index + 1].headingIndex : blocks.count
      var contentBlocks = (open.headingIndex + 1)..<end
      if content.isEmpty {
        let removable = kind.isRequired ? "" : "; fill it in, or delete the section: it is optional"
        diagnostics.report(.emptySection, at: open.position, "section '\(open.heading)' is empty\(removable)")
      } else if kind == .solutions {
        alternatives = outlineAlternatives(content, end: end, position: position, diagnostics: &diagnostics)
        if let first = alternatives.first { contentBlocks = (open.headingIndex + 1)..<first.headingBlock }
        if alternatives.isEmpty {
          diagnostics.report(.solutionsWithoutAlternatives, at: open.position, "section '\(open.heading)' needs a '### ' subsection for each alternative fix")
        }
      }
      let endLine = index + 1 < opened.count ? opened[index + 1].position.line - 1 : lastLine
      sections.append(CaseSection(
        kind: kind, heading: open.heading, position: open.position, blocks: content.map(\.index),
        hasCode: content.contains { $0.node.kind == .codeBlock }, alternatives: alternatives,
        lines: open.position.line...max(open.position.line, endLine), headingBlock: open.headingIndex, contentBlocks: contentBlocks))
    }
    for kind in SectionKind.allCases where kind.isRequired && firstSeen[kind] == nil && !unclosed && !meant.contains(kind) {
      // Point at the section that should follow the missing one, or at the end of the file.
      let next = sections.first { $0.kind > kind }?.position ?? SourcePosition(line: lastLine, column: 1)
      diagnostics.report(.missingSection, at: next, "missing section '## \(displayHeading(kind))'")
    }
    return diagnostics.collected.errorCount == before ? sections : nil
  }

  /// The heading contributors of this language write for a section: the first alias, or English.
  package func displayHeading(_ kind: SectionKind) -> String {
    aliases[kind]?.first ?? kind.heading
  }

  /// The section a heading names, by English name or configured alias, ignoring case and spacing.
  package func sectionKind(for heading: String) -> SectionKind? {
    kindsByHeading[Self.normalized(heading)]
  }

  private func outlineAlternatives(_ blocks: [(index: Int, node: BlockOutline)], end: Int, position: (BlockOutline) -> SourcePosition, diagnostics: inout FileDiagnostics) -> [Alternative] {
    var alternatives: [Alternative] = []
    for (index, block) in blocks {
      if block.kind == .heading && block.headingLevel == 3 {
        if !alternatives.isEmpty { alternatives[alternatives.count - 1].contentBlocks = alternatives[alternatives.count - 1].headingBlock + 1..<index }
        let title = block.plainText.trimmingWhitespace
        var status: SolutionStatus?
        switch SolutionStatus.marker(in: title) {
        case .status(let found): status = found
        case .misspelt(let word, let suggestion):
          diagnostics.report(
            .unknownSolutionStatus, at: position(block),
            "solution '\(title)' says '\(word)', which is not a status; did you mean '\(suggestion.rawValue)'? (recommended, adopted, workaround, considered, rejected)")
        case .none: break
        }
        alternatives.append(Alternative(title: title, position: position(block), blocks: [], hasCode: false, headingBlock: index, contentBlocks: index + 1..<end, status: status))
      } else if !alternatives.isEmpty {
        alternatives[alternatives.count - 1].blocks.append(index)
        if block.kind == .codeBlock { alternatives[alternatives.count - 1].hasCode = true }
      }
    }
    for alternative in alternatives where alternative.blocks.isEmpty {
      diagnostics.report(.emptyAlternative, at: alternative.position, "solution '\(alternative.title)' is empty")
    }
    return alternatives
  }

  static func isComment(_ block: BlockOutline) -> Bool {
    block.kind == .htmlBlock && isComment(block.literal)
  }

  /// Whether HTML is a comment, which is allowed (it renders as nothing).
  static func isComment(_ literal: String?) -> Bool {
    guard let literal = literal?.trimmingWhitespace else { return false }
    return literal.hasPrefix("<!--") && literal.hasSuffix("-->")
  }

  static func normalized(_ heading: String) -> String {
    heading.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
