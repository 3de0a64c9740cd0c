// Stage: Search (kept between builds). What an index build leaves for the next one.

internal import CasebookCore

/// Everything the index files were made from, in a form an edit can be applied to: the next
/// build re-tallies only the documents that changed and re-weighs only their terms
/// (``update(_:keys:)``), instead of the whole corpus.
///
/// It holds every term's *full* postings (a stop term's files keep only its strongest), every
/// document's field lengths (the pivots of BM25F, ``SearchIndexBuilder/pivot(total:documents:)``)
/// and the terms each document contains (to take its old postings out), plus what the files
/// were cut into (shard keys, typo vocabulary heads). The command layer keeps it in
/// `.casebook-cache/` as bytes (``bytes``, ``init(bytes:)``); it is never committed.
///
/// ```
/// document 7 edited → its old terms ∪ its new terms re-weighed → their shards, d/7.js, meta.js rewritten
/// ```
package struct IndexState: Sendable, Equatable, StreamedBytes {
  /// Per document, in index order: a digest of what its search document is made from.
  package var documentKeys: [UInt64] = []
  /// Per document: what the signature shards and `facets.js` take from it
  /// (``SearchDocument/facetKey``). An edit that keeps every changed document's key keeps them.
  var facetKeys: [UInt64] = []
  /// Per document: the number of primary tokens in each field (``SearchField`` order).
  var lengths: [[Int]] = []
  /// Per document: the positions in ``terms`` of the terms it contains, ascending.
  var documentTerms: [[Int32]] = []
  /// Every term, in code point order.
  var terms: [String] = []
  /// Per term: its document frequency.
  var frequencies: [Int] = []
  /// Per term: all its postings, weighted, as ``PostingCodec`` text.
  var postings: [String] = []
  /// The postings of the stop terms as the files carry them (``entry(at:)``), made once.
  var stopEntries: [String: String] = [:]
  /// The term shard keys the files were cut into, and the heads of the typo vocabularies.
  var shardKeys: [String] = []
  var typoHeads: [String] = []
  /// How many signature shards the files were cut into (`search/s/<n>.js`).
  var signatureShards = 0

  package init() {}

  package var documentCount: Int { documentKeys.count }

  /// The position of a term, by binary search in code point (UTF-8 byte) order.
  func position(of term: String) -> Int? {
    let index = lowerBound(term)
    return index < terms.count && terms[index] == term ? index : nil
  }

  /// The first position whose term is not below `term` in UTF-8 byte order.
  func lowerBound(_ term: String) -> Int {
    var low = 0, high = terms.count
    while low < high {
      let middle = (low + high) / 2
      if terms[middle].precedesInByteOrder(term) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The positions of the terms that start with `prefix`: a contiguous run in code point order.
  func range(withPrefix prefix: String) -> Range<Int> {
    let start = lowerBound(prefix)
    var end = start
    var high = terms.count
    // The run ends at the first term past `start` that does not start with the prefix.
    while end < high {
      let middle = (end + high) / 2
      if terms[middle].utf8.starts(with: prefix.utf8) { end = middle + 1 } else { high = middle }
    }
    return start..<end
  }

  /// A term's entry as the index files carry it: its idf and postings; a stop term keeps only
  /// its ``SearchIndex/stopTermPostings`` strongest, in document order.
  ///
  /// A stop term still finds cases on its own, but no longer dominates what a query loads.
  func entry(at index: Int) -> (entry: EncodedTerm, stop: Bool) {
    let frequency = frequencies[index]
    let idf = SearchIndexBuilder.idf(frequency: frequency, documentCount: documentCount)
    guard SearchIndexBuilder.isStopTerm(frequency: frequency, documentCount: documentCount) else {
      return (EncodedTerm(idf: idf, postings: postings[index]), false)
    }
    return (EncodedTerm(idf: idf, postings: stopEntries[terms[index]] ?? Self.strongest(postings[index])), true)
  }

  /// A stop term's strongest postings, in document order.
  static func strongest(_ postings: String) -> String {
    var all = PostingCodec.weights(postings)
    if all.count > SearchIndex.stopTermPostings {
      all.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.document < $1.document }
      all.removeLast(all.count - SearchIndex.stopTermPostings)
      all.sort { $0.document < $1.document }
    }
    var writer = PostingCodec.Writer()
    for kept in all { writer.append(document: kept.document, weight: kept.weight, mask: kept.mask, positions: EmptyCollection<Int>()) }
    return writer.text
  }

  /// Makes ``stopEntries`` again for the terms at `positions` (those that are stop terms).
  mutating func refreshStopEntries(at positions: [Int]) {
    let stops = positions.filter { SearchIndexBuilder.isStopTerm(frequency: frequencies[$0], documentCount: documentCount) }
    let state = self
    let entries = stops.concurrentMap { Self.strongest(state.postings[$0]) }
    for (position, entry) in zip(stops, entries) { stopEntries[terms[position]] = entry }
  }

  // MARK: - Bytes

  static let magic = Array("casebook-index-state 2\n".utf8)

  /// The state as the cache file holds it (LEB128 numbers and length-prefixed UTF-8 strings),
  /// handed to `emit` about a megabyte at a time: the state of a large corpus is tens of
  /// megabytes, and a build should not hold it twice.
  package func write(_ emit: ([UInt8]) throws -> Void) rethrows {
    var out = ByteWriter(Self.magic)
    func flush() throws {
      if out.bytes.count >= 1 << 20 {
        try emit(out.bytes)
        out.bytes.removeAll(keepingCapacity: true)
      }
    }
    out.number(documentCount)
    for index in 0..<documentCount {
      out.word(documentKeys[index])
      out.word(facetKeys[index])
      out.numbers(lengths[index])
      out.number(documentTerms[index].count)
      var last: Int32 = 0
      for term in documentTerms[index] {
        out.number(Int(term - last))
        last = term
      }
      try flush()
    }
    out.number(terms.count)
    for index in terms.indices {
      out.text(terms[index])
      out.number(frequencies[index])
      out.text(postings[index])
      try flush()
    }
    out.number(stopEntries.count)
    for term in stopEntries.keys.sorted() {
      out.text(term)
      out.text(stopEntries[term]!)
    }
    out.texts(shardKeys)
    out.texts(typoHeads)
    out.number(signatureShards)
    try emit(out.bytes)
  }

  /// Reads a state back; nil when the bytes are of another format or damaged in any way.
  package init?(bytes: [UInt8]) {
    guard bytes.starts(with: Self.magic) else { return nil }
    var reader = ByteReader(bytes, from: Self.magic.count)
    guard let documents = reader.count() else { return nil }
    for _ in 0..<documents {
      guard let key = reader.word(), let facetKey = reader.word(), let lengths = reader.numbers(), lengths.count == SearchField.allCases.count, let termCount = reader.count() else { return nil }
      var terms: [Int32] = []
      terms.reserveCapacity(termCount)
      var last = 0
      for _ in 0..<termCount {
        guard let step = reader.number(), last + step <= Int(Int32.max) else { return nil }
        last += step
        terms.append(Int32(last))
      }
      documentKeys.append(key)
      facetKeys.append(facetKey)
      self.lengths.append(lengths)
      documentTerms.append(terms)
    }
    guard let termCount = reader.count() else { return nil }
    terms.reserveCapacity(termCount)
    for _ in 0..<termCount {
      guard let term = reader.text(), let frequency = reader.number(), let postings = reader.text() else { return nil }
      terms.append(term)
      frequencies.append(frequency)
      self.postings.append(postings)
    }
    guard documentTerms.allSatisfy({ $0.allSatisfy { Int($0) < termCount } }), let stopCount = reader.count() else { return nil }
    for _ in 0..<stopCount {
      guard let term = reader.text(), let entry = reader.text() else { return nil }
      stopEntries[term] = entry
    }
    guard let shardKeys = reader.texts(), let typoHeads = reader.texts(), let signatureShards = reader.number(), reader.atEnd else { return nil }
    self.shardKeys = shardKeys
    self.typoHeads = typoHeads
    self.signatureShards = signatureShards
  }
}
