// Stage: Assemble. Every checked case, with the indexes that renderers read.

/// All cases of a site, newest first, with lookups by id and the links between cases.
package struct KnowledgeBase: Sendable {
  package var config: SiteConfig
  /// Newest first (by recorded date), then by id: the order of every listing.
  package var cases: [CaseRecord]
  package private(set) var byID: [CaseID: Int]
  /// For each case, the cases that name it under `related`.
  private var referrers: [CaseID: Set<CaseID>] = [:]

  package init(config: SiteConfig, cases: [CaseRecord]) {
    self.config = config
    self.cases = cases.sorted { lhs, rhs in
      lhs.frontMatter.date != rhs.frontMatter.date ? lhs.frontMatter.date > rhs.frontMatter.date : lhs.id < rhs.id
    }
    byID = Dictionary(uniqueKeysWithValues: self.cases.enumerated().map { ($1.id, $0) })
    for record in self.cases {
      for entry in record.frontMatter.related {
        if let target = CaseID(rawValue: entry.value) { referrers[target, default: []].insert(record.id) }
      }
    }
  }

  package subscript(id: CaseID) -> CaseRecord? {
    byID[id].map { cases[$0] }
  }

  /// Cases linked to this one either way: the ones it names under `related` and the ones that
  /// name it, sorted by id.
  package func relatedCases(of record: CaseRecord) -> [CaseRecord] {
    var ids = Set(record.frontMatter.related.compactMap { CaseID(rawValue: $0.value) })
    ids.formUnion(referrers[record.id] ?? [])
    ids.remove(record.id)
    return ids.sorted().compactMap { self[$0] }
  }
}
