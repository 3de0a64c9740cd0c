// Stage: Render. cases.json: every case's metadata and section text, for tools.

package import CasebookCore
internal import Foundation

/// The machine-readable listing of every case; its schema is documented in docs/cases-json.md.
package struct CasesJSON {
  /// Bumped when a field changes meaning or disappears; adding fields does not bump it.
  package static let version = 1

  package struct Document: Encodable {
    var version: Int
    var site: Site
    var cases: [Case]
  }
  package struct Site: Encodable {
    var title: String
    var description: String
    var baseURL: String?
  }
  package struct Case: Encodable {
    var id, url, title, summary, date, status, lang: String
    var updated: String?
    var tags, components, environment, signatures, related: [String]
    var references: [Reference]
    var sections: [Section]
  }
  package struct Reference: Encodable {
    var title, url: String
  }
  package struct Section: Encodable {
    var id, kind, heading, text: String
  }

  let knowledgeBase: KnowledgeBase

  /// The whole document, with these case entries.
  package func document(cases: [Case]) -> Document {
    let config = knowledgeBase.config
    return Document(version: Self.version, site: Site(title: config.title, description: config.description, baseURL: config.baseURL), cases: cases)
  }

  /// One case's entry.
  package func entry(_ record: CaseRecord) -> Case {
    let config = knowledgeBase.config
    let fm = record.frontMatter
    return Case(
      id: record.id.rawValue, url: "cases/\(record.id)/index.html", title: fm.title, summary: fm.summary,
      date: fm.date.description, status: fm.status.rawValue, lang: fm.lang ?? config.defaultLanguage,
      updated: fm.updated?.description, tags: fm.tags, components: fm.components, environment: fm.environment,
      signatures: fm.signatures, related: knowledgeBase.relatedCases(of: record).map(\.id.rawValue),
      references: fm.references.map { Reference(title: $0.title, url: $0.url) },
      sections: zip(record.sections, record.sectionTexts()).map { section, text in
        Section(id: section.kind.slug, kind: section.kind.slug, heading: section.heading, text: text)
      })
  }

  /// The file, made a batch of cases at a time: what `JSONEncoder` writes for
  /// ``document(cases:)`` with sorted keys, pretty-printed, without escaping slashes, and a
  /// final line break.
  ///
  /// Each case is encoded on its own (on every core, a batch at a time) and handed to the
  /// writer a batch at a time, since cases.json carries the text of every case and the encoder
  /// would otherwise hold it all at once, several times over. Pretty-printed JSON puts each case
  /// at a fixed depth, and a string never holds a raw line break, so indenting every line of a
  /// case's own encoding by its depth gives the same bytes.
  package func file() -> StreamedFile {
    StreamedFile(path: "cases.json", produce: write)
  }

  /// The file's bytes, for tests and tools that want them whole.
  package func json() throws -> [UInt8] { try file().bytes() }

  private func write(_ part: ([UInt8]) throws -> Void) throws {
    let skeleton = try Self.encode(document(cases: []))
    let emptyCases = Array(#""cases" : [\#n\#n  ]"#.utf8)
    let cases = knowledgeBase.cases
    guard !cases.isEmpty, let hole = skeleton.firstRange(of: emptyCases) else { return try part(skeleton + [0x0A]) }
    try part(Array(skeleton[..<hole.lowerBound]) + Array(#""cases" : ["#.utf8))
    for start in stride(from: 0, to: cases.count, by: Self.casesPerBatch) {
      let batch = Array(cases[start..<min(start + Self.casesPerBatch, cases.count)])
      var out: [UInt8] = []
      for (offset, encoded) in try batch.concurrentMap({ try Self.encode(entry($0)) }).enumerated() {
        out.append(contentsOf: start + offset == 0 ? [0x0A] : [0x2C, 0x0A])
        for (number, line) in encoded.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
          if number > 0 { out.append(0x0A) }
          if !line.isEmpty { out.append(contentsOf: Self.caseIndent) }
          out.append(contentsOf: line)
        }
      }
      try part(out)
    }
    try part(Array("\n  ]".utf8) + Array(skeleton[hole.upperBound...]) + [0x0A])
  }

  static let casesPerBatch = 512
  static let caseIndent = Array("    ".utf8)

  static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
  }
}
