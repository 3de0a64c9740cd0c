// Stage: Search (built during Render). Documents → postings with BM25F weights.

internal import CasebookCore
internal import Foundation

/// Builds the search index from documents.
///
/// ```
/// title "CRI-O fails to link"  →  terms["link"] = idf, [(doc 0, weight, mask title|…, positions)]
/// ```
package enum SearchIndexBuilder {
  static let k1 = 1.2
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
  package struct Accumulator {
    private var merged = Merged(partitions: (0..<max(1, ProcessorCount.active)).map(Partition.init))
    private var documents: [SearchDocument] = []

    package init() {}

    package mutating func add(_ batch: [SearchDocument]) {
      let start = documents.count
      let tallies = batch.concurrentMap(tally)
      documents += batch.map(\.trimmed)
      merged.lengths += tallies.map(\.lengths)
      merged.layouts += tallies.map(\.layout)
      let partitions = merged.partitions
      _ = partitions.concurrentMap { partition in
        for (offset, tally) in tallies.enumerated() {
          for (term, positions) in tally.occurrences where Partition.number(of: term, among: partitions.count) == partition.number {
            partition.postings.append(positions, document: start + offset, term: term)
          }
        }
      }
    }

    /// The index of every document added, in the order added.
    package consuming func finish(contentHash: String) -> SearchIndex {
      for partition in merged.partitions { partition.postings.shrink() }
      let (terms, stopTerms) = weigh(merged, documentCount: documents.count)
      var signatures: [String: [Int]] = [:]
      for (index, document) in documents.enumerated() {
        for line in Set(document.signatures.map(SignatureNormalizer.normalize)) { signatures[line, default: []].append(index) }
      }
      return SearchIndex(documents: documents, terms: terms, signatures: signatures, contentHash: contentHash, stopTerms: stopTerms)
    }
  }

  /// Every document's terms, merged into raw postings; each document's field lengths and layout.
  struct Merged {
    var lengths: [[Int]] = []
    var layouts: [Layout] = []
    var partitions: [Partition] = []
  }

  /// Now that every length is known: BM25F weights, idf, stop terms, and the encoded postings,
  /// a partition at a time (its raw postings are released once encoded).
  static func weigh(_ merged: Merged, documentCount: Int) -> (terms: [String: EncodedTerm], stopTerms: Set<String>) {
    let lengths = merged.lengths
    let layouts = merged.layouts
    let averages = SearchField.allCases.map { field in
      max(Double(lengths.reduce(0) { $0 + $1[field.rawValue] }) / Double(max(documentCount, 1)), 1)
    }
    let stopTermsApply = documentCount >= SearchIndex.stopTermMinimumDocuments
    func weight(_ posting: RawPostings.Posting) -> Int {
      var weighted = 0.0
      for field in SearchField.allCases where posting.counts[field.rawValue] > 0 {
        let normaliser = 1 - b + b * Double(lengths[posting.document][field.rawValue]) / averages[field.rawValue]
        weighted += field.weight * Double(posting.counts[field.rawValue]) / normaliser
      }
      return Int((weighted * 100).rounded())
    }
    var terms: [String: EncodedTerm] = [:]
    var stopTerms = Set<String>()
    for partition in merged.partitions {
      let postings = partition.postings
      partition.postings = RawPostings()
      let encoded = Array(postings.terms.indices).concurrentMap { slot -> (entry: EncodedTerm, stop: Bool) in
        let raw = postings.decode(slot, layouts: layouts)
        let df = Double(raw.count)
        let idf = Int((log(1 + (Double(documentCount) - df + 0.5) / (df + 0.5)) * 10_000).rounded())
        var writer = PostingCodec.Writer()
        // A term in more than a tenth of a large corpus keeps only its strongest postings, without
        // positions: it still finds cases on its own, but no longer dominates what a query loads.
        if stopTermsApply, raw.count * 10 > documentCount {
          let weighed: [(document: Int, weight: Int, mask: Int)] = raw.map { ($0.document, weight($0), $0.mask) }
          let byWeight = weighed.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.document < $1.document }
          let strongest = byWeight.prefix(SearchIndex.stopTermPostings).sorted { $0.document < $1.document }
          for kept in strongest { writer.append(document: kept.document, weight: kept.weight, mask: kept.mask, positions: [Int]()) }
          return (EncodedTerm(idf: idf, postings: writer.text), true)
        }
        for posting in raw { writer.append(document: posting.document, weight: weight(posting), mask: posting.mask, positions: posting.positions) }
        return (EncodedTerm(idf: idf, postings: writer.text), false)
      }
      for (term, result) in zip(postings.terms, encoded) {
        terms[term] = result.entry
        if result.stop { stopTerms.insert(term) }
      }
    }
    return (terms, stopTerms)
  }

  /// One document's terms with their positions (in increasing order: each text's tokens come
  /// after the previous text's), where its texts start, and the number of primary tokens in
  /// each field.
  static func tally(_ document: SearchDocument) -> (occurrences: [String: [Int]], lengths: [Int], layout: Layout) {
    var occurrences: [String: [Int]] = [:]
    var length = Array(repeating: 0, count: SearchField.allCases.count)
    var layout = Layout()
    var position = 0
    func add(_ text: String, field: SearchField, bit: Int) {
      let tokens = Tokenizer.tokens(text, start: position)
      layout.add(start: position, field: field.rawValue, bit: bit)
      for token in tokens { occurrences[token.text, default: []].append(token.position) }
      length[field.rawValue] += tokens.count { $0.primary }
      position = (tokens.last?.position ?? position) + fieldGap
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
    layout.cjk = SearchField.isCJKLanguage(document.lang)
    return (occurrences, length, layout)
  }
}
