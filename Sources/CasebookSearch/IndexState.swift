// Stage: Search (kept between builds). What an index build leaves for the next one.

internal import CasebookCore

/// Everything the index files were made from, in a form an edit can be applied to: the next
/// build re-tallies only the documents that changed and re-weighs only their terms
/// (``update(_:keys:)``), instead of the whole corpus.
///
/// It holds every term's postings (a stop term's without positions; its files carry them as
/// ``FrequentTermCodec`` levels), every
/// document's field lengths (the pivots of BM25F, ``SearchIndexBuilder/pivot(total:documents:)``)
/// and the terms each document contains (to take its old postings out), plus what the files
/// were cut into (shard keys, typo vocabulary heads). The command layer keeps it in
/// `.casebook-cache/` as bytes (``bytes``, ``init(bytes:)``); it is never committed.
///
/// ```
/// document 7 edited → its old terms ∪ its new terms re-weighed → their shards, d/7.js, meta.js rewritten
/// ```
package struct IndexState: Sendable, Equatable, Codable {
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
  /// The documents in Chinese, Japanese or Korean, ascending (``SearchField/isCJKLanguage(_:)``):
  /// `meta.js` lists them, since a stop term's postings carry no field mask.
  var cjkDocuments: [Int] = []
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

  /// A term's entry as the index files carry it: its document frequency and postings; a stop
  /// term's are every posting as a ``FrequentTermCodec`` string, a byte or two each.
  func entry(at index: Int) -> (entry: EncodedTerm, stop: Bool) {
    let frequency = frequencies[index]
    guard SearchIndexBuilder.isStopTerm(frequency: frequency, documentCount: documentCount) else {
      return (EncodedTerm(frequency: frequency, postings: postings[index]), false)
    }
    return (EncodedTerm(frequency: frequency, postings: stopEntries[terms[index]] ?? Self.frequentEntry(postings[index])), true)
  }

  /// A stop term's postings as the files carry them.
  static func frequentEntry(_ postings: String) -> String {
    FrequentTermCodec.encode(PostingCodec.weights(postings).map { (document: $0.document, weight: $0.weight) })
  }

  /// Makes ``stopEntries`` again for the terms at `positions` (those that are stop terms).
  mutating func refreshStopEntries(at positions: [Int]) {
    let stops = positions.filter { SearchIndexBuilder.isStopTerm(frequency: frequencies[$0], documentCount: documentCount) }
    let state = self
    let entries = stops.concurrentMap { Self.frequentEntry(state.postings[$0]) }
    for (position, entry) in zip(stops, entries) { stopEntries[terms[position]] = entry }
  }

  // MARK: - Bytes

  private enum CodingKeys: String, CodingKey {
    case documentKeys, facetKeys, lengths, termCounts, termSteps, terms, frequencies, postings, stopEntries, cjkDocuments, shardKeys, typoHeads, signatureShards
  }

  /// Each document's terms are kept as the steps between their positions, a variable-length
  /// number each (``termSteps``), most of a byte: the largest part of the state otherwise.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(documentKeys, forKey: .documentKeys)
    try container.encode(facetKeys, forKey: .facetKeys)
    try container.encode(lengths, forKey: .lengths)
    try container.encode(documentTerms.map { Int32($0.count) }, forKey: .termCounts)
    var steps: [UInt8] = []
    steps.reserveCapacity(documentTerms.reduce(0) { $0 + $1.count } * 2)
    for positions in documentTerms {
      var last: Int32 = 0
      for position in positions {
        var step = UInt32(position - last)
        last = position
        while step >= 0x80 {
          steps.append(UInt8(step & 0x7F) | 0x80)
          step >>= 7
        }
        steps.append(UInt8(step))
      }
    }
    try container.encode(steps, forKey: .termSteps)
    try container.encode(terms, forKey: .terms)
    try container.encode(frequencies, forKey: .frequencies)
    try container.encode(postings, forKey: .postings)
    try container.encode(stopEntries, forKey: .stopEntries)
    try container.encode(cjkDocuments, forKey: .cjkDocuments)
    try container.encode(shardKeys, forKey: .shardKeys)
    try container.encode(typoHeads, forKey: .typoHeads)
    try container.encode(signatureShards, forKey: .signatureShards)
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    documentKeys = try container.decode([UInt64].self, forKey: .documentKeys)
    facetKeys = try container.decode([UInt64].self, forKey: .facetKeys)
    lengths = try container.decode([[Int]].self, forKey: .lengths)
    let counts = try container.decode([Int32].self, forKey: .termCounts)
    let steps = try container.decode([UInt8].self, forKey: .termSteps)
    var index = 0
    documentTerms = try counts.map { count in
      var positions: [Int32] = []
      positions.reserveCapacity(Int(count))
      var last: Int64 = 0
      for _ in 0..<max(0, Int(count)) {
        var step: Int64 = 0, shift: Int64 = 0
        while true {
          guard index < steps.count, shift < 35 else { throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "term steps")) }
          let byte = steps[index]
          index += 1
          step |= Int64(byte & 0x7F) << shift
          shift += 7
          if byte & 0x80 == 0 { break }
        }
        last += step
        guard last <= Int64(Int32.max) else { throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "term position")) }
        positions.append(Int32(last))
      }
      return positions
    }
    guard index == steps.count else { throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "term steps left over")) }
    terms = try container.decode([String].self, forKey: .terms)
    frequencies = try container.decode([Int].self, forKey: .frequencies)
    postings = try container.decode([String].self, forKey: .postings)
    stopEntries = try container.decode([String: String].self, forKey: .stopEntries)
    cjkDocuments = try container.decode([Int].self, forKey: .cjkDocuments)
    shardKeys = try container.decode([String].self, forKey: .shardKeys)
    typoHeads = try container.decode([String].self, forKey: .typoHeads)
    signatureShards = try container.decode(Int.self, forKey: .signatureShards)
  }

  /// The state as the cache file holds it (``CacheCoder``), whole.
  package var bytes: [UInt8] { (try? CacheCoder.encode(self, kind: "index")) ?? [] }

  /// Reads a state back; nil when the bytes are of another format or damaged in any way.
  package init?(bytes: [UInt8]) {
    guard let state = CacheCoder.decode(IndexState.self, from: bytes, kind: "index") else { return nil }
    let termCount = state.terms.count, documents = state.documentKeys.count
    guard [state.facetKeys.count, state.lengths.count, state.documentTerms.count].allSatisfy({ $0 == documents }),
      state.frequencies.count == termCount, state.postings.count == termCount,
      state.lengths.allSatisfy({ $0.count == SearchField.allCases.count }),
      state.documentTerms.allSatisfy({ $0.allSatisfy { $0 >= 0 && Int($0) < termCount } }),
      state.cjkDocuments.allSatisfy({ $0 >= 0 && $0 < documents })
    else { return nil }
    self = state
  }
}
