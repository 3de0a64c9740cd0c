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

  package static func build(_ documents: [SearchDocument], contentHash: String) -> SearchIndex {
    // Each document on its own, on every core: term occurrences and field lengths.
    var tallies = documents.concurrentMap(tally)
    let lengths = tallies.map(\.lengths)
    let count = max(documents.count, 1)
    let averages = SearchField.allCases.map { field in
      max(Double(lengths.reduce(0) { $0 + $1[field.rawValue] }) / Double(count), 1)
    }

    var terms: [String: TermEntry] = [:]
    for index in tallies.indices {
      // Each document's tally is released once merged: the corpus is not held twice.
      let occurrences = tallies[index].occurrences
      tallies[index].occurrences = [:]
      for (term, occurrence) in occurrences {
        var weighted = 0.0
        for field in SearchField.allCases where occurrence.counts[field.rawValue] > 0 {
          let normaliser = 1 - b + b * Double(lengths[index][field.rawValue]) / averages[field.rawValue]
          weighted += field.weight * Double(occurrence.counts[field.rawValue]) / normaliser
        }
        let posting = Posting(document: index, weight: Int((weighted * 100).rounded()), mask: occurrence.mask, positions: occurrence.positions)
        terms[term, default: TermEntry(idf: 0, postings: [])].postings.append(posting)
      }
    }
    var stopTerms = Set<String>()
    for (term, entry) in terms {
      let df = Double(entry.postings.count)
      let idf = log(1 + (Double(documents.count) - df + 0.5) / (df + 0.5))
      terms[term]!.idf = Int((idf * 10_000).rounded())
      // A term in more than a tenth of a large corpus keeps only its strongest postings, without
      // positions: it still finds cases on its own, but no longer dominates what a query loads.
      if documents.count >= SearchIndex.stopTermMinimumDocuments, entry.postings.count * 10 > documents.count {
        stopTerms.insert(term)
        let strongest = entry.postings.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.document < $1.document }
          .prefix(SearchIndex.stopTermPostings)
        terms[term]!.postings = strongest.sorted { $0.document < $1.document }.map { Posting(document: $0.document, weight: $0.weight, mask: $0.mask, positions: []) }
      }
    }

    var signatures: [String: [Int]] = [:]
    for (index, document) in documents.enumerated() {
      for line in Set(document.signatures.map(SignatureNormalizer.normalize)) { signatures[line, default: []].append(index) }
    }
    return SearchIndex(documents: documents, terms: terms, signatures: signatures, contentHash: contentHash, stopTerms: stopTerms)
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
