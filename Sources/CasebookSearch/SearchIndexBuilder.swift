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
  static let batchSize = 128

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

  /// The terms one core merges: those ``number(of:among:)`` gives its number.
  final class Partition: @unchecked Sendable {
    let number: Int
    var postings = RawPostings()

    init(number: Int) {
      self.number = number
    }

    /// The partition of a term: cheap, and spreads words evenly enough.
    static func number(of term: String, among count: Int) -> Int {
      let utf8 = term.utf8
      return (Int(utf8.first ?? 0) &+ Int(utf8.last ?? 0) &+ utf8.count) % count
    }
  }

  /// Every term's postings before weighting, as LEB128 bytes, one byte array per term.
  ///
  /// Per posting: the document (difference from the term's previous one), the number of
  /// positions, and the positions (each as the difference from the one before). Which fields
  /// and sections the term occurs in, and how often, follow from the positions and the
  /// document's ``Layout``, so they are not stored.
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

    mutating func append(_ positions: [Int], document: Int, term: String) {
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
      Self.put(document - lastDocument[slot], &bytes[slot])
      lastDocument[slot] = document
      Self.put(positions.count, &bytes[slot])
      var last = 0
      for position in positions {
        Self.put(position - last, &bytes[slot])
        last = position
      }
    }

    /// Gives each term's bytes an array of their own size: appending left up to half of each
    /// array unused, and the arrays stay until every term is weighed.
    mutating func shrink() {
      for slot in bytes.indices where bytes[slot].capacity > bytes[slot].count + 16 {
        bytes[slot] = Array(bytes[slot][...])
      }
    }

    func decode(_ slot: Int, layouts: [Layout]) -> [Posting] {
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
        let positionCount = get()
        var positions: [Int] = []
        positions.reserveCapacity(positionCount)
        var last = 0
        for _ in 0..<positionCount {
          last += get()
          positions.append(last)
        }
        let (counts, mask) = layouts[document].fields(at: positions)
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

  /// Where each text of a document (a signature line, the title, a section, …) starts among its
  /// token positions, with its field and mask bit: a term's positions then tell the fields and
  /// sections it occurs in, and how often, without storing them per term.
  struct Layout {
    // Kept small: there is one layout per document for the whole build of the index.
    private(set) var starts: [Int32] = []
    private(set) var fields: [UInt8] = []
    private(set) var bits: [UInt8] = []
    var cjk = false

    /// Texts are added in increasing position order; each runs until the next one starts.
    mutating func add(start: Int, field: Int, bit: Int) {
      starts.append(Int32(clamping: start))
      fields.append(UInt8(field))
      bits.append(UInt8(bit))
    }

    /// Occurrences per field and the field mask of a term at these positions (in increasing order).
    func fields(at positions: [Int]) -> (counts: SIMD8<Int32>, mask: Int) {
      var counts = SIMD8<Int32>()
      var mask = cjk ? 1 << SearchField.cjkLanguageBit : 0
      // The text of the first position by binary search (the body's many sections come last),
      // then onwards: positions are in increasing order.
      var text = 0
      if let first = positions.first {
        var high = starts.count - 1
        while text < high {
          let middle = (text + high + 1) / 2
          if Int(starts[middle]) <= first { text = middle } else { high = middle - 1 }
        }
      }
      for position in positions {
        while text + 1 < starts.count, Int(starts[text + 1]) <= position { text += 1 }
        guard text < starts.count else { break }
        counts[Int(fields[text])] += 1
        mask |= 1 << Int(bits[text])
      }
      return (counts, mask)
    }
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
