// The Chinese edition of the seeded case says what the English one says: the same facts in
// the front matter, the same sections and solutions, the same code, lists and links.

import CasebookCore
import CasebookTestSupport
import CommonMark
import Foundation
import Testing

@Suite struct EditionTests {
  /// A case as written, and what each of its sections holds.
  struct Edition {
    var record: CaseRecord
    /// Per section: its kind, its code blocks (exact), how many list items, links and paragraphs.
    var sections: [(kind: SectionKind, code: [String], items: Int, links: [String], paragraphs: Int)]
  }

  static func edition(_ name: String) throws -> Edition {
    let content = Fixtures.repositoryRoot.appendingPathComponent("Content")
    var diagnostics = FileDiagnostics(file: "casebook.yml")
    let config = try #require(SiteConfig.load(SourceFile(path: "casebook.yml", bytes: Array(try Data(contentsOf: content.appendingPathComponent("casebook.yml")))), diagnostics: &diagnostics))
    let text = try String(contentsOf: content.appendingPathComponent("cases/\(name).md"), encoding: .utf8)
    let record = try #require(CaseLoader.load(SourceFile(path: "Content/cases/\(name).md", text: text), config: config).record)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let sections = record.sections.map { section in
      let body = lines[section.lines.lowerBound..<min(section.lines.upperBound, lines.count)].joined(separator: "\n")
      var code: [String] = [], items = 0, links: [String] = [], paragraphs = 0
      func walk(_ node: MarkdownNode) {
        switch node.kind {
        case .codeBlock: code.append(node.literal ?? "")
        case .item: items += 1
        case .link: links.append(node.url ?? "")
        case .paragraph: paragraphs += 1
        default: break
        }
        node.children.forEach(walk)
      }
      CommonMark.parseBlocks(body, products: .tree).blocks.forEach(walk)
      return (section.kind, code, items, links, paragraphs)
    }
    return Edition(record: record, sections: sections)
  }

  @Test("the Chinese edition of the CRI-O case has the English one's facts, sections, solutions, code, lists and links")
  func chineseEditionIsComplete() throws {
    let english = try Self.edition("crio-fedora41-wazero-linkname")
    let chinese = try Self.edition("crio-fedora41-wazero-linkname-zh")
    let en = english.record.frontMatter, zh = chinese.record.frontMatter
    #expect(zh.lang == "zh" && en.lang == nil)
    #expect(zh.date == en.date && zh.status == en.status && zh.components == en.components && zh.tags == en.tags)
    #expect(zh.applicability == en.applicability)
    #expect(zh.signatures == en.signatures, "the same error lines, as the logs print them")
    #expect(zh.references.map(\.url) == en.references.map(\.url), "the same references, in the same order")
    #expect(zh.environment.count == en.environment.count)
    #expect(Set(zh.related.map(\.value)) == Set(en.related.map(\.value)).subtracting([chinese.record.id.rawValue]).union([english.record.id.rawValue]))
    #expect(chinese.record.sections.map(\.kind) == english.record.sections.map(\.kind))
    let solutions = { (edition: Edition) in edition.record.sections.first { $0.kind == .solutions }?.alternatives.count }
    #expect(solutions(chinese) == solutions(english))
    for (zhSection, enSection) in zip(chinese.sections, english.sections) {
      #expect(zhSection.code == enSection.code, "\(enSection.kind): the same code blocks")
      #expect(zhSection.items == enSection.items, "\(enSection.kind): as many list items")
      #expect(zhSection.links == enSection.links, "\(enSection.kind): the same links")
      #expect(zhSection.paragraphs == enSection.paragraphs, "\(enSection.kind): as many paragraphs")
    }
  }
}
