// Stage: Parse (kept between builds). What parsing a case file gave, without its Markdown.

/// Every case file's parse result from the last build, so that a build reads and parses only
/// the files that changed: the result without the Markdown body (a renderer that needs the
/// body reads it again, ``CaseLoader/body(of:)``), with the file's diagnostics and digest.
///
/// The command layer keeps it in `.casebook-cache/` as bytes and uses an entry only for a
/// file whose stamp is the one the last build read, with the same config.
///
/// ```
/// Content/cases/a.md unchanged → its entry: front matter, sections, warnings, digest
/// ```
package struct ParseCache: Sendable, StreamedBytes {
  package struct Entry: Sendable {
    /// The ``ContentDigest`` of the file as parsed.
    package var digest: UInt64
    /// The parse result, with an empty body.
    package var loaded: CaseLoader.Loaded
  }

  /// Entries by file path.
  package var entries: [String: Entry] = [:]

  /// The bytes a cache was read from, and where each entry lies in them with the digest of its
  /// file: an entry saved again for the same file (and config) is copied, not encoded again.
  private var encoded: Encoded?

  private struct Encoded: Sendable {
    struct Span: Sendable {
      var digest: UInt64
      var range: Range<Int>
    }

    var bytes: [UInt8]
    var spans: [String: Span] = [:]
  }

  package init() {}

  /// The parse results of these files (their bodies dropped), by path. With the cache the
  /// unchanged files' results came from (read with the same config), their encoded entries are
  /// reused when this cache is saved.
  package init(_ loaded: [CaseLoader.Loaded], digests: [String: UInt64], reusing previous: ParseCache? = nil) {
    for var item in loaded {
      guard let digest = digests[item.file] else { continue }
      item.record?.body = ""
      entries[item.file] = Entry(digest: digest, loaded: item)
    }
    encoded = previous?.encoded
  }

  /// Completes the entry of a file loaded without checking its body (a build checks bodies in
  /// its Cases stage): the sections and diagnostics checking it gave. Only complete entries
  /// are saved (``write(_:)``).
  package mutating func bodyChecked(_ file: String, sections: [CaseSection], diagnostics: Diagnostics) {
    guard var entry = entries[file], !entry.loaded.bodyChecked else { return }
    entry.loaded.record?.sections = sections
    for diagnostic in diagnostics.all { entry.loaded.diagnostics.restore(diagnostic) }
    entry.loaded.bodyChecked = true
    entries[file] = entry
  }

  /// The same cache with only the entries `isIncluded` accepts (their encoded bytes stay
  /// reusable).
  package func filter(_ isIncluded: (_ path: String) -> Bool) -> ParseCache {
    var kept = self
    for path in entries.keys where !isIncluded(path) { kept.entries[path] = nil }
    return kept
  }

  static let magic = Array("casebook-parse-cache 1\n".utf8)

  /// The cache as its file holds it, handed to `emit` a batch of entries at a time (encoded on
  /// every core). Each entry is written with its length first, so entries are encoded and read
  /// back on every core.
  package func write(_ emit: ([UInt8]) throws -> Void) rethrows {
    let paths = entries.filter(\.value.loaded.bodyChecked).keys.sorted()
    let entries = entries
    var out = ByteWriter(Self.magic)
    out.number(paths.count)
    for start in stride(from: 0, to: paths.count, by: Self.entriesPerPart) {
      let previous = encoded
      let encoded = Array(paths[start..<min(start + Self.entriesPerPart, paths.count)]).concurrentMap { path -> [UInt8] in
        if let previous, let span = previous.spans[path], span.digest == entries[path]!.digest { return Array(previous.bytes[span.range]) }
        var entry = ByteWriter()
        entry.text(path)
        entry.word(entries[path]!.digest)
        entries[path]!.loaded.write(to: &entry)
        return entry.bytes
      }
      for entry in encoded {
        out.number(entry.count)
        out.bytes += entry
      }
      try emit(out.bytes)
      out.bytes.removeAll(keepingCapacity: true)
    }
    if !out.bytes.isEmpty { try emit(out.bytes) }
  }

  /// Entries are encoded and handed over this many at a time.
  static let entriesPerPart = 1024

  /// Reads a cache back; nil when the bytes are of another format or damaged in any way.
  package init?(bytes: [UInt8]) {
    guard bytes.starts(with: Self.magic) else { return nil }
    var reader = ByteReader(bytes, from: Self.magic.count)
    guard let count = reader.count() else { return nil }
    var spans: [Range<Int>] = []
    spans.reserveCapacity(count)
    for _ in 0..<count {
      guard let length = reader.count() else { return nil }
      spans.append(reader.index..<(reader.index + length))
      reader.skip(length)
    }
    guard reader.atEnd else { return nil }
    var encoded = Encoded(bytes: bytes)
    var read = spans.concurrentMap { span -> (String, Entry)? in
      var entry = ByteReader(bytes, from: span.lowerBound)
      guard let path = entry.text(), let digest = entry.word(), let loaded = CaseLoader.Loaded(from: &entry), loaded.file == path, entry.index == span.upperBound else { return nil }
      return (path, Entry(digest: digest, loaded: loaded))
    }
    // Both tables sized first, and each entry moved into its place, not copied: this runs
    // while a rebuild's first stages wait for it.
    entries.reserveCapacity(read.count)
    encoded.spans.reserveCapacity(read.count)
    for (index, span) in spans.enumerated() {
      guard let (path, entry) = read[index].take() else { return nil }
      encoded.spans[path] = Encoded.Span(digest: entry.digest, range: span)
      entries[path] = consume entry
    }
    self.encoded = encoded
  }
}

// MARK: - The parts of a parse result, as bytes

extension CaseLoader.Loaded {
  func write(to out: inout ByteWriter) {
    out.text(file)
    out.flag(id != nil)
    if let id { out.text(id.rawValue) }
    related.write(to: &out)
    out.flag(record != nil)
    if let record {
      out.text(record.id.rawValue)
      out.text(record.file)
      record.frontMatter.write(to: &out)
      out.number(record.sections.count)
      record.sections.forEach { $0.write(to: &out) }
      out.word(record.sourceDigest)
    }
    out.number(diagnostics.collected.all.count)
    // A file's diagnostics name the file (``FileDiagnostics/report(_:at:_:severity:)``).
    for diagnostic in diagnostics.collected.all {
      diagnostic.position.write(to: &out)
      out.text(diagnostic.severity.rawValue)
      out.text(diagnostic.rule.rawValue)
      out.text(diagnostic.message)
    }
  }

  init?(from reader: inout ByteReader) {
    guard let file = reader.text(), let hasID = reader.flag() else { return nil }
    var id: CaseID?
    if hasID {
      guard let text = reader.text(), let value = CaseID(rawValue: text) else { return nil }
      id = value
    }
    guard let related = [Located<String>](from: &reader), let hasRecord = reader.flag() else { return nil }
    var record: CaseRecord?
    if hasRecord {
      guard let text = reader.text(), let recordID = CaseID(rawValue: text), let recordFile = reader.text(), let frontMatter = FrontMatter(from: &reader),
        let sectionCount = reader.count()
      else { return nil }
      var sections: [CaseSection] = []
      for _ in 0..<sectionCount {
        guard let section = CaseSection(from: &reader) else { return nil }
        sections.append(section)
      }
      guard let digest = reader.word() else { return nil }
      record = CaseRecord(id: recordID, file: recordFile, frontMatter: frontMatter, sections: sections, body: "", sourceDigest: digest)
    }
    var diagnostics = FileDiagnostics(file: file)
    guard let diagnosticCount = reader.count() else { return nil }
    for _ in 0..<diagnosticCount {
      guard let position = SourcePosition(from: &reader), let severity = reader.text().flatMap(Diagnostic.Severity.init(rawValue:)),
        let rule = reader.text().flatMap(Rule.init(rawValue:)), let message = reader.text()
      else { return nil }
      diagnostics.restore(Diagnostic(file: file, position: position, severity: severity, rule: rule, message: message))
    }
    self.init(file: file, id: id, related: related, record: record, bodyChecked: true, diagnostics: diagnostics)
  }
}

extension FrontMatter {
  func write(to out: inout ByteWriter) {
    out.text(title)
    out.text(summary)
    date.write(to: &out)
    out.flag(updated != nil)
    updated?.write(to: &out)
    out.text(status.rawValue)
    out.texts(tags)
    out.texts(components)
    out.texts(environment)
    out.texts(signatures)
    out.number(references.count)
    for reference in references {
      out.text(reference.title)
      out.text(reference.url)
    }
    related.write(to: &out)
    out.flag(lang != nil)
    if let lang { out.text(lang) }
  }

  init?(from reader: inout ByteReader) {
    guard let title = reader.text(), let summary = reader.text(), let date = CaseDate(from: &reader), let hasUpdated = reader.flag() else { return nil }
    var updated: CaseDate?
    if hasUpdated {
      guard let value = CaseDate(from: &reader) else { return nil }
      updated = value
    }
    guard let status = reader.text().flatMap(CaseStatus.init(rawValue:)), let tags = reader.texts(), let components = reader.texts(),
      let environment = reader.texts(), let signatures = reader.texts(), let referenceCount = reader.count()
    else { return nil }
    var references: [Reference] = []
    for _ in 0..<referenceCount {
      guard let title = reader.text(), let url = reader.text() else { return nil }
      references.append(Reference(title: title, url: url))
    }
    guard let related = [Located<String>](from: &reader), let hasLang = reader.flag() else { return nil }
    var lang: String?
    if hasLang {
      guard let value = reader.text() else { return nil }
      lang = value
    }
    self.init(
      title: title, summary: summary, date: date, updated: updated, status: status, tags: tags, components: components,
      environment: environment, signatures: signatures, references: references, related: related, lang: lang)
  }
}

extension CaseSection {
  func write(to out: inout ByteWriter) {
    out.text(kind.rawValue)
    out.text(heading)
    position.write(to: &out)
    out.numbers(blocks)
    out.flag(hasCode)
    out.number(alternatives.count)
    for alternative in alternatives {
      out.text(alternative.title)
      alternative.position.write(to: &out)
      out.numbers(alternative.blocks)
      out.flag(alternative.hasCode)
      out.numbers([alternative.headingBlock, alternative.contentBlocks.lowerBound, alternative.contentBlocks.upperBound])
    }
    out.numbers([lines.lowerBound, lines.upperBound, headingBlock, contentBlocks.lowerBound, contentBlocks.upperBound])
  }

  init?(from reader: inout ByteReader) {
    guard let kind = reader.text().flatMap(SectionKind.init(rawValue:)), let heading = reader.text(), let position = SourcePosition(from: &reader),
      let blocks = reader.numbers(), let hasCode = reader.flag(), let alternativeCount = reader.count()
    else { return nil }
    var alternatives: [Alternative] = []
    for _ in 0..<alternativeCount {
      guard let title = reader.text(), let position = SourcePosition(from: &reader), let blocks = reader.numbers(), let hasCode = reader.flag(),
        let spans = reader.numbers(), spans.count == 3, spans[1] <= spans[2]
      else { return nil }
      alternatives.append(Alternative(title: title, position: position, blocks: blocks, hasCode: hasCode, headingBlock: spans[0], contentBlocks: spans[1]..<spans[2]))
    }
    guard let spans = reader.numbers(), spans.count == 5, spans[0] <= spans[1], spans[3] <= spans[4] else { return nil }
    self.init(
      kind: kind, heading: heading, position: position, blocks: blocks, hasCode: hasCode, alternatives: alternatives,
      lines: spans[0]...spans[1], headingBlock: spans[2], contentBlocks: spans[3]..<spans[4])
  }
}

extension SourcePosition {
  func write(to out: inout ByteWriter) {
    out.number(line)
    out.number(column)
  }

  init?(from reader: inout ByteReader) {
    guard let line = reader.number(), let column = reader.number() else { return nil }
    self.init(line: line, column: column)
  }
}

extension CaseDate {
  func write(to out: inout ByteWriter) {
    out.numbers([year, month, day])
  }

  init?(from reader: inout ByteReader) {
    guard let parts = reader.numbers(), parts.count == 3 else { return nil }
    self.init(year: parts[0], month: parts[1], day: parts[2])
  }
}

extension [Located<String>] {
  func write(to out: inout ByteWriter) {
    out.number(count)
    for item in self {
      out.text(item.value)
      item.position.write(to: &out)
    }
  }

  init?(from reader: inout ByteReader) {
    guard let count = reader.count() else { return nil }
    var items: [Located<String>] = []
    for _ in 0..<count {
      guard let value = reader.text(), let position = SourcePosition(from: &reader) else { return nil }
      items.append(Located(value, at: position))
    }
    self = items
  }
}
