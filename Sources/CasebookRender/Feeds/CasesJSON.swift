// Stage: Render. cases.json: every case's metadata and sections, for tools.

package import CasebookCore
internal import CasebookSearch
internal import Foundation

/// The machine-readable listing of every case; its schema is documented in docs/cases-json.md.
package struct CasesJSON {
  /// Bumped when a field changes meaning or disappears; adding fields does not bump it.
  /// Version 2 left out each section's text (on the case's page and man page already).
  package static let version = 2

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
    /// Component → range and component → version, as written; nil when the case has none.
    var appliesTo, fixedIn: [String: String]?
    var reviewed: Reviewed?
    var reviewDue: String

    enum CodingKeys: String, CodingKey {
      case id, url, title, summary, date, status, lang, updated, tags, components, environment, signatures, related, references, sections, reviewed
      case appliesTo = "applies_to", fixedIn = "fixed_in", reviewDue = "review_due"
    }
  }
  package struct Reviewed: Encodable {
    var date: String
    var by: String?
  }
  package struct Reference: Encodable {
    var title, url: String
  }
  package struct Section: Encodable {
    var id, kind, heading: String
  }

  let knowledgeBase: KnowledgeBase

  package init(knowledgeBase: KnowledgeBase) {
    self.knowledgeBase = knowledgeBase
  }

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
      id: record.id.rawValue, url: SiteRoutes.casePage(record.id), title: fm.title, summary: fm.summary.source,
      date: fm.date.description, status: fm.status.rawValue, lang: fm.lang ?? config.defaultLanguage,
      updated: fm.updated?.description, tags: fm.tags, components: fm.components, environment: fm.environment,
      signatures: fm.signatures, related: knowledgeBase.relatedCases(of: record).map(\.id.rawValue),
      references: fm.references.map { Reference(title: $0.title, url: $0.url) },
      sections: record.sections.map { Section(id: $0.kind.slug, kind: $0.kind.slug, heading: $0.heading) },
      appliesTo: fm.applicability.appliesTo.isEmpty ? nil : Dictionary(fm.applicability.appliesTo.map { ($0.component, $0.range.text) }) { first, _ in first },
      fixedIn: fm.applicability.fixedIn.isEmpty ? nil : Dictionary(fm.applicability.fixedIn.map { ($0.component, $0.text) }) { first, _ in first },
      reviewed: fm.review.date.map { Reviewed(date: $0.value.description, by: fm.review.reviewer) },
      reviewDue: config.reviewDue(of: fm).description)
  }

  /// Where a case's entry lies in the file, and the key (``SiteRenderer/jsonKey(_:)``) of
  /// what it was made from.
  package struct Span: Sendable, Equatable, Codable {
    package var key: UInt64
    package var start: Int
    package var count: Int

    package init(key: UInt64, start: Int, count: Int) {
      self.key = key
      self.start = start
      self.count = count
    }
  }

  /// The previous build's file, and where each case's entry lies in it.
  package struct Reuse {
    package var file: any PreviousFile
    package var spans: [String: Span]
  }

  /// cases.json made as the Cases stage goes, a batch of cases at a time, and handed to a sink
  /// in parts (``SiteSink/append(_:to:)``): cases.json lists every case, and is never held
  /// whole.
  ///
  /// The bytes are what `JSONEncoder` writes for ``document(cases:)`` with sorted keys,
  /// pretty-printed, without escaping slashes, and a final line break: pretty-printed JSON puts
  /// each case at a fixed depth, and a string never holds a raw line break, so each case's own
  /// encoding with every line indented by its depth (``Case/indentedJSON``) gives the same bytes.
  ///
  /// With `reuse`, the entry of a case whose key (``SiteRenderer/jsonKey(_:)``) is the one the
  /// previous build recorded is copied from the previous file instead of made again
  /// (``needsEntry(_:)`` is false for it); where every entry lands is in ``spans``.
  ///
  /// ```
  /// begin → {"site": …, "cases" : [      add(0..<512, entries) → {…},{…},…      finish → ]}
  /// ```
  package struct Writer {
    let json: CasesJSON
    let keys: [UInt64]
    let reuse: Reuse?
    /// Where each entry lies in the file made, with its key, by case id: for the next build.
    package private(set) var spans: [String: Span] = [:]
    /// How many entries are copied from the previous file.
    package let copied: Int
    private var offset = 0
    private let skeleton: [UInt8]
    /// Where the skeleton's empty case list is, when there are cases to put in it.
    private let hole: Range<Int>?

    package init(_ json: CasesJSON, keys: [UInt64], reuse: Reuse?) throws {
      self.json = json
      self.keys = keys
      self.reuse = reuse
      skeleton = try CasesJSON.encode(json.document(cases: []))
      hole = json.knowledgeBase.cases.isEmpty ? nil : skeleton.firstRange(of: Array(#""cases" : [\#n\#n  ]"#.utf8))
      var copied = 0
      for position in keys.indices where Self.reused(position, json.knowledgeBase.cases, keys, reuse) != nil { copied += 1 }
      self.copied = copied
    }

    /// Whether the entry of the case at `position` must be made (it cannot be copied).
    package func needsEntry(_ position: Int) -> Bool {
      Self.reused(position, json.knowledgeBase.cases, keys, reuse) == nil
    }

    /// Where the entry of the case at `position` lies in the previous file, when it can be
    /// copied from there: its key is the one the previous build recorded.
    private static func reused(_ position: Int, _ cases: [CaseRecord], _ keys: [UInt64], _ reuse: Reuse?) -> Span? {
      guard let reuse, position < keys.count, let span = reuse.spans[cases[position].id.rawValue], span.key == keys[position] else { return nil }
      return span
    }

    private mutating func emit(_ bytes: [UInt8], into sink: inout some SiteSink) throws {
      offset += bytes.count
      try sink.append(bytes, to: SiteRoutes.casesJSON)
    }

    /// The file's start: everything before the first case.
    package mutating func begin(into sink: inout some SiteSink) throws {
      guard let hole else { return try emit(skeleton + [0x0A], into: &sink) }
      try emit(Array(skeleton[..<hole.lowerBound]) + Array(#""cases" : ["#.utf8), into: &sink)
    }

    /// The entries of the cases at `positions` (the next ones in listing order): those made
    /// (`entries`, by position) and those copied from the previous file.
    package mutating func add(_ positions: Range<Int>, entries: [Int: [UInt8]], into sink: inout some SiteSink) throws {
      guard hole != nil, !positions.isEmpty else { return }
      let cases = json.knowledgeBase.cases
      let kept = positions.map { Self.reused($0, cases, keys, reuse) }
      // A batch whose entries all stay, one after another in the previous file as here, is
      // copied in one read.
      if let reuse, let first = kept.first ?? nil, let last = kept.last ?? nil, !kept.contains(where: { $0 == nil }),
        zip(kept, kept.dropFirst()).allSatisfy({ $1!.start == $0!.start + $0!.count + 2 })
      {
        let lead: [UInt8] = positions.first == 0 ? [0x0A] : [0x2C, 0x0A]
        for (position, span) in zip(positions, kept) {
          spans[cases[position].id.rawValue] = Span(key: span!.key, start: offset + lead.count + span!.start - first.start, count: span!.count)
        }
        try emit(lead + (try reuse.file.read(first.start..<(last.start + last.count))), into: &sink)
        return
      }
      var out: [UInt8] = []
      for (position, span) in zip(positions, kept) {
        out.append(contentsOf: position == 0 ? [0x0A] : [0x2C, 0x0A])
        let bytes: [UInt8]
        if let span, let reuse {
          bytes = try reuse.file.read(span.start..<(span.start + span.count))
        } else if let entry = entries[position] {
          bytes = entry
        } else {
          preconditionFailure("cases.json: no entry made for \(cases[position].id)")
        }
        if position < keys.count { spans[cases[position].id.rawValue] = Span(key: keys[position], start: offset + out.count, count: bytes.count) }
        out.append(contentsOf: bytes)
      }
      try emit(out, into: &sink)
    }

    /// The file's end, after the last case.
    package mutating func finish(into sink: inout some SiteSink) throws {
      if let hole { try emit(Array("\n  ]".utf8) + Array(skeleton[hole.upperBound...]) + [0x0A], into: &sink) }
      try sink.finish(SiteRoutes.casesJSON)
    }
  }

  static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
  }
}

extension CasesJSON.Case {
  /// The case's entry as ``CasesJSON/encode(_:)`` writes it, every line indented to the depth
  /// of the cases in the file, written directly: `JSONEncoder` was a twentieth of a clean
  /// build. The test `casesJSONEntryMatchesJSONEncoder` holds the two to the same bytes.
  ///
  /// ```
  /// Case(id: "a", tags: [], …)  →      {
  ///                                       "components" : [
  ///                                 …
  ///                                       "tags" : [
  ///
  ///                                       ],
  /// ```
  var indentedJSON: [UInt8] {
    var out = JSONLines(depth: 2)
    out.open("{")
    if let appliesTo { out.field("applies_to", object: appliesTo) }
    out.field("components", strings: components)
    out.field("date", string: date)
    out.field("environment", strings: environment)
    if let fixedIn { out.field("fixed_in", object: fixedIn) }
    out.field("id", string: id)
    out.field("lang", string: lang)
    out.field("references", objects: references) { out, reference in
      out.field("title", string: reference.title)
      out.field("url", string: reference.url, last: true)
    }
    out.field("related", strings: related)
    out.field("review_due", string: reviewDue)
    if let reviewed { out.field("reviewed", object: ["date": reviewed.date].merging(reviewed.by.map { ["by": $0] } ?? [:]) { $1 }) }
    out.field("sections", objects: sections) { out, section in
      out.field("heading", string: section.heading)
      out.field("id", string: section.id)
      out.field("kind", string: section.kind, last: true)
    }
    out.field("signatures", strings: signatures)
    out.field("status", string: status)
    out.field("summary", string: summary)
    out.field("tags", strings: tags)
    out.field("title", string: title)
    if let updated { out.field("updated", string: updated) }
    out.field("url", string: url, last: true)
    out.close("}")
    return out.bytes
  }
}

/// Pretty-printed JSON as `JSONEncoder` lays it out: two spaces a level, `"key" : value`, an
/// empty list as `[`, an empty line and `]`.
private struct JSONLines {
  var bytes: [UInt8] = []
  /// The level of the next line.
  private var depth: Int

  init(depth: Int) {
    self.depth = depth
    bytes.reserveCapacity(4096)
  }

  private mutating func line(_ text: some Sequence<UInt8>) {
    if !bytes.isEmpty { bytes.append(0x0A) }
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    bytes.append(contentsOf: text)
  }

  mutating func open(_ bracket: String) {
    line(bracket.utf8)
    depth += 1
  }

  mutating func close(_ bracket: String, last: Bool = true) {
    depth -= 1
    line(bracket.utf8)
    if !last { bytes.append(UInt8(ascii: ",")) }
  }

  private mutating func key(_ name: String) {
    line(("\"" + name + "\" : ").utf8)
  }

  mutating func field(_ name: String, string: String, last: Bool = false) {
    key(name)
    JSONText.append(string, to: &bytes)
    if !last { bytes.append(UInt8(ascii: ",")) }
  }

  mutating func field(_ name: String, strings: [String], last: Bool = false) {
    key(name)
    list(strings, last: last) { out, string, lastItem in
      out.line([])
      JSONText.append(string, to: &out.bytes)
      if !lastItem { out.bytes.append(UInt8(ascii: ",")) }
    }
  }

  mutating func field<T>(_ name: String, objects: [T], last: Bool = false, _ fields: (inout JSONLines, T) -> Void) {
    key(name)
    list(objects, last: last) { out, object, lastItem in
      out.open("{")
      fields(&out, object)
      out.close("}", last: lastItem)
    }
  }

  /// An object of texts after its key, its keys sorted.
  mutating func field(_ name: String, object: [String: String], last: Bool = false) {
    key(name)
    bytes.append(UInt8(ascii: "{"))
    depth += 1
    let keys = object.keys.sorted()
    for (index, key) in keys.enumerated() { field(key, string: object[key]!, last: index == keys.count - 1) }
    close("}", last: last)
  }

  /// A list after its key: `[` on the key's line, each item, `]`.
  private mutating func list<T>(_ items: [T], last: Bool, _ item: (inout JSONLines, T, Bool) -> Void) {
    bytes.append(UInt8(ascii: "["))
    depth += 1
    if items.isEmpty { bytes.append(0x0A) }
    for (index, value) in items.enumerated() { item(&self, value, index == items.count - 1) }
    close("]", last: last)
  }
}

