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
  /// The words of each quoted phrase the document holds as a phrase: the snippet is cut
  /// around the first it shows.
  package var phrases: [[String]] = []
  /// For a result a signature matched: the normal forms the query's lines were looked up as,
  /// so that its excerpt can start at the signature line that matched.
  package var signatureForms: [String] = []
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

  /// The ranked results of a query, filtered: docs/search.md, "Ranking".
  ///
  /// ```
  /// "wazreo entrypoint" → crio-fedora41-wazero-linkname first (score 0.42, anchor "symptom",
  ///                       terms entrypoint, wazero), …
  /// ```
  package func search(_ text: String, filters: SearchFilters = SearchFilters()) throws -> SearchResults {
    let query = SearchQuery(text)
    // The signatures first: a typed line that matches one needs no frequent words.
    let lookups = Self.signatureLookups(query.lines)
    let signatureMatches = try lookups.map(signatureMatches)
    let groups = try QueryGroups(query, source: source, signatureFound: signatureMatches.contains { !$0.isEmpty })
    var tally = try ScoreTally(groups, source: source)
    tally.rewardPhrases(groups, source: source)
    tally.add(signatureMatches)
    return try filtered(tally.ranked(groups, signatureForms: lookups.flatMap { $0 }), filters)
  }

  /// The results the filters keep, with counts per status, component and tag over all of them
  /// when the filters need each result's facts; a case fixed in a version asked about comes
  /// after every case that still applies.
  func filtered(_ ranked: [SearchResult], _ filters: SearchFilters) throws -> SearchResults {
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
