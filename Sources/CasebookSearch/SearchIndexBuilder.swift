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
  static let batchSize = 512

  package static func build(_ documents: [SearchDocument], contentHash: String) -> SearchIndex {
    // Each document on its own, a batch at a time on every core: term occurrences and field
    // lengths. A tally (a dictionary with an array of positions per term) is a hundred times the
    // size of its encoding, so each batch is merged into compact raw postings and dropped.
    var lengths: [[Int]] = []
    lengths.reserveCapacity(documents.count)
    var postings = RawPostings()
    for start in stride(from: 0, to: documents.count, by: batchSize) {
      let tallies = Array(documents[start..<min(start + batchSize, documents.count)]).concurrentMap(tally)
      for (offset, tally) in tallies.enumerated() {
        lengths.append(tally.lengths)
        for (term, occurrence) in tally.occurrences { postings.append(occurrence, document: start + offset, term: term) }
      }
    }

    // Now that every length is known: BM25F weights, idf, stop terms, and the encoded postings.
    let count = max(documents.count, 1)
    let averages = SearchField.allCases.map { field in
      max(Double(lengths.reduce(0) { $0 + $1[field.rawValue] }) / Double(count), 1)
    }
    let stopTermsApply = documents.count >= SearchIndex.stopTermMinimumDocuments
    let encoded = Array(postings.terms.indices).concurrentMap { slot -> (entry: EncodedTerm, stop: Bool) in
      let raw = postings.decode(slot)
      let df = Double(raw.count)
      let idf = Int((log(1 + (Double(documents.count) - df + 0.5) / (df + 0.5)) * 10_000).rounded())
      func weight(_ posting: RawPostings.Posting) -> Int {
        var weighted = 0.0
        for field in SearchField.allCases where posting.counts[field.rawValue] > 0 {
          let normaliser = 1 - b + b * Double(lengths[posting.document][field.rawValue]) / averages[field.rawValue]
          weighted += field.weight * Double(posting.counts[field.rawValue]) / normaliser
        }
        return Int((weighted * 100).rounded())
      }
      var writer = PostingCodec.Writer()
      // A term in more than a tenth of a large corpus keeps only its strongest postings, without
      // positions: it still finds cases on its own, but no longer dominates what a query loads.
      if stopTermsApply, raw.count * 10 > documents.count {
        let weighed: [(document: Int, weight: Int, mask: Int)] = raw.map { ($0.document, weight($0), $0.mask) }
        let byWeight = weighed.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.document < $1.document }
        let strongest = byWeight.prefix(SearchIndex.stopTermPostings).sorted { $0.document < $1.document }
        for kept in strongest { writer.append(document: kept.document, weight: kept.weight, mask: kept.mask, positions: [Int]()) }
        return (EncodedTerm(idf: idf, postings: writer.text), true)
      }
      for posting in raw { writer.append(document: posting.document, weight: weight(posting), mask: posting.mask, positions: posting.positions) }
      return (EncodedTerm(idf: idf, postings: writer.text), false)
    }
    var terms: [String: EncodedTerm] = [:]
    terms.reserveCapacity(encoded.count)
    var stopTerms = Set<String>()
    for (term, result) in zip(postings.terms, encoded) {
      terms[term] = result.entry
      if result.stop { stopTerms.insert(term) }
    }

    var signatures: [String: [Int]] = [:]
    for (index, document) in documents.enumerated() {
      for line in Set(document.signatures.map(SignatureNormalizer.normalize)) { signatures[line, default: []].append(index) }
    }
    return SearchIndex(documents: documents, terms: terms, signatures: signatures, contentHash: contentHash, stopTerms: stopTerms)
  }

  /// Every term's postings before weighting, as LEB128 bytes, one byte array per term.
  ///
  /// Per posting: the document (difference from the term's previous one), a bit per field the
  /// term occurs in and its count in each of those fields, the field mask, the number of
  /// positions, and the positions (each as the difference from the one before).
  struct RawPostings {
    struct Posting {
      var document: Int
      var counts: SIMD8<Int32>
      var mask: Int
      var positions: [Int]
    }

    private(set) var terms: [String] = []
    private var slots: [String: Int] = [:]
    private var bytes: [[UInt8]] = []
    private var lastDocument: [Int] = []

    mutating func append(_ occurrence: Occurrence, document: Int, term: String) {
      let slot: Int
      if let known = slots[term] {
        slot = known
      } else {
        slot = terms.count
        slots[term] = slot
        terms.append(term)
        bytes.append([])
        lastDocument.append(0)
      }
      var fields = 0
      for field in 0..<SearchField.allCases.count where occurrence.counts[field] > 0 { fields |= 1 << field }
      Self.put(document - lastDocument[slot], &bytes[slot])
      lastDocument[slot] = document
      Self.put(fields, &bytes[slot])
      for field in 0..<SearchField.allCases.count where occurrence.counts[field] > 0 { Self.put(Int(occurrence.counts[field]), &bytes[slot]) }
      Self.put(occurrence.mask, &bytes[slot])
      Self.put(occurrence.positions.count, &bytes[slot])
      var last = 0
      for position in occurrence.positions {
        Self.put(position - last, &bytes[slot])
        last = position
      }
    }

    func decode(_ slot: Int) -> [Posting] {
      let data = bytes[slot]
      var index = 0
      func get() -> Int {
        var value = 0, shift = 0
        while index < data.count {
          let byte = data[index]
          index += 1
          value |= Int(byte & 0x7F) << shift
          shift += 7
          if byte & 0x80 == 0 { break }
        }
        return value
      }
      var postings: [Posting] = []
      var document = 0
      while index < data.count {
        document += get()
        let fields = get()
        var counts = SIMD8<Int32>()
        for field in 0..<SearchField.allCases.count where fields & (1 << field) != 0 { counts[field] = Int32(get()) }
        let mask = get()
        let positionCount = get()
        var positions: [Int] = []
        positions.reserveCapacity(positionCount)
        var last = 0
        for _ in 0..<positionCount {
          last += get()
          positions.append(last)
        }
        postings.append(Posting(document: document, counts: counts, mask: mask, positions: positions))
      }
      return postings
    }

    private static func put(_ number: Int, _ out: inout [UInt8]) {
      var value = UInt(max(number, 0))
      while value >= 0x80 {
        out.append(UInt8(value & 0x7F) | 0x80)
        value >>= 7
      }
      out.append(UInt8(value))
    }
  }

  struct Occurrence {
    /// Occurrences per field, by `SearchField.rawValue` (seven fields; inline, not on the heap).
    var counts = SIMD8<Int32>()
    var mask = 0
    /// In increasing order: each field's tokens come after the previous field's.
    var positions: [Int] = []

    mutating func add(field: Int, bit: Int, position: Int) {
      counts[field] += 1
      mask |= 1 << bit
      positions.append(position)
    }
  }

  /// One document's terms (counts per field, the fields they occur in, positions) and the
  /// number of primary tokens in each field.
  static func tally(_ document: SearchDocument) -> (occurrences: [String: Occurrence], lengths: [Int]) {
    var occurrences: [String: Occurrence] = [:]
    var length = Array(repeating: 0, count: SearchField.allCases.count)
    var position = 0
    func add(_ text: String, field: SearchField, bit: Int) {
      let tokens = Tokenizer.tokens(text, start: position)
      for token in tokens {
        occurrences[token.text, default: Occurrence()].add(field: field.rawValue, bit: bit, position: token.position)
      }
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
    if SearchField.isCJKLanguage(document.lang) {
      for term in occurrences.keys { occurrences[term]!.mask |= 1 << SearchField.cjkLanguageBit }
    }
    return (occurrences, length)
  }
}
