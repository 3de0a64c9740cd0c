// Stage: Search. A query's words as the groups of index terms each document is scored on.

/// The groups of index terms a query is scored on, in query order: each phrase's tokens, each
/// word (with the longer words a word being typed may stand for), and each unknown word's typo
/// variants. A document scores, per group, the best of its terms (``ScoreTally``).
///
/// Pasted text (a log, or a line longer than typing) is matched on its distinctive words: no
/// frequent terms, no completions, no typo variants, and the cases that hold more of its words
/// do not rank first. A typed line that matched a signature leaves frequent terms out too.
///
/// ```
/// "wazreo entrypo" (typed)  →  [wazreo: wazreo], [~wazreo: wazero × 0.5 in slot wazreo],
///                              [entrypo: entrypo, entrypoint × 0.7, …]
/// ```
struct QueryGroups {
  struct Group {
    var name: String
    /// The word the group stands for: a misspelled word's variants share its slot.
    var slot: String
    var terms: [(term: String, factor: Double)]
  }

  private(set) var groups: [Group] = []
  /// The primary tokens of each quoted phrase, in query order.
  private(set) var phrases: [[String]] = []
  /// Whether the query was typed (not pasted).
  private(set) var typed = false
  private var seen = Set<String>()

  init(_ query: SearchQuery, source: any TermSource, signatureFound: Bool) throws {
    guard !query.isLog else {
      let chosen = query.lines.filter(SearchEngine.isErrorLine)
      var count = 0
      for token in Tokenizer.terms((chosen.isEmpty ? query.lines : chosen).joined(separator: "\n")) where count < SearchQuery.logTokenLimit {
        if source.isStopTerm(token) { continue }
        if !seen.contains(token) { count += 1 }
        add(token, [(token, 1)])
      }
      return
    }
    for phrase in query.phrases {
      let tokens = Tokenizer.tokens(phrase)
      phrases.append(tokens.filter(\.primary).map(\.text))
      for token in tokens { add(token.text, [(token.text, 1)]) }
    }
    let wordTokens = Tokenizer.tokens(query.words.joined(separator: " "))
    typed = wordTokens.count { $0.primary } <= SearchEngine.typingWordLimit
      && query.words.joined(separator: " ").unicodeScalars.count < SearchEngine.typingLengthLimit
    let lastPrimary = query.prefixLast && typed ? wordTokens.last(where: \.primary) : nil
    for token in wordTokens {
      if !typed || signatureFound, source.isStopTerm(token.text) { continue }
      let exact = try source.entry(token.text)
      // The word being typed also matches longer words; a document counts its best match.
      var terms: [(String, Double)] = [(token.text, 1)]
      if let last = lastPrimary, token == last, last.text.unicodeScalars.count >= 2, !last.text.unicodeScalars.contains(where: Tokenizer.isCJK) {
        var expansions: [(term: String, df: Int)] = []
        for term in try source.terms(withPrefix: last.text) where term != last.text {
          expansions.append((term, try source.entry(term)?.frequency ?? 0))
        }
        expansions.sort { $0.df != $1.df ? $0.df > $1.df : CodePoints.less($0.term, $1.term) }
        let factor = exact == nil ? SearchEngine.prefixFactor : SearchEngine.completedPrefixFactor
        terms += expansions.prefix(SearchEngine.expansionLimit).map { ($0.term, factor) }
      }
      add(token.text, terms)
      // A word of a compound (`checkxut` of `checkxut-api`) is corrected as a word is.
      if exact == nil, typed, !source.isStopTerm(token.text), Tokenizer.isTypoWord(token.text) {
        let head = String(String.UnicodeScalarView(token.text.unicodeScalars.prefix(2)))
        let variants = try source.typoWords(head: head).filter { SearchEngine.withinOneEdit($0, token.text) }
        add("~" + token.text, slot: token.text, variants.map { ($0, SearchEngine.typoFactor) })
      }
    }
  }

  private mutating func add(_ name: String, slot: String? = nil, _ terms: [(String, Double)]) {
    guard seen.insert(name).inserted, !terms.isEmpty else { return }
    groups.append(Group(name: name, slot: slot ?? name, terms: terms.map { (term: $0.0, factor: $0.1) }))
  }

  /// The slots, in the order first seen: each is a bit of a document's slot mask, after them
  /// one bit per phrase.
  var slots: [String] { groups.map(\.slot).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } }

  /// Whether cases that hold more of the query's slots rank first: a typed query of at most 64
  /// slots and phrases.
  var coordinated: Bool { typed && slots.count + phrases.count <= 64 }

  /// Whether the query is written in CJK: documents in the other script family score less.
  var isCJK: Bool { groups.contains { $0.name.unicodeScalars.contains(where: Tokenizer.isCJK) } }
}
