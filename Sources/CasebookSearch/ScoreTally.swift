// Stage: Search. Each document's score for one query, then the documents ranked.

/// The documents a query matched, with their scores and what they matched, kept in arrays by
/// document number (a frequent term has a posting in most documents).
///
/// Made from the ``QueryGroups`` (each group adds its best term's BM25F contribution), then
/// the documents in the other script family than the query keep ``SearchEngine/otherLanguageFactor``
/// of it; ``rewardPhrases(_:source:)`` and ``add(_:)`` (signature matches) follow, and
/// ``ranked(_:signatureForms:)`` orders them. The browser engine (search.js) takes the same steps.
///
/// ```
/// [wazero], [entrypoint]  →  a case holding both: slot mask 0b11, terms wazero, entrypoint;
///                             a case holding wazero alone: 0b01, ranked after it when typed
/// ```
struct ScoreTally {
  let count: Int
  var scores: [Double]
  /// The documents with a score, in the order first scored.
  var scored: [Int] = []
  var matched: [[String]]
  /// Per document, twelve counters: how many groups matched in each field mask bit.
  var sectionHits: [Int32]
  var slotMasks: [UInt64]
  var frequencies: [String: Int] = [:]
  /// The positions of the phrases' terms (the only ones kept), by term and document.
  var positions: [String: [Int: [Int]]] = [:]
  /// The documents a pasted error line matched by signature: their results link to the signatures.
  var signatureMatched = Set<Int>()
  /// The phrases (by number) each document holds.
  var phrasesHeld: [Int: [Int]] = [:]
  private let slotCount: Int

  init(_ query: QueryGroups, source: any TermSource) throws {
    count = source.documentCount
    scores = [Double](repeating: 0, count: count)
    matched = [[String]](repeating: [], count: count)
    sectionHits = [Int32](repeating: 0, count: count * 12)
    slotMasks = [UInt64](repeating: 0, count: count)
    let slots = query.slots
    slotCount = slots.count
    var documentIsCJK = [Bool](repeating: false, count: count)
    let phraseTerms = Set(query.phrases.joined())
    var bestValue = [Double](repeating: -1, count: count)
    var bestTerm = [Int32](repeating: 0, count: count)
    var bestMask = [Int32](repeating: 0, count: count)
    for group in query.groups {
      var hit: [Int] = []
      for (index, (term, factor)) in group.terms.enumerated() {
        guard let entry = try source.entry(term) else { continue }
        frequencies[term] = entry.frequency
        let idf = Double(SearchIndexBuilder.idf(frequency: entry.frequency, documentCount: count)) / 10_000
        let keepsPositions = phraseTerms.contains(term)
        for posting in entry.postings where posting.document >= 0 && posting.document < count {
          let document = posting.document
          let weight = Double(posting.weight) / 100
          let value = factor * idf * (weight * (SearchEngine.k1 + 1)) / (weight + SearchEngine.k1)
          if bestValue[document] < 0 { hit.append(document) }
          if value > bestValue[document] {
            bestValue[document] = value
            bestTerm[document] = Int32(index)
            bestMask[document] = Int32(truncatingIfNeeded: posting.mask)
          }
          if keepsPositions { positions[term, default: [:]][document] = posting.positions }
          documentIsCJK[document] = posting.mask & (1 << SearchField.cjkLanguageBit) != 0
        }
      }
      let slot = UInt64(1) << UInt64(slots.firstIndex(of: group.slot)! % 64)
      for document in hit {
        if scores[document] == 0 && matched[document].isEmpty { scored.append(document) }
        scores[document] += bestValue[document]
        matched[document].append(group.terms[Int(bestTerm[document])].term)
        slotMasks[document] |= slot
        let mask = Int(bestMask[document])
        for bit in 0..<12 where mask & (1 << bit) != 0 { sectionHits[document * 12 + bit] += 1 }
        bestValue[document] = -1
      }
    }
    let queryIsCJK = query.isCJK
    for document in scored where documentIsCJK[document] != queryIsCJK {
      scores[document] *= SearchEngine.otherLanguageFactor
    }
  }

  /// Adds ``SearchEngine/phraseBonus`` (and the phrase's slot) to each document holding a
  /// phrase that can be checked.
  ///
  /// Frequent terms have no positions: the document must hold them, anywhere. A phrase is
  /// checked by the places of its other words, so it needs two of them (or to be one word).
  mutating func rewardPhrases(_ query: QueryGroups, source: any TermSource) {
    for (number, tokens) in query.phrases.enumerated() where !tokens.isEmpty {
      let checked = tokens.enumerated().filter { !source.isStopTerm($0.element) }.map { (offset: $0.offset, term: $0.element) }
      let frequent = tokens.filter(source.isStopTerm)
      guard checked.count >= 2 || (checked.count == 1 && tokens.count == 1) else { continue }
      for document in scored
      where Self.containsPhrase(checked, in: document, positions: positions) && frequent.allSatisfy({ positions[$0]?[document] != nil }) {
        scores[document] += SearchEngine.phraseBonus
        phrasesHeld[document, default: []].append(number)
        slotMasks[document] |= UInt64(1) << UInt64((slotCount + number) % 64)
      }
    }
  }

  /// Adds the bonus of each line's signature matches (``SearchEngine/signatureMatches(_:)``).
  mutating func add(_ signatureMatches: [[Int: Double]]) {
    for best in signatureMatches {
      for document in best.keys.sorted() where document >= 0 && document < count {
        if scores[document] == 0 && matched[document].isEmpty && !signatureMatched.contains(document) { scored.append(document) }
        signatureMatched.insert(document)
        scores[document] += best[document]!
        sectionHits[document * 12] += 1
      }
    }
  }

  /// The documents with a score, ranked: a matched signature first of all; then, when the
  /// query is ``QueryGroups/coordinated``, the cases holding more of its slots (words and
  /// phrases); then by score; equal scores, the newer case first (documents are numbered
  /// oldest first).
  func ranked(_ query: QueryGroups, signatureForms: [String]) -> [SearchResult] {
    let coordinated = query.coordinated
    // Most documents matched the same few terms: each list of terms is ordered once.
    var orders: [[String]: (terms: [String], focus: [String])] = [:]
    var ranked = scored.filter { scores[$0] > 0 }.map { document in
      let terms = matched[document]
      let order = orders[terms] ?? (SearchEngine.highlightOrder(terms), SearchEngine.focusOrder(terms, frequencies: frequencies))
      orders[terms] = order
      let anchor = signatureMatched.contains(document) ? "signatures" : Self.anchor(sectionHits[(document * 12)..<(document * 12 + 12)])
      let phrases = (phrasesHeld[document] ?? []).map { query.phrases[$0] }
      return SearchResult(
        document: document, score: scores[document], anchor: anchor, terms: order.terms, focus: order.focus, phrases: phrases,
        signatureForms: signatureMatched.contains(document) ? signatureForms : [])
    }
    func key(_ result: SearchResult) -> (Int, Int) {
      (signatureMatched.contains(result.document) ? 1 : 0, coordinated ? slotMasks[result.document].nonzeroBitCount : 0)
    }
    ranked.sort { key($0) != key($1) ? key($0) > key($1) : $0.score != $1.score ? $0.score > $1.score : $0.document > $1.document }
    return ranked
  }

  /// The section with the most matching terms; signatures when only they matched. `hits`
  /// counts the matches of each field mask bit (``SearchField``), bit 0 first.
  static func anchor(_ hits: ArraySlice<Int32>) -> String {
    let base = hits.startIndex
    var bestBit = -1
    var bestCount: Int32 = 0
    for bit in 6..<12 where hits[base + bit] > bestCount {
      bestBit = bit
      bestCount = hits[base + bit]
    }
    if bestBit >= 0 { return SearchField.sectionKinds[bestBit - 6] }
    return hits[base] > 0 ? "signatures" : ""
  }

  /// Whether the document has each term at its offset from a common start.
  static func containsPhrase(_ tokens: [(offset: Int, term: String)], in document: Int, positions: [String: [Int: [Int]]]) -> Bool {
    guard let first = tokens.first, let starts = positions[first.term]?[document] else { return false }
    return starts.contains { start in
      tokens.dropFirst().allSatisfy { positions[$0.term]?[document]?.contains(start - first.offset + $0.offset) ?? false }
    }
  }
}
