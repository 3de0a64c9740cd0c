// Stage: Render. cases.json: every case's metadata and section text, for tools.

internal import CasebookCore
internal import Foundation

/// The machine-readable listing of every case; its schema is documented in docs/cases-json.md.
package struct CasesJSON {
  /// Bumped when a field changes meaning or disappears; adding fields does not bump it.
  package static let version = 1

  struct Document: Encodable {
    var version: Int
    var site: Site
    var cases: [Case]
  }
  struct Site: Encodable {
    var title: String
    var description: String
    var baseURL: String?
  }
  struct Case: Encodable {
    var id, url, title, summary, date, status, lang: String
    var updated: String?
    var tags, components, environment, signatures, related: [String]
    var references: [Reference]
    var sections: [Section]
  }
  struct Reference: Encodable {
    var title, url: String
  }
  struct Section: Encodable {
    var id, kind, heading, text: String
  }

  let knowledgeBase: KnowledgeBase

  package func json() throws -> String {
    let config = knowledgeBase.config
    let document = Document(
      version: Self.version,
      site: Site(title: config.title, description: config.description, baseURL: config.baseURL),
      cases: knowledgeBase.cases.map { record in
        let fm = record.frontMatter
        return Case(
          id: record.id.rawValue, url: "cases/\(record.id)/index.html", title: fm.title, summary: fm.summary,
          date: fm.date.description, status: fm.status.rawValue, lang: fm.lang ?? config.defaultLanguage,
          updated: fm.updated?.description, tags: fm.tags, components: fm.components, environment: fm.environment,
          signatures: fm.signatures, related: knowledgeBase.relatedCases(of: record).map(\.id.rawValue),
          references: fm.references.map { Reference(title: $0.title, url: $0.url) },
          sections: record.sections.map { section in
            Section(id: section.kind.slug, kind: section.kind.slug, heading: section.heading, text: section.text)
          })
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}
