// Stage: Search. What the index knows of one case.

internal import CasebookCore

/// One case as the search index sees it: the fields that are weighted, and the section texts
/// that snippets are cut from.
package struct SearchDocument: Sendable, Codable, Equatable {
  package struct Section: Sendable, Codable, Equatable {
    /// `root-cause`: the section kind, and the anchor on the case page.
    package var kind: String
    package var anchor: String
    package var heading: String
    package var text: String

    package init(kind: String, anchor: String, heading: String, text: String) {
      self.kind = kind
      self.anchor = anchor
      self.heading = heading
      self.text = text
    }
  }

  package var id: String
  package var url: String
  package var title: String
  package var summary: String
  package var status: String
  package var lang: String
  package var date: String
  package var components: [String]
  package var tags: [String]
  package var environment: [String]
  package var signatures: [String]
  package var sections: [Section]
  /// `applies_to` as ``VersionRange/normalized`` comparisons by component; nil when the case
  /// has none. Only `facets.js` carries it, not the document files.
  package var appliesTo: [String: [[String]]]?
  /// The `fixed_in` versions that are known, by component; nil when none is.
  package var fixedIn: [String: String]?
  /// The day the case's review runs out (``SiteConfig/reviewDue(of:)``), `YYYY-MM-DD`.
  package var reviewDue: String?

  package init(
    id: String, url: String, title: String, summary: String, status: String, lang: String, date: String,
    components: [String], tags: [String], environment: [String], signatures: [String], sections: [Section],
    appliesTo: [String: [[String]]]? = nil, fixedIn: [String: String]? = nil, reviewDue: String? = nil
  ) {
    self.id = id
    self.url = url
    self.title = title
    self.summary = summary
    self.status = status
    self.lang = lang
    self.date = date
    self.components = components
    self.tags = tags
    self.environment = environment
    self.signatures = signatures
    self.sections = sections
    self.appliesTo = appliesTo
    self.fixedIn = fixedIn
    self.reviewDue = reviewDue
  }
}

extension SearchDocument {
  /// A digest of what the index's signature shards and `facets.js` take from this document:
  /// its signatures, status, components, tags, applicability and review date.
  package var facetKey: UInt64 {
    var key = ContentDigest.Stream()
    let applicability = (appliesTo ?? [:]).sorted { $0.key < $1.key }.flatMap { [$0.key] + $0.value.map { $0.joined(separator: " ") } + ["||"] }
      + (fixedIn ?? [:]).sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
    for list in [signatures, [status], components, tags, applicability, [reviewDue ?? ""]] {
      key.add(field: UInt64(list.count))
      for item in list { key.add(field: item) }
    }
    return key.value
  }

  /// Section texts are cut to this many characters in the index (snippets need no more).
  package static let sectionTextLimit = 600

  /// The document with each section text cut to ``sectionTextLimit`` characters: what the index
  /// keeps once the document is tallied.
  package var trimmed: SearchDocument {
    var trimmed = self
    for index in trimmed.sections.indices where trimmed.sections[index].text.utf8.count > Self.sectionTextLimit {
      let text = trimmed.sections[index].text
      if let end = Self.end(ofCharacters: Self.sectionTextLimit, in: text), end < text.endIndex {
        trimmed.sections[index].text = String(text[..<end])
      }
    }
    return trimmed
  }

  /// Where the first `count` characters of `text` end; nil when it has fewer.
  ///
  /// Counted only as far as `count`, and on the bytes when the first `count` + 1 are ASCII
  /// without a carriage return: then each is a character of its own (only `\r\n` joins two
  /// ASCII bytes, and a combining mark after the last would be a byte outside ASCII), where
  /// Swift's own count looks for character boundaries.
  static func end(ofCharacters count: Int, in text: String) -> String.Index? {
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.count > count && !bytes[...count].contains { $0 >= 0x80 || $0 == 0x0D }
    }
    if ascii == true {
      return text.utf8.index(text.utf8.startIndex, offsetBy: count)
    }
    return text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex)
  }
}

/// The fields of a document, their weights and their bit in a posting's field mask.
package enum SearchField: Int, CaseIterable, Sendable {
  case signatures, title, summary, components, tags, environment, body

  /// BM25F field weights (docs/search.md).
  package var weight: Double {
    switch self {
    case .signatures: 6
    case .title: 5
    case .summary: 3
    case .components: 3
    case .tags: 2
    case .environment: 2
    case .body: 1
    }
  }

  /// Mask bit 12 marks every posting of a document written in Chinese, Japanese or Korean.
  package static let cjkLanguageBit = 12

  package static func isCJKLanguage(_ tag: String) -> Bool {
    ["zh", "ja", "ko"].contains(tag.split(separator: "-").first.map { $0.lowercased() } ?? "")
  }

  /// The six section kinds take mask bits 6 to 11, in their order in a case.
  package static let sectionKinds = ["symptom", "background", "root-cause", "solutions", "validation", "lessons"]
  package static func sectionBit(_ kind: String) -> Int { 6 + (sectionKinds.firstIndex(of: kind) ?? 0) }
}
