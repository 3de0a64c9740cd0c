// Stage: Search (an incremental build). A few documents changed: only their terms are weighed again.

extension IndexState {
  /// Puts new versions of some documents into the state: their old postings out, their new
  /// ones in, and every term either touches weighed again. Returns what changed, for
  /// ``IndexFiles/plan(_:changes:)``; nil when the edit reaches every posting and the index must
  /// be built whole (the state is then left as it was).
  ///
  /// That happens when the number of documents changes (which terms are stop terms, and the
  /// pivots, may change with it), when a pivot moves (every weight of that field moves; pivots
  /// are rounded so that this is rare), or when a stop term stops being one (its positions were
  /// not kept).
  ///
  /// ```
  /// document 7 gains "wazero" → "wazero" is re-weighed, the terms only the old 7 had go, d/7.js is new
  /// ```
  ///
  /// - Parameters:
  ///   - documents: the new documents, with their numbers (positions in the index).
  ///   - keys: what each document of the index is now made from; the state records them.
  package mutating func update(_ documents: [(number: Int, document: SearchDocument)], keys: [UInt64]) -> IndexFiles.Changes? {
    let numbers = Set(documents.map(\.number))
    guard keys.count == documentCount, documents.allSatisfy({ $0.number < documentCount }),
      keys.indices.allSatisfy({ numbers.contains($0) || keys[$0] == documentKeys[$0] })
    else { return nil }
    let tallies = documents.map(\.document).concurrentMap(SearchIndexBuilder.tally)
    var lengths = self.lengths
    for (document, tally) in zip(documents, tallies) { lengths[document.number] = tally.lengths }
    let pivots = SearchIndexBuilder.pivots(lengths)
    guard pivots == SearchIndexBuilder.pivots(self.lengths) else { return nil }

    // The terms the documents had and have, with the new postings.
    var added: [String: [Posting]] = [:]
    for (document, tally) in zip(documents, tallies) {
      for (index, term) in tally.terms.enumerated() {
        let positions = Array(tally.positions(of: index))
        let (counts, mask) = tally.layout.fields(at: positions)
        added[term, default: []].append(Posting(document: document.number, weight: SearchIndexBuilder.weight(counts, tally.lengths, pivots), mask: mask, positions: positions))
      }
    }
    // Each term the changed documents had, with how many of them had it.
    var removed: [String: Int] = [:]
    for number in numbers { for position in documentTerms[number] { removed[terms[Int(position)], default: 0] += 1 } }
    let touched = Set(added.keys).union(removed.keys)
    let changed = touched.sorted { $0.precedesInByteOrder($1) }
    let count = documentCount
    let state = self
    let weighed = changed.concurrentMap { term -> Reweighed in
      let old = state.position(of: term)
      let adding = (added[term] ?? []).sorted { $0.document < $1.document }
      let frequency = (old.map { state.frequencies[$0] } ?? 0) - (removed[term] ?? 0) + adding.count
      guard frequency > 0 else { return .gone }
      let stop = SearchIndexBuilder.isStopTerm(frequency: frequency, documentCount: count)
      if let old, SearchIndexBuilder.isStopTerm(frequency: state.frequencies[old], documentCount: count), !stop { return .refused }
      let spliced = PostingCodec.splice(
        old.map { state.postings[$0] } ?? "", count: old.map { state.frequencies[$0] } ?? 0,
        hasPositions: !(old.map { SearchIndexBuilder.isStopTerm(frequency: state.frequencies[$0], documentCount: count) } ?? false),
        removing: numbers, adding: adding, keepsPositions: !stop)
      return .postings(frequency: spliced.count, text: spliced.text)
    }
    guard !weighed.contains(where: { if case .refused = $0 { true } else { false } }) else { return nil }

    // Merge the changed terms into the sorted terms; old positions map to new ones.
    var newTerms: [String] = [], newFrequencies: [Int] = [], newPostings: [String] = []
    newTerms.reserveCapacity(terms.count + changed.count)
    newFrequencies.reserveCapacity(terms.count + changed.count)
    newPostings.reserveCapacity(terms.count + changed.count)
    var moved = [Int32](repeating: -1, count: terms.count)
    var oldIndex = 0
    func copyOld(upTo end: Int) {
      while oldIndex < end {
        moved[oldIndex] = Int32(newTerms.count)
        newTerms.append(terms[oldIndex])
        newFrequencies.append(frequencies[oldIndex])
        newPostings.append(postings[oldIndex])
        oldIndex += 1
      }
    }
    var newPosition: [String: Int32] = [:]
    for (term, result) in zip(changed, weighed) {
      let at = lowerBound(term)
      copyOld(upTo: at)
      if oldIndex < terms.count, terms[oldIndex] == term { oldIndex += 1 }
      guard case .postings(let frequency, let text) = result else { continue }
      newPosition[term] = Int32(newTerms.count)
      newTerms.append(term)
      newFrequencies.append(frequency)
      newPostings.append(text)
    }
    copyOld(upTo: terms.count)
    // Old positions of changed terms are used only by unchanged documents that still hold them.
    for (index, term) in terms.enumerated() where moved[index] < 0 { moved[index] = newPosition[term] ?? -1 }
    // Positions move only when a term came or went; usually none did.
    if moved.indices.contains(where: { moved[$0] != Int32($0) }) || newTerms.count != terms.count {
      documentTerms = Array(documentTerms.indices).concurrentMap { number -> [Int32] in
        numbers.contains(number) ? [] : state.documentTerms[number].map { moved[Int($0)] }
      }
    }
    for (document, tally) in zip(documents, tallies) {
      documentTerms[document.number] = tally.terms.compactMap { newPosition[$0] }.sorted()
    }
    terms = newTerms
    frequencies = newFrequencies
    postings = newPostings
    self.lengths = lengths
    documentKeys = keys
    var cjk = Set(cjkDocuments)
    for (number, document) in documents {
      if SearchField.isCJKLanguage(document.lang) { cjk.insert(number) } else { cjk.remove(number) }
    }
    cjkDocuments = cjk.sorted()
    var facetsChanged = false
    for (number, document) in documents {
      let key = document.facetKey
      facetsChanged = facetsChanged || key != facetKeys[number]
      facetKeys[number] = key
    }
    // A stop term's entry is made again; its file need not be when no level moved (an edit
    // seldom moves a weight into another level).
    let previous = changed.map { state.stopEntries[$0] }
    for term in changed { stopEntries[term] = nil }
    refreshStopEntries(at: changed.compactMap { newPosition[$0].map(Int.init) })
    let unchangedEntries = zip(changed, previous).filter { term, entry in entry != nil && stopEntries[term] == entry }.map(\.0)
    return IndexFiles.Changes(terms: touched.subtracting(unchangedEntries), documents: numbers, facets: facetsChanged)
  }

  /// A changed term weighed again: its postings, no postings left, or a stop term that stops
  /// being one (whose positions were not kept: the index must be built whole).
  private enum Reweighed {
    case postings(frequency: Int, text: String)
    case gone
    case refused
  }
}
