// Stage: Search (built during Render). Documents → postings with BM25F weights.

internal import CasebookCore
internal import Foundation

/// Builds the search index from documents.
///
/// ```
/// title "CRI-O fails to link"  →  terms["link"] = idf, [(doc 0, weight, mask title|…, positions)]
/// ```
package enum SearchIndexBuilder {
  /// BM25F's length normalisation: how much a long field's counts are discounted. (Its
  /// saturation, k1, is applied when a query is answered: ``SearchEngine``.)
  static let b = 0.75
  /// Positions left empty between fields and sections, so phrases never span two of them.
  static let fieldGap = 8

  /// Documents are tallied on every core this many at a time, and merged before the next batch.
  package static let batchSize = 256

  /// The index of these documents.
  package static func build(_ documents: [SearchDocument], contentHash: String) -> SearchIndex {
    var accumulator = Accumulator()
    for start in stride(from: 0, to: documents.count, by: batchSize) {
      accumulator.add(Array(documents[start..<min(start + batchSize, documents.count)]))
    }
    return accumulator.finish(contentHash: contentHash)
  }

  /// Builds an index a batch of documents at a time, so a large corpus's text need never be
  /// held at once.
  ///
  /// Each batch is tallied on every core (each document on its own) and merged into compact raw
  /// postings before the next: a tally (a dictionary with an array of positions per term) is
  /// many times the size of its encoding. Terms are split among as many partitions as there
  /// are cores, and each partition merges on its own core. A document is kept
  /// ``SearchDocument/trimmed`` once tallied. ``finish(contentHash:)`` weighs every term, since
  /// BM25F needs every document's field lengths.
  ///
  /// The index numbers the documents in the reverse of the order they were added: cases come
  /// newest first, and a case added to a knowledge base, usually its newest, then takes the
  /// next number and moves no other's, so its commit changes few of the index's files.
  ///
  /// ```
  /// add([c, b]), add([a])  →  a is document 0, b 1, c 2
  /// ```
  package struct Accumulator {
    private var merged = Merged(partitions: (0..<max(1, ProcessorCount.active)).map(Partition.init))
    private var documents: [SearchDocument] = []
    /// Whether the documents kept (``trimmedDocuments``) keep their sections: a build that
    /// writes each document's file as it adds it (``IndexFiles/documentFile(_:_:)``) needs only
    /// their facts and signatures afterwards, and lets the text go.
    private let keepsSections: Bool

    package init(keepsSections: Bool = true) {
      self.keepsSections = keepsSections
    }

    package mutating func add(_ batch: [SearchDocument]) {
      let start = documents.count
      let partitionCount = merged.partitions.count
      // Each document's terms are sorted into their partitions as it is tallied, on every
      // core, so that each partition's core reads only its own terms.
      let tallies = batch.concurrentMap { document in
        let tally = tally(document)
        var terms = Array(repeating: Share.Terms(), count: partitionCount)
        for (index, term) in tally.terms.enumerated() { terms[Partition.number(of: term, among: partitionCount)].add(term, tally.positions(of: index)) }
        return (shares: terms.map(Share.init), lengths: tally.lengths, layout: tally.layout)
      }
      documents += batch.map { document in
        guard !keepsSections else { return document.trimmed }
        var facts = document
        facts.sections = []
        return facts
      }
      merged.lengths += tallies.map(\.lengths)
      for tally in tallies { merged.layouts.append(tally.layout) }
      let partitions = merged.partitions
      _ = partitions.concurrentMap { partition in
        // Taken out of the shared object while terms are appended (no exclusivity check per term).
        var postings = partition.postings
        partition.postings = RawPostings()
        for (offset, tally) in tallies.enumerated() {
          tally.shares[partition.number].take { term, positions in
            postings.append(positions, document: start + offset, term: term)
          }
        }
        partition.postings = postings
      }
    }

    /// The index of every document added, numbered from the last added.
    package consuming func finish(contentHash: String) -> SearchIndex {
      let keys = Array(repeating: UInt64(0), count: documents.count)
      let documents = trimmedDocuments
      return SearchIndex(state: finishState(documentKeys: keys), documents: documents, contentHash: contentHash)
    }

    /// Every term weighed, as the state the index files are written from; `documentKeys` (one
    /// per document, in the order added) say what each document was made from.
    package func finishState(documentKeys: [UInt64]) -> IndexState {
      for partition in merged.partitions { partition.postings.shrink() }
      var state = weigh(merged, documentKeys: documentKeys.reversed())
      state.facetKeys = documents.reversed().map(\.facetKey)
      let numbered = trimmedDocuments
      state.cjkDocuments = numbered.indices.filter { SearchField.isCJKLanguage(numbered[$0].lang) }
      return state
    }

    /// The documents added, ``SearchDocument/trimmed`` (without sections unless kept), by number.
    package var trimmedDocuments: [SearchDocument] { documents.reversed() }

    /// The number of the document added at `position` (counted from 0, in the order added)
    /// among `count` documents.
    package static func number(ofAdded position: Int, count: Int) -> Int { count - 1 - position }
  }

  /// Every document's terms, merged into raw postings; each document's field lengths and layout.
  struct Merged {
    var lengths: [[Int]] = []
    var layouts = LayoutTable()
    var partitions: [Partition] = []
  }

  /// Now that every length is known: every term's postings weighed and encoded, a partition at
  /// a time (its raw postings are released once encoded), sorted into an ``IndexState``. The raw
  /// postings and lengths count documents in the order added; the state numbers them from the
  /// last added (``Accumulator``), and `documentKeys` are by that number.
  static func weigh(_ merged: Merged, documentKeys: [UInt64]) -> IndexState {
    let lengths = merged.lengths
    let layouts = merged.layouts
    let pivots = pivots(lengths)
    let normalisers = lengths.map { SearchIndexBuilder.normalisers($0, pivots) }
    let documentCount = lengths.count
    let last = documentCount - 1
    var terms: [String] = []
    var frequencies: [Int] = []
    var postings: [String] = []
    // Each term's documents, one after another (a term's run is as long as its frequency):
    // one flat array instead of an array per term.
    var documents: [Int32] = []
    for partition in merged.partitions {
      let raw = partition.postings
      partition.postings = RawPostings()
      let chunks = raw.chunks(count: 8 * max(1, ProcessorCount.active))
      let encoded = chunks.concurrentMap { chunk -> (postings: [String], frequencies: [Int], documents: [Int32]) in
        var result: (postings: [String], frequencies: [Int], documents: [Int32]) = ([], [], [])
        var positions: [Int] = []
        var postings: [(document: Int, weight: Int, mask: Int, end: Int)] = []
        var kept: [Int] = []
        layouts.withReader { fields in
          normalisers.withUnsafeBufferPointer { normalisers in
            for slot in chunk {
              let frequency = raw.frequencies[slot]
              let stop = isStopTerm(frequency: frequency, documentCount: documentCount)
              // The postings come in the order added and are written by number: the other way.
              postings.removeAll(keepingCapacity: true)
              kept.removeAll(keepingCapacity: true)
              raw.forEachPosting(slot, positions: &positions) { document, positions in
                let (counts, mask) = fields(document, positions)
                let count = stop ? 0 : positions.count
                postings.append((document: last - document, weight: weight(counts, normalisers: normalisers[document]), mask: mask, end: kept.count + count))
                kept += positions.prefix(count)
              }
              var writer = PostingCodec.Writer()
              for index in postings.indices.reversed() {
                let posting = postings[index]
                let start = index == 0 ? 0 : postings[index - 1].end
                writer.append(document: posting.document, weight: posting.weight, mask: posting.mask, positions: kept[start..<posting.end])
                result.documents.append(Int32(posting.document))
              }
              result.postings.append(writer.text)
              result.frequencies.append(frequency)
            }
          }
        }
        return result
      }
      terms += raw.terms
      for chunk in encoded {
        postings += chunk.postings
        frequencies += chunk.frequencies
        documents += chunk.documents
      }
    }
    var starts: [Int] = []
    starts.reserveCapacity(terms.count)
    var start = 0
    for frequency in frequencies {
      starts.append(start)
      start += frequency
    }
    let order = terms.indices.sorted { terms[$0].precedesInByteOrder(terms[$1]) }
    var state = IndexState()
    state.documentKeys = documentKeys
    state.lengths = lengths.reversed()
    // Each list is put in order and let go before the next, so no two copies of all three exist.
    state.terms = order.map { terms[$0] }
    terms = []
    state.postings = order.map { postings[$0] }
    postings = []
    state.frequencies = order.map { frequencies[$0] }
    var perDocument = [Int](repeating: 0, count: documentCount)
    for document in documents { perDocument[Int(document)] += 1 }
    state.documentTerms = perDocument.map { count in
      var list: [Int32] = []
      list.reserveCapacity(count)
      return list
    }
    for (position, old) in order.enumerated() {
      for document in documents[starts[old]..<(starts[old] + frequencies[old])] { state.documentTerms[Int(document)].append(Int32(position)) }
    }
    documents = []
    state.refreshStopEntries(at: Array(state.terms.indices))
    return state
  }

  /// The field-weighted, length-normalised frequency of a term in a document, times 100 and
  /// rounded (docs/search.md, Ranking).
  static func weight(_ counts: SIMD8<Int32>, _ lengths: [Int], _ pivots: [Double]) -> Int {
    weight(counts, normalisers: normalisers(lengths, pivots))
  }

  /// The weight of a term in a document of these ``normalisers(_:_:)``.
  static func weight(_ counts: SIMD8<Int32>, normalisers: SIMD8<Double>) -> Int {
    var weighted = 0.0
    for field in SearchField.allCases where counts[field.rawValue] > 0 {
      weighted += field.weight * Double(counts[field.rawValue]) / normalisers[field.rawValue]
    }
    return Int((weighted * 100).rounded())
  }

  /// What BM25F divides each field's frequency by in a document of these field lengths: once
  /// per document, not once per posting.
  static func normalisers(_ lengths: [Int], _ pivots: [Double]) -> SIMD8<Double> {
    var normalisers = SIMD8<Double>(repeating: 1)
    for field in SearchField.allCases {
      normalisers[field.rawValue] = 1 - b + b * Double(lengths[field.rawValue]) / pivots[field.rawValue]
    }
    return normalisers
  }

  /// A term's inverse document frequency, times 10,000 and rounded.
  static func idf(frequency: Int, documentCount: Int) -> Int {
    let df = Double(frequency)
    return Int((log(1 + (Double(documentCount) - df + 0.5) / (df + 0.5)) * 10_000).rounded())
  }

  /// Whether a term is in more than a tenth of a large corpus: its files keep only its
  /// strongest postings, without positions (``SearchIndex/stopTerms``).
  static func isStopTerm(frequency: Int, documentCount: Int) -> Bool {
    documentCount >= SearchIndex.stopTermMinimumDocuments && frequency * 10 > documentCount
  }

  /// The pivot of each field: its average length over the documents, rounded (``pivot(total:documents:)``).
  static func pivots(_ lengths: [[Int]]) -> [Double] {
    SearchField.allCases.map { field in pivot(total: lengths.reduce(0) { $0 + $1[field.rawValue] }, documents: lengths.count) }
  }

  /// The average length of a field that BM25F normalises by: the mean, at least 1, rounded to
  /// five significant binary digits (steps of 3 to 6 %), in integers, so every machine gets the
  /// same value.
  ///
  /// Rounded so that editing a few cases almost never moves it, and with it the weight of every
  /// other case's postings: an incremental build then re-weighs only the terms of the edited
  /// cases (``IndexState``). Rounded to the nearest step, not down: a field whose texts all have
  /// the same length has a whole mean, which then sits mid-step instead of on an edge.
  ///
  /// ```
  /// total 10_050, 10 documents → mean 1005 → 992;  total 50, 10 documents → 5;  total 7 → 1
  /// ```
  static func pivot(total: Int, documents: Int) -> Double {
    let fixed = max(total * 64 / max(documents, 1), 64)
    let shift = max(0, Int.bitWidth - fixed.leadingZeroBitCount - 5)
    let half = shift > 0 ? 1 << (shift - 1) : 0
    return Double(((fixed + half) >> shift) << shift) / 64
  }

  /// One document's terms with their positions (in increasing order: each text's tokens come
  /// after the previous text's), where its texts start, and the number of primary tokens in
  /// each field.
  static func tally(_ document: SearchDocument) -> Tally {
    var tally = Tally()
    let bytes = document.sections.reduce(document.title.utf8.count + document.summary.utf8.count) { $0 + $1.text.utf8.count }
    var tokens = TallyTokens(numbering: TermNumbering(expected: bytes / 12))
    tokens.tokenTerms.reserveCapacity(bytes / 5)
    tokens.tokenPositions.reserveCapacity(bytes / 5)
    var position = 0
    func add(_ text: String, field: SearchField, bit: Int) {
      tally.layout.add(start: position, field: field.rawValue, bit: bit)
      tokens.primaries = 0
      tokens.last = nil
      Tokenizer.tokens(text, start: position, into: &tokens)
      tally.lengths[field.rawValue] += tokens.primaries
      position = (tokens.last ?? position) + fieldGap
    }
    for line in document.signatures { add(line, field: .signatures, bit: SearchField.signatures.rawValue) }
    add(document.title, field: .title, bit: SearchField.title.rawValue)
    add(document.summary, field: .summary, bit: SearchField.summary.rawValue)
    for name in document.components { add(name, field: .components, bit: SearchField.components.rawValue) }
    for name in document.tags { add(name, field: .tags, bit: SearchField.tags.rawValue) }
    for entry in document.environment { add(entry, field: .environment, bit: SearchField.environment.rawValue) }
    for section in document.sections {
      add(section.heading + "\n" + section.text, field: .body, bit: SearchField.sectionBit(section.kind))
    }
    tally.layout.cjk = SearchField.isCJKLanguage(document.lang)
    tally.terms = tokens.numbering.terms
    // Positions grouped by term (a counting sort: within a term they stay in increasing order).
    var ends = [Int](repeating: 0, count: tally.terms.count)
    for id in tokens.tokenTerms { ends[Int(id)] += 1 }
    var total = 0
    for id in ends.indices {
      total += ends[id]
      ends[id] = total
    }
    var next = [0] + ends.dropLast()
    tally.positions = [Int](repeating: 0, count: total)
    for (id, position) in zip(tokens.tokenTerms, tokens.tokenPositions) {
      tally.positions[next[Int(id)]] = position
      next[Int(id)] += 1
    }
    tally.ends = ends
    return tally
  }

  /// Each token of a document as the number of its term (``TermNumbering``) and its position;
  /// of the text being read, the number of primary tokens and the last position.
  private struct TallyTokens: TokenSink {
    var numbering: TermNumbering
    var tokenTerms: [Int32] = []
    var tokenPositions: [Int] = []
    var primaries = 0
    var last: Int?

    mutating func take(ascii token: UnsafeBufferPointer<UInt8>, position: Int, primary: Bool) {
      add(numbering.number(ascii: token), position: position, primary: primary)
    }

    mutating func take(_ token: String, position: Int, primary: Bool) {
      add(numbering.number(token), position: position, primary: primary)
    }

    private mutating func add(_ term: Int32, position: Int, primary: Bool) {
      tokenTerms.append(term)
      tokenPositions.append(position)
      if primary { primaries += 1 }
      last = position
    }
  }

  /// A document's terms (in order of first sight) and their positions, one flat list for all.
  struct Tally {
    var terms: [String] = []
    /// Where each term's positions end in ``positions``; they start where the previous term's end.
    var ends: [Int] = []
    var positions: [Int] = []
    var lengths = Array(repeating: 0, count: SearchField.allCases.count)
    var layout = Layout()

    /// The positions of the term at `index`.
    func positions(of index: Int) -> ArraySlice<Int> {
      positions[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }
  }
}
