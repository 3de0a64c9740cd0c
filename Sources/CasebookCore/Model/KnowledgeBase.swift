// Stage: Assemble. Every checked case, with the indexes that renderers read.

/// All cases of a site, newest first, with lookups by id and the links between cases.
package struct KnowledgeBase: Sendable {
  package var config: SiteConfig
  /// Newest first (by recorded date), then by id: the order of every listing.
  package var cases: [CaseRecord]
  package private(set) var byID: [CaseID: Int]
  /// For each case (by position), the positions of the cases linked to it either way, in id order.
  private var related: [[Int]] = []

  /// Sorts the records where they are (`consuming`: a caller that hands its array over has
  /// nothing copied).
  package init(config: SiteConfig, cases: consuming [CaseRecord]) {
    self.config = config
    cases.sort { lhs, rhs in
      lhs.frontMatter.date != rhs.frontMatter.date ? lhs.frontMatter.date > rhs.frontMatter.date : lhs.id < rhs.id
    }
    self.cases = cases
    byID = Dictionary(uniqueKeysWithValues: self.cases.enumerated().map { ($1.id, $0) })
    var links = Array(repeating: Set<Int>(), count: self.cases.count)
    for (position, record) in self.cases.enumerated() {
      for entry in record.frontMatter.related {
        guard let target = CaseID(rawValue: entry.value).flatMap({ byID[$0] }), target != position else { continue }
        links[position].insert(target)
        links[target].insert(position)
      }
    }
    let cases = self.cases
    related = links.map { $0.sorted { cases[$0].id < cases[$1].id } }
  }

  /// Moves every case's Markdown body out, in listing order (the records keep empty ones): a
  /// build hands them to its Cases stage, which parses each once and lets it go, so that the
  /// text of a large corpus does not stay beside the knowledge base. A case whose parse result
  /// came from the last build has no body here: its file was not read.
  package mutating func takeBodies() -> [String] {
    var bodies: [String] = []
    bodies.reserveCapacity(cases.count)
    for position in cases.indices {
      bodies.append(cases[position].body)
      cases[position].body = ""
    }
    return bodies
  }

  package subscript(id: CaseID) -> CaseRecord? {
    byID[id].map { cases[$0] }
  }

  /// Cases linked to this one either way: the ones it names under `related` and the ones that
  /// name it, sorted by id.
  package func relatedCases(of record: CaseRecord) -> [CaseRecord] {
    relatedPositions(of: record).map { cases[$0] }
  }

  /// The positions of ``relatedCases(of:)``, without copying the records.
  package func relatedPositions(of record: CaseRecord) -> [Int] {
    byID[record.id].map { related[$0] } ?? []
  }

  /// The positions of the cases linked to the case at `position` (see ``relatedPositions(of:)``).
  package func relatedPositions(at position: Int) -> [Int] {
    related[position]
  }
}
