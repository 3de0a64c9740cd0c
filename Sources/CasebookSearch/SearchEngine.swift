// Stage: Search. Ranking: BM25F, phrases, prefixes, typos and pasted error lines.

package import CasebookCore

/// One ranked result.
package struct SearchResult: Sendable, Equatable {
  package var document: Int
  package var score: Double
  /// The anchor of the best-matching section (`root-cause`), `signatures`, or empty for the top.
  package var anchor: String
  /// The index terms that matched this document, longest first, for highlighting.
  package var terms: [String]
  /// The same terms, the rarest (fewest documents) first: the snippet is cut around the first.
  package var focus: [String] = []
  /// `cri-o 1.33.0`: the fix the case names for a version a ``VersionCondition`` asked about,
  /// when that version has it.
  package var fixedIn: String?
}

/// A component at a version, as `--where cri-o=1.32.4` and the search page's version field
/// give it: only the cases about that component which apply to that version are listed.
package struct VersionCondition: Sendable, Equatable {
  package var component: String
  package var version: ComponentVersion

  package init(component: String, version: ComponentVersion) {
    self.component = component
    self.version = version
  }

  /// Reads `component=version`.
  package init?(_ text: String) {
    guard let equals = text.firstIndex(of: "="), let version = ComponentVersion(String(text[text.index(after: equals)...])) else { return nil }
    let component = String(text[..<equals]).trimmingWhitespace.lowercased()
    guard Slug.isValid(component) else { return nil }
    self.init(component: component, version: version)
  }
}

extension DocumentFacts {
  /// What the document says of a component's version (``Applicability/verdict(component:version:components:)``,
  /// from the facts the index stores).
  package func verdict(_ condition: VersionCondition) -> Applicability.Verdict {
    guard components.contains(condition.component) else { return .outside }
    if let range = appliesTo?[condition.component], !VersionRange.contains(normalized: range, condition.version) { return .outside }
    if let text = fixedIn?[condition.component], let fixed = ComponentVersion(text), fixed == condition.version || fixed.precedes(condition.version) == true {
      return .fixed(text)
    }
    return .applies
  }
}

/// The results of a query, with facet counts over every match before filtering.
package struct SearchResults: Sendable {
  package var results: [SearchResult]
  package var total: Int
  package var statusCounts: [String: Int]
  package var componentCounts: [String: Int]
  package var tagCounts: [String: Int]
  /// How many matches ``SearchFilters/versions`` left out.
  package var outsideVersions = 0
}

/// Filters a user can set.
package struct SearchFilters: Sendable, Equatable {
  package var status: String?
  package var component: String?
  package var tag: String?
  /// Components at a version: cases about another version are left out, and cases whose fix
  /// that version has come after the rest.
  package var versions: [VersionCondition]
  /// Only cases whose review ran out before this day.
  package var needsReview: CaseDate?
  /// Whether to count results per status, component and tag (this reads every result's facts).
  package var counts: Bool

  package init(status: String? = nil, component: String? = nil, tag: String? = nil, versions: [VersionCondition] = [], needsReview: CaseDate? = nil, counts: Bool = false) {
    self.status = status
    self.component = component
    self.tag = tag
    self.versions = versions
    self.needsReview = needsReview
    self.counts = counts
  }

  var needsFacts: Bool { status != nil || component != nil || tag != nil || !versions.isEmpty || needsReview != nil || counts }
}

/// Runs queries against any ``TermSource``; the browser's engine (search.js) does the same
/// steps in the same order, so both rank alike (docs/search.md, "Ranking").
package struct SearchEngine {
  static let k1 = 1.2
  /// Longer words matching the word being typed: full weight is kept for the word itself.
  static let prefixFactor = 0.7
  /// The same when the typed word is already a word of the index (it is probably complete).
  static let completedPrefixFactor = 0.2
  static let typoFactor = 0.5
  /// Documents in the other script family than the query (CJK or not) score this much of their
  /// term score, so an English query prefers the English edition of a case and a Chinese one
  /// the Chinese edition.
  static let otherLanguageFactor = 0.6
  static let phraseBonus = 1000.0
  static let signatureBonus = 500.0
  static let expansionLimit = 10
  /// Longer queries are pasted text, not typing: no prefix or typo matching for them, no
  /// frequent terms, and no ranking by how many words a case holds. More than this many words,
  /// or this many characters, is pasted.
  static let typingWordLimit = 8
  static let typingLengthLimit = 60
  static let logKeywords = ["error", "undefined", "fail", "fatal", "warning", "panic", "cannot", "denied", "not found"]

  /// Whether a line of a pasted log says something went wrong (holds a ``logKeywords`` word).
  static func isErrorLine(_ line: String) -> Bool {
    let lowered = line.lowercased()
    return logKeywords.contains { lowered.contains($0) }
  }

  let source: any TermSource

  package init(source: any TermSource) {
    self.source = source
  }

  package func search(_ text: String, filters: SearchFilters = SearchFilters()) throws -> SearchResults {
    let query = SearchQuery(text)
    // A group is one word of the query (or a misspelled word's variants, which stand in its
    // `slot`): a document scores the best of its terms.
    var groups: [(name: String, slot: String, terms: [(term: String, factor: Double)])] = []
    var seen = Set<String>()
    func addGroup(_ name: String, slot: String? = nil, _ terms: [(String, Double)]) {
      guard seen.insert(name).inserted, !terms.isEmpty else { return }
      groups.append((name, slot ?? name, terms.map { (term: $0.0, factor: $0.1) }))
    }
    // Whether cases that hold more of the query's words rank first: typed queries only.
    var coordinated = false
    // The signatures first: a typed line that matches one needs no frequent words.
    let signatureMatches = try Self.signatureLookups(query.lines).map(signatureMatches)
    let signatureFound = signatureMatches.contains { !$0.isEmpty }

    var phraseTokens: [[String]] = []
    if query.isLog {
      let chosen = query.lines.filter(Self.isErrorLine)
      var count = 0
      for token in Tokenizer.terms((chosen.isEmpty ? query.lines : chosen).joined(separator: "\n")) where count < SearchQuery.logTokenLimit {
        // Pasted text is matched on its distinctive words: frequent terms are not looked up.
        if source.isStopTerm(token) { continue }
        if !seen.contains(token) { count += 1 }
        addGroup(token, [(token, 1)])
      }
    } else {
      for phrase in query.phrases {
        let tokens = Tokenizer.tokens(phrase)
        phraseTokens.append(tokens.filter(\.primary).map(\.text))
        for token in tokens { addGroup(token.text, [(token.text, 1)]) }
      }
      let wordTokens = Tokenizer.tokens(query.words.joined(separator: " "))
      let typing = wordTokens.count { $0.primary } <= Self.typingWordLimit && query.words.joined(separator: " ").unicodeScalars.count < Self.typingLengthLimit
      let lastPrimary = query.prefixLast && typing ? wordTokens.last(where: \.primary) : nil
      coordinated = typing
      for token in wordTokens {
        // Pasted text, and a line that matched a signature, are matched on their distinctive
        // words (and signatures): frequent terms are not looked up.
        if !typing || signatureFound, source.isStopTerm(token.text) { continue }
        let exact = try source.entry(token.text)
        // The word being typed also matches longer words; a document counts its best match.
        var terms: [(String, Double)] = [(token.text, 1)]
        if let last = lastPrimary, token == last, last.text.unicodeScalars.count >= 2, !last.text.unicodeScalars.contains(where: Tokenizer.isCJK) {
          var expansions: [(term: String, df: Int)] = []
          for term in try source.terms(withPrefix: last.text) where term != last.text {
            expansions.append((term, try source.entry(term)?.frequency ?? 0))
          }
          expansions.sort { $0.df != $1.df ? $0.df > $1.df : CodePoints.less($0.term, $1.term) }
          terms += expansions.prefix(Self.expansionLimit).map { ($0.term, exact == nil ? Self.prefixFactor : Self.completedPrefixFactor) }
        }
        addGroup(token.text, terms)
        // A word of a compound (`checkxut` of `checkxut-api`) is corrected as a word is.
        if exact == nil, typing, !source.isStopTerm(token.text), Tokenizer.isTypoWord(token.text) {
          let head = String(String.UnicodeScalarView(token.text.unicodeScalars.prefix(2)))
          let variants = try source.typoWords(head: head).filter { Self.withinOneEdit($0, token.text) }
          addGroup("~" + token.text, slot: token.text, variants.map { ($0, Self.typoFactor) })
        }
      }
    }

    // Score: each group adds its best term's BM25 contribution, in query order. Per document
    // values are kept in arrays: a frequent term has a posting in most documents.
    let count = source.documentCount
    var scores = [Double](repeating: 0, count: count)
    var scored: [Int] = []  // the documents with a score, in the order first scored
    var matched = [[String]](repeating: [], count: count)
    var sectionHits = [Int32](repeating: 0, count: count * 12)
    var documentIsCJK = [Bool](repeating: false, count: count)
    var frequencies: [String: Int] = [:]
    // Each slot (a word and its misspelling's variants; a phrase) is a bit of a document's mask.
    let slotNames = groups.map(\.slot).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    coordinated = coordinated && slotNames.count + phraseTokens.count <= 64
    var slotMasks = [UInt64](repeating: 0, count: count)
    // Positions are kept only for the terms of phrases, which need them.
    let phraseTerms = Set(phraseTokens.joined())
    var positions: [String: [Int: [Int]]] = [:]
    var bestValue = [Double](repeating: -1, count: count)
    var bestTerm = [Int32](repeating: 0, count: count)
    var bestMask = [Int32](repeating: 0, count: count)
    for group in groups {
      var hit: [Int] = []
      for (index, (term, factor)) in group.terms.enumerated() {
        guard let entry = try source.entry(term) else { continue }
        frequencies[term] = entry.frequency
        let idf = Double(SearchIndexBuilder.idf(frequency: entry.frequency, documentCount: count)) / 10_000
        let keepsPositions = phraseTerms.contains(term)
        for posting in entry.postings where posting.document >= 0 && posting.document < count {
          let document = posting.document
          let weight = Double(posting.weight) / 100
          let value = factor * idf * (weight * (Self.k1 + 1)) / (weight + Self.k1)
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
      let slot = UInt64(1) << UInt64(slotNames.firstIndex(of: group.slot)! % 64)
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
    let queryIsCJK = groups.contains { $0.name.unicodeScalars.contains(where: Tokenizer.isCJK) }
    for document in scored where documentIsCJK[document] != queryIsCJK {
      scores[document] *= Self.otherLanguageFactor
    }
    for (number, tokens) in phraseTokens.enumerated() where !tokens.isEmpty {
      // Stop terms have no positions: the document must hold them, anywhere. A phrase is
      // checked by the places of its other words, so it needs two of them (or to be one word).
      let checked = tokens.enumerated().filter { !source.isStopTerm($0.element) }.map { (offset: $0.offset, term: $0.element) }
      let frequent = tokens.filter(source.isStopTerm)
      guard checked.count >= 2 || (checked.count == 1 && tokens.count == 1) else { continue }
      for document in scored
      where Self.containsPhrase(checked, in: document, positions: positions) && frequent.allSatisfy({ positions[$0]?[document] != nil }) {
        scores[document] += Self.phraseBonus
        slotMasks[document] |= UInt64(1) << UInt64((slotNames.count + number) % 64)
      }
    }
    var signatureMatched = Set<Int>()  // a pasted error line matched: the result links to the signatures
    for best in signatureMatches {
      for document in best.keys.sorted() where document >= 0 && document < count {
        if scores[document] == 0 && matched[document].isEmpty && !signatureMatched.contains(document) { scored.append(document) }
        signatureMatched.insert(document)
        scores[document] += best[document]!
        sectionHits[document * 12] += 1
      }
    }

    // Most documents matched the same few terms: each list of terms is ordered once.
    var orders: [[String]: (terms: [String], focus: [String])] = [:]
    var ranked = scored.filter { scores[$0] > 0 }.map { document in
      let terms = matched[document]
      let order = orders[terms] ?? (Self.highlightOrder(terms), Self.focusOrder(terms, frequencies: frequencies))
      orders[terms] = order
      let hits = sectionHits[(document * 12)..<(document * 12 + 12)]
      return SearchResult(
        document: document, score: scores[document], anchor: signatureMatched.contains(document) ? "signatures" : anchor(hits), terms: order.terms, focus: order.focus)
    }
    // A typed query's cases holding more of its words (and phrases) first, but a matched
    // signature first of all; then by score; equal scores, the newer case first (documents are
    // numbered oldest first).
    func key(_ result: SearchResult) -> (Int, Int) {
      (signatureMatched.contains(result.document) ? 1 : 0, coordinated ? slotMasks[result.document].nonzeroBitCount : 0)
    }
    ranked.sort { key($0) != key($1) ? key($0) > key($1) : $0.score != $1.score ? $0.score > $1.score : $0.document > $1.document }
    var statusCounts: [String: Int] = [:], componentCounts: [String: Int] = [:], tagCounts: [String: Int] = [:]
    // Facts (facets.js in the browser) are read only when filters or counts need them.
    guard filters.needsFacts else {
      return SearchResults(results: ranked, total: ranked.count, statusCounts: [:], componentCounts: [:], tagCounts: [:])
    }
    var kept: [SearchResult] = []
    var outsideVersions = 0
    for result in ranked {
      let facts = try source.facts(result.document)
      statusCounts[facts.status, default: 0] += 1
      for name in Set(facts.components) { componentCounts[name, default: 0] += 1 }
      for name in Set(facts.tags) { tagCounts[name, default: 0] += 1 }
      if let status = filters.status, facts.status != status { continue }
      if let component = filters.component, !facts.components.contains(component) { continue }
      if let tag = filters.tag, !facts.tags.contains(tag) { continue }
      if let today = filters.needsReview, !(facts.reviewDue.flatMap(CaseDate.init).map { $0 < today } ?? false) { continue }
      var result = result
      var fixes: [String] = [], outside = false
      for condition in filters.versions {
        switch facts.verdict(condition) {
        case .outside: outside = true
        case .fixed(let version): fixes.append("\(condition.component) \(version)")
        case .applies: break
        }
      }
      if outside {
        outsideVersions += 1
        continue
      }
      result.fixedIn = fixes.isEmpty ? nil : fixes.joined(separator: ", ")
      kept.append(result)
    }
    // A case fixed in the version asked about ranks below every case that still applies.
    kept = kept.filter { $0.fixedIn == nil } + kept.filter { $0.fixedIn != nil }
    return SearchResults(results: kept, total: kept.count, statusCounts: statusCounts, componentCounts: componentCounts, tagCounts: tagCounts, outsideVersions: outsideVersions)
  }

  /// The lines each line of a query is looked up as (``SignatureNormalizer/lookups(_:)``), one
  /// list for each normal form, in the code-point order of the normal forms.
  ///
  /// A single line, and the first ``signatureLineLimit`` lines of a log that hold a log word
  /// (`error`, `fail`, …), are looked up whole and for a signature inside them; every other
  /// line of a log only whole. Two lines of the same normal form are one, the first.
  ///
  /// ```
  /// ["Dec 3 04:12:55 node-c1 crio[42]: error: x", "  at main.go:3"]
  ///   →  [["at main.go:N"], ["error: x", "MON N N:N:N node-cN crio[N]: error: x", "crio[N]: error: x", "x"]]
  /// ```
  static func signatureLookups(_ lines: [String]) -> [[String]] {
    var byNormalForm: [String: [String]] = [:]
    var searched = 0
    for line in lines {
      let inside = lines.count == 1 || (searched < signatureLineLimit && isErrorLine(line))
      let forms = inside ? SignatureNormalizer.lookups(line) : [SignatureNormalizer.normalize(line)]
      if inside { searched += 1 }
      if byNormalForm[forms[0]] == nil { byNormalForm[forms[0]] = forms }
    }
    return byNormalForm.keys.sorted(by: CodePoints.less).map { byNormalForm[$0]! }
  }

  /// The documents whose signatures a line matches, with the bonus each earns: a signature
  /// equal to the line earns the whole bonus. Only a line equal to none is searched for a
  /// signature inside it, which earns half the bonus and the rest in the share of the line it
  /// covers. A document counts its best match.
  func signatureMatches(_ forms: [String]) throws -> [Int: Double] {
    var best: [Int: Double] = [:]
    for document in try source.documents(withSignature: forms[0]) { best[document] = Self.signatureBonus }
    guard best.isEmpty else { return best }
    let whole = Double(forms.map(\.unicodeScalars.count).max() ?? 1)
    for form in forms.dropFirst() {
      let bonus = Self.signatureBonus * (0.5 + 0.5 * (Double(form.unicodeScalars.count) / whole))
      for document in try source.documents(withSignature: form) where best[document].map({ bonus > $0 }) ?? true { best[document] = bonus }
    }
    return best
  }

  /// How many lines of a pasted log are searched for a signature inside them.
  static let signatureLineLimit = 10

  /// The section with the most matching terms; signatures when only they matched. `hits`
  /// counts the matches of each field mask bit (``SearchField``), bit 0 first.
  func anchor(_ hits: ArraySlice<Int32>) -> String {
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

  /// Terms the rarest first (ties: longest, then in code point order); search.js `focusOrder`.
  static func focusOrder(_ terms: [String], frequencies: [String: Int]) -> [String] {
    let order = Self.highlightOrder(terms)
    let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    return order.sorted { (frequencies[$0] ?? 0, rank[$0]!) < (frequencies[$1] ?? 0, rank[$1]!) }
  }

  static func highlightOrder(_ terms: [String]) -> [String] {
    Array(Set(terms)).sorted { $0.unicodeScalars.count != $1.unicodeScalars.count ? $0.unicodeScalars.count > $1.unicodeScalars.count : CodePoints.less($0, $1) }
  }

  /// Whether two words differ by exactly one insertion, deletion, substitution or swap of two
  /// neighbouring letters (`wazreo` for `wazero`).
  static func withinOneEdit(_ a: String, _ b: String) -> Bool {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    if x == y || abs(x.count - y.count) > 1 { return false }
    if x.count == y.count {
      let differing = x.indices.filter { x[$0] != y[$0] }
      if differing.count == 2, differing[1] == differing[0] + 1, x[differing[0]] == y[differing[1]], x[differing[1]] == y[differing[0]] { return true }
    }
    var i = 0, j = 0, edits = 0
    while i < x.count && j < y.count {
      if x[i] == y[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if x.count > y.count { i += 1 } else if x.count < y.count { j += 1 } else { i += 1; j += 1 }
    }
    return edits + (x.count - i) + (y.count - j) == 1
  }
}

/// Ordering strings by their code points, as the JavaScript port does.
package enum CodePoints {
  package static func less(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.map(\.value).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
  }
}
