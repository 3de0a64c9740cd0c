// Stage: Search. The index: postings by term, signature lines, and per-document facts.

internal import CasebookCore

/// One document's entry in a term's posting list.
///
/// `weight` is the BM25F-normalised, field-weighted term frequency times 100, rounded, so the
/// JavaScript and Swift engines score with the same numbers; `mask` has a bit per field and
/// section the term occurs in; `positions` are the token positions, for phrases.
package struct Posting: Sendable, Equatable {
  package var document: Int
  package var weight: Int
  package var mask: Int
  package var positions: [Int]
}

/// A term's postings and its document frequency (how many documents hold it; a stop term's
/// postings are fewer). The engines weigh it from that and the number of documents when they
/// query (``SearchIndexBuilder/idf(frequency:documentCount:)``), so that a case added changes
/// the entries of its own terms only.
package struct TermEntry: Sendable, Equatable {
  package var frequency: Int
  package var postings: [Posting]
}

/// A term's entry as the index files hold it: the document frequency and the postings as a
/// ``PostingCodec`` string, a few bytes per posting instead of a value with an array of positions.
package struct EncodedTerm: Sendable, Equatable {
  package var frequency: Int
  package var postings: String

  package init(frequency: Int, postings: String) {
    self.frequency = frequency
    self.postings = postings
  }

  package var decoded: TermEntry { TermEntry(frequency: frequency, postings: PostingCodec.decode(postings)) }
}

/// The facts a result list needs about a document, without its text.
package struct DocumentFacts: Sendable, Equatable, Codable {
  package var status: String
  package var components: [String]
  package var tags: [String]
  /// ``SearchDocument/appliesTo`` and ``SearchDocument/fixedIn``, for `--where`.
  package var appliesTo: [String: [[String]]]?
  package var fixedIn: [String: String]?
  /// The day the case's review runs out: past it, the case needs review.
  package var reviewDue: String?

  package init(_ document: SearchDocument) {
    status = document.status
    components = document.components
    tags = document.tags
    appliesTo = document.appliesTo
    fixedIn = document.fixedIn
    reviewDue = document.reviewDue
  }

  enum CodingKeys: String, CodingKey {
    case status, components, tags
    case appliesTo = "applies_to", fixedIn = "fixed_in", reviewDue = "review_due"
  }
}

/// A complete search index in memory: what `casebook build` shards into Site/search and what
/// `casebook search` queries.
package struct SearchIndex: Sendable {
  package static let version = 8
  /// Every document, ``SearchDocument/trimmed`` (as the builder keeps them): what the document
  /// files carry.
  package var documents: [SearchDocument]
  package var terms: [String: EncodedTerm]
  /// Normalized signature line → the documents that list it.
  package var signatures: [String: [Int]]
  /// A hash of the inputs the index was built from, to tell whether it is fresh.
  package var contentHash: String
  /// Terms in more than a tenth of a large corpus (`the`, `and`, a common component): they would
  /// be the largest posting lists, so their postings keep no positions and carry their weights
  /// as levels (``FrequentTermCodec``), a byte or two each.
  package var stopTerms: Set<String>
  /// The documents in Chinese, Japanese or Korean, which a stop term's postings do not say.
  package var cjkDocuments: Set<Int>

  /// What the index was made from, which ``IndexFiles`` writes.
  package var state: IndexState

  /// The index a builder's state describes, with its (trimmed) documents.
  package init(state: IndexState, documents: [SearchDocument], contentHash: String) {
    self.state = state
    self.documents = documents
    self.contentHash = contentHash
    let entries = Array(state.terms.indices).concurrentMap { state.entry(at: $0) }
    var terms: [String: EncodedTerm] = [:]
    var stopTerms = Set<String>()
    for (term, entry) in zip(state.terms, entries) {
      terms[term] = entry.entry
      if entry.stop { stopTerms.insert(term) }
    }
    self.terms = terms
    self.stopTerms = stopTerms
    cjkDocuments = Set(state.cjkDocuments)
    signatures = Self.signatures(of: documents)
  }

  /// Normalized signature line → the documents that list it, in order.
  package static func signatures(of documents: [SearchDocument]) -> [String: [Int]] {
    // Normalised on every core; gathered in document order.
    let lines = documents.concurrentMap { document in Set(document.signatures.map(SignatureNormalizer.normalize)) }
    var signatures: [String: [Int]] = [:]
    for (index, own) in lines.enumerated() {
      for line in own { signatures[line, default: []].append(index) }
    }
    return signatures
  }

  /// A corpus needs this many documents before its commonest terms become stop terms.
  package static let stopTermMinimumDocuments = 200
}

/// FNV-1a hashes, the same in Swift and JavaScript.
package enum FNV {
  package static func hash32(_ text: String) -> UInt32 {
    var hash: UInt32 = 0x811C_9DC5
    for byte in text.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    return hash
  }

  package static func hash64(_ bytes: some Sequence<UInt8>, into hash: inout UInt64) {
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
  }
}
