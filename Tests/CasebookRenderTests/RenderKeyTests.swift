// Render keys: a case's key changes whenever its files would, so a build may keep them.

import CasebookCore
@testable import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

@Suite struct RenderKeyTests {
  /// The project's own templates.
  static func templates() throws -> TemplateSet {
    let folder = Fixtures.repositoryRoot.appendingPathComponent("Templates")
    var templates: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
      templates[String(name.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    return TemplateSet(templates: templates)
  }

  static func record(_ id: String, title: String = "Title", summary: String = "Summary", frontMatter: String = "", body: String = "It fails.") throws -> CaseRecord {
    let text = "---\ntitle: \(title)\nsummary: \(summary)\ndate: 2025-01-02\n\(frontMatter)---\n\n## Symptom\n\n\(body)\n\n## Background\n\nB\n\n## Root cause\n\nC\n\n## Solutions\n\n### Fix\n\n```\nrun --flag\n```\n\n## Validation\n\nE\n"
    return try #require(CaseLoader.load(SourceFile(path: "Content/cases/\(id).md", text: text), config: SiteConfig(title: "T", description: "D")).record)
  }

  /// Edits of case `other`, which case `subject` lists as similar (they share a signature and a component).
  enum Edit: String, CaseIterable, CustomTestStringConvertible {
    case title, summary, body, tagCount, notSimilar, related
    var testDescription: String { rawValue }
    /// Whether the subject's page and runbook, as the project's templates render them, show the edit.
    var showsOnSubject: Bool { [.title, .notSimilar, .related].contains(self) }
    /// Whether the edit reaches what the subject's templates are given (a site's own templates
    /// may show the summaries of similar cases, or the counts of tags): the key must change.
    var reachesSubject: Bool { self != .body }

    func other() throws -> CaseRecord {
      let shared = "signatures: [\"ld: undefined reference to wazero\"]\ncomponents: [wazero]\n"
      return switch self {
      case .title: try record("other-case", title: "Another title", frontMatter: shared)
      case .summary: try record("other-case", summary: "Another summary", frontMatter: shared)
      case .body: try record("other-case", frontMatter: shared, body: "It fails differently.")
      case .tagCount: try record("other-case", frontMatter: shared + "tags: [go]\n")
      case .notSimilar: try record("other-case", frontMatter: "components: [cri-o]\n")
      case .related: try record("other-case", frontMatter: shared + "related: [subject-case]\n")
      }
    }
  }

  @Test("a case's page key changes when an edit of another case reaches its page, and only then", arguments: Edit.allCases)
  func pageKeyFollowsOtherCases(edit: Edit) throws {
    let subject = try Self.record("subject-case", frontMatter: "signatures: [\"ld: undefined reference to wazero\"]\ncomponents: [wazero]\ntags: [go]\n")
    let before = [subject, try Self.record("other-case", frontMatter: "signatures: [\"ld: undefined reference to wazero\"]\ncomponents: [wazero]\n"), try Self.record("third-case")]
    var after = before
    after[1] = try edit.other()
    func render(_ cases: [CaseRecord]) throws -> (key: UInt64, man: UInt64, files: [[UInt8]]) {
      let renderer = try SiteRenderer(assembly: Assembly(knowledgeBase: KnowledgeBase(config: SiteConfig(title: "T", description: "D"), cases: cases)), templates: Self.templates())
      let position = try #require(renderer.knowledgeBase.byID[subject.id])
      let outputs = try renderer.renderCases([(position, BuildPlan.Work(page: true, man: true), cases.first { $0.id == subject.id }!.body)], loader: CaseLoader(config: renderer.knowledgeBase.config))
      return (renderer.pageKey(position), renderer.manKey(position), outputs[0].files.map(\.bytes))
    }
    let (keyBefore, manBefore, filesBefore) = try render(before)
    let (keyAfter, manAfter, filesAfter) = try render(after)
    #expect((filesBefore[..<2] != filesAfter[..<2]) == edit.showsOnSubject, "the edit shows on the subject's page and runbook")
    #expect((keyBefore != keyAfter) == edit.reachesSubject, "the page key changes with what the page is made from")
    #expect((filesBefore[2] != filesAfter[2]) == (manBefore != manAfter), "the man key changes with the man page")
  }

  @Test("a card's key follows what the card shows: its fields and its terms' counts, not its body")
  func cardKeys() throws {
    let config = SiteConfig(title: "T", description: "D")
    func keys(_ cases: [CaseRecord]) throws -> [UInt64] {
      let renderer = try SiteRenderer(assembly: Assembly(knowledgeBase: KnowledgeBase(config: config, cases: cases)), templates: Self.templates())
      return try cases.map { renderer.cardKey(try #require(renderer.knowledgeBase.byID[$0.id])) }
    }
    let subject = try Self.record("subject-case", frontMatter: "tags: [go]\n")
    let other = try Self.record("other-case")
    let base = try keys([subject, other])
    #expect(try keys([subject, try Self.record("other-case", body: "Changed.")]) == base)
    #expect(try keys([subject, try Self.record("other-case", frontMatter: "tags: [go]\n")])[0] != base[0], "the count of the subject's tag moved")
    #expect(try keys([try Self.record("subject-case", summary: "New", frontMatter: "tags: [go]\n"), other])[0] != base[0])
  }

  @Test("similar cases read back from bytes are those found again, and only for the same inputs")
  func similarCasesRoundTrip() throws {
    let config = SiteConfig(title: "T", description: "D")
    let shared = "signatures: [\"ld: undefined reference to wazero\"]\ncomponents: [wazero]\n"
    let cases = try (0..<8).map { try Self.record("case-\($0)-x", frontMatter: $0 % 3 == 0 ? shared : "components: [wazero]\n") }
    let knowledgeBase = KnowledgeBase(config: config, cases: cases)
    let found = SimilarCases(knowledgeBase)
    let read = try #require(SimilarCases(bytes: found.bytes, for: knowledgeBase))
    for position in cases.indices { #expect(read.matches(of: position) == found.matches(of: position)) }
    #expect(found.matches(of: 0).count == SimilarCases.limit)
    var edited = cases
    edited[1].body = "Another body."
    edited[1].frontMatter.title = "Another title"
    #expect(SimilarCases(bytes: found.bytes, for: KnowledgeBase(config: config, cases: edited)) != nil, "neither body nor title is an input")
    edited[1].frontMatter.signatures = ["ld: something else"]
    #expect(SimilarCases(bytes: found.bytes, for: KnowledgeBase(config: config, cases: edited)) == nil)
    #expect(SimilarCases(bytes: Array(found.bytes.dropLast()), for: knowledgeBase) == nil)
  }

  @Test("a case's own edit and a template edit change its page key; only its own edit changes its man key")
  func ownEditsAndTemplates() throws {
    let config = SiteConfig(title: "T", description: "D")
    let original = try SiteRenderer(assembly: Assembly(knowledgeBase: KnowledgeBase(config: config, cases: [try Self.record("subject-case")])), templates: Self.templates())
    let edited = try SiteRenderer(assembly: Assembly(knowledgeBase: KnowledgeBase(config: config, cases: [try Self.record("subject-case", body: "It fails now.")])), templates: Self.templates())
    var templates = try Self.templates()
    templates.templates["foot"]! += "<!-- changed -->\n"
    let restyled = try SiteRenderer(assembly: Assembly(knowledgeBase: KnowledgeBase(config: config, cases: [try Self.record("subject-case")])), templates: templates)
    let reconfigured = try SiteRenderer(assembly: Assembly(knowledgeBase: KnowledgeBase(config: config, cases: [try Self.record("subject-case")])), templates: Self.templates(), configDigest: 1)
    #expect(original.pageKey(0) != edited.pageKey(0) && original.manKey(0) != edited.manKey(0))
    #expect(original.pageKey(0) != restyled.pageKey(0) && original.manKey(0) == restyled.manKey(0))
    #expect(original.pageKey(0) != reconfigured.pageKey(0) && original.manKey(0) != reconfigured.manKey(0))
    let again = try SiteRenderer(assembly: Assembly(knowledgeBase: KnowledgeBase(config: config, cases: [try Self.record("subject-case")])), templates: Self.templates())
    #expect(original.pageKey(0) == again.pageKey(0) && original.manKey(0) == again.manKey(0))
  }
}
