// Benchmarks: how often search finds the case a query was drawn from (hit@k by query kind).

internal import CasebookCore
internal import CasebookSearch
internal import Foundation

/// Queries drawn from the cases of a corpus, as readers would type or paste them, and the
/// share of them whose case search ranks in the first 1, 3 and 10 results.
///
/// Each query comes from one case, its *source*. Where the generated corpus has cases that are
/// as good an answer — the same error line once its run-to-run parts are normalized, the same
/// title, the same phrase — those are *equivalent*, and a second hit@k counts them too.
///
/// ```
/// source case 412, signature "nginx[4242]: error: epoll_wait failed: ENOMEM"
///   → kind "signature":                 "nginx[1795]: error: epoll_wait failed: ENOMEM"
///   → kind "signature in a log line":   "Dec  3 04:12:55 node-c11 nginx[1795]: error: …"
///   → kind "title words":               "nginx start upgrade"
/// ```
struct SearchQuality {
  /// What a reader does: paste an error line, type a few words, quote a phrase, mistype.
  enum Kind: String, CaseIterable {
    case signature = "signature (another run)"
    case loggedSignature = "signature in a log line"
    case longerLine = "signature inside a longer line"
    case titleWords = "title words"
    case rareWords = "three rare words"
    case phrase = "quoted phrase"
    case typo = "title words, one typo"
    case typing = "title words, last one half typed"
  }

  struct Query {
    var kind: Kind
    var text: String
    var source: Int
    /// The source and its equivalents.
    var relevant: Set<Int>
  }

  /// hit@1, @3, @10 of one kind, for the source alone and with its equivalents.
  struct Row {
    var kind: Kind
    var queries = 0
    var source = [0, 0, 0]
    var equivalent = [0, 0, 0]
  }

  static let cutoffs = [1, 3, 10]

  let index: SearchIndex
  private(set) var queries: [Query] = []

  /// Draws `perKind` queries of each kind from cases spread evenly over the index.
  init(index: SearchIndex, perKind: Int = 40) {
    self.index = index
    var random = SplitMix64(seed: 21)
    let documents = index.documents
    var bySignature: [String: Set<Int>] = [:]
    for (number, document) in documents.enumerated() {
      for line in document.signatures { bySignature[SignatureNormalizer.normalize(line), default: []].insert(number) }
    }
    let titleWords = documents.map { Set(Self.titleWords($0.title)) }
    let textWords = documents.map { Set(Self.words(of: $0)) }
    let step = max(1, documents.count / perKind)
    let sources = Array(stride(from: step / 2, to: documents.count, by: step).prefix(perKind))
    for source in sources {
      let document = documents[source]
      if let line = document.signatures.first {
        let rerun = Self.rerun(line, &random)
        let relevant = (bySignature[SignatureNormalizer.normalize(line)] ?? []).union([source])
        queries.append(Query(kind: .signature, text: rerun, source: source, relevant: relevant))
        let prefixes = [
          "Dec  3 04:12:55 node-c11 ", "2026-12-03T04:12:55+0000 node-c11 ", "2026-12-03T04:12:55.123Z ERROR ",
          "E1203 04:12:55.123456    4242 main.go:123] ",
        ]
        let logged = line.count % 3 == 0 ? "time=2026-12-03T04:12:55Z level=error msg=\"\(rerun.replacingQuotes)\"" : prefixes[source % prefixes.count] + rerun
        queries.append(Query(kind: .loggedSignature, text: logged, source: source, relevant: relevant))
        let longer = [
          "step 3/7 failed: \(rerun) (exit status 1)", "[worker-3] \(rerun)", "\(rerun), retrying in 5s", "deploy/api: \(rerun)",
        ][source % 4]
        queries.append(Query(kind: .longerLine, text: longer, source: source, relevant: relevant))
      }
      let words = Self.titleWords(document.title)
      if words.count >= 2 {
        let chosen = Array(words.prefix(3))
        // As good an answer: a case whose title has the same words.
        let sameTitle = Set(documents.indices.filter { titleWords[$0].isSuperset(of: chosen) }).union([source])
        queries.append(Query(kind: .titleWords, text: chosen.joined(separator: " "), source: source, relevant: sameTitle))
        if let longest = chosen.indices.max(by: { chosen[$0].count < chosen[$1].count }), chosen[longest].count >= 5 {
          var typo = chosen
          typo[longest] = Self.oneEdit(typo[longest], &random)
          queries.append(Query(kind: .typo, text: typo.joined(separator: " "), source: source, relevant: sameTitle))
        }
        if let last = chosen.last, last.count >= 6 {
          queries.append(Query(kind: .typing, text: (chosen.dropLast() + [String(last.prefix(last.count / 2 + 1))]).joined(separator: " "), source: source, relevant: sameTitle))
        }
      }
      let rare = rareWords(of: source)
      if rare.count == 3 {
        let holders = Set(documents.indices.filter { textWords[$0].isSuperset(of: rare) })
        queries.append(Query(kind: .rareWords, text: rare.joined(separator: " "), source: source, relevant: holders.union([source])))
      }
      if let phrase = Self.phrase(in: document, &random) {
        let needle = phrase.lowercased()
        let relevant = Set(documents.indices.filter { number in documents[number].sections.contains { $0.text.lowercased().contains(needle) } })
        queries.append(Query(kind: .phrase, text: "\"\(phrase)\"", source: source, relevant: relevant.union([source])))
      }
    }
  }

  /// Runs every query; one row per kind.
  func measure() throws -> [Row] {
    let engine = SearchEngine(source: index)
    var rows = Kind.allCases.map { Row(kind: $0) }
    for query in queries {
      let ranked = try engine.search(query.text).results.prefix(Self.cutoffs.last!).map(\.document)
      let row = Kind.allCases.firstIndex(of: query.kind)!
      rows[row].queries += 1
      for (slot, cutoff) in Self.cutoffs.enumerated() {
        let top = ranked.prefix(cutoff)
        if top.contains(query.source) { rows[row].source[slot] += 1 }
        if top.contains(where: query.relevant.contains) { rows[row].equivalent[slot] += 1 }
      }
    }
    return rows.filter { $0.queries > 0 }
  }

  /// What the browser engine loads for each query from the built index in `folder`
  /// (`Site/search`): `meta.js`, the shards it needs and the files of the ten results it
  /// shows; the median and the largest, by kind.
  /// With `explain`, the heaviest query of each kind is printed with its largest files.
  func bytesLoaded(folder: String, explain: Bool = false) throws -> [(kind: Kind, median: Double, max: Int)] {
    var loaded: [Kind: [Int]] = [:]
    var heaviest: [Kind: (bytes: Int, line: String)] = [:]
    for query in queries {
      let index = try IndexFolder(folder: folder)
      let found = try SearchEngine(source: index).search(query.text)
      for result in found.results.prefix(10) { _ = try index.document(result.document) }
      loaded[query.kind, default: []].append(index.bytesRead)
      if explain, index.bytesRead > heaviest[query.kind]?.bytes ?? 0 {
        let files = index.filesRead.sorted { $0.bytes > $1.bytes }
        heaviest[query.kind] = (index.bytesRead, "\(query.text.prefix(100)): \(index.bytesRead) bytes in \(files.count) files; " + files.prefix(6).map { "\($0.path) \($0.bytes)" }.joined(separator: ", "))
      }
    }
    for kind in Kind.allCases { if let line = heaviest[kind]?.line { print("\(kind.rawValue), heaviest: \(line)") } }
    return Kind.allCases.compactMap { kind in loaded[kind].map { (kind, Project.median($0.map(Double.init)), $0.max() ?? 0) } }
  }

  /// The queries whose source (or an equivalent) is not in the first `cutoff` results, with the
  /// rank it has: what to look at first.
  func misses(cutoff: Int) throws -> [(query: Query, rank: Int?)] {
    let engine = SearchEngine(source: index)
    return try queries.compactMap { query in
      let ranked = try engine.search(query.text).results.map(\.document)
      let rank = ranked.firstIndex(where: query.relevant.contains)
      return (rank ?? cutoff) >= cutoff ? (query, rank.map { $0 + 1 }) : nil
    }
  }

  // MARK: - Drawing queries

  /// The line as another run would print it: every digit redrawn but the 0 of `0x`.
  static func rerun(_ line: String, _ random: inout SplitMix64) -> String {
    let characters = Array(line)
    return String(characters.indices.map { at in
      let digit = characters[at].isASCII && characters[at].isNumber
      let hexMark = characters[at] == "0" && at + 1 < characters.count && characters[at + 1] == "x"
      return digit && !hexMark ? Character(String(random.next() % 10)) : characters[at]
    })
  }

  /// A title's words a reader would type: without the little words.
  static func titleWords(_ title: String) -> [String] {
    let little: Set<String> = ["a", "an", "the", "to", "on", "at", "in", "of", "its", "after", "and", "or"]
    return title.lowercased().split(separator: " ").map(String.init).filter { !little.contains($0) }
  }

  /// The word with one letter changed, dropped or swapped with the next (never the first two).
  static func oneEdit(_ word: String, _ random: inout SplitMix64) -> String {
    var letters = Array(word)
    let at = 2 + Int(random.next() % UInt64(letters.count - 3))
    switch random.next() % 3 {
    case 0: letters[at] = letters[at] == "x" ? "q" : "x"
    case 1: letters.remove(at: at)
    default: letters.swapAt(at, at + 1)
    }
    return String(letters)
  }

  /// Four to six consecutive words of the case's root cause (or first section), each of letters
  /// only: a run the text holds as it is, within a sentence, as a reader would quote it.
  static func phrase(in document: SearchDocument, _ random: inout SplitMix64) -> String? {
    guard let section = document.sections.first(where: { $0.kind == "root-cause" }) ?? document.sections.first else { return nil }
    // The last word may be cut where the index's copy of the section ends (SearchDocument.trimmed).
    let words = section.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).dropLast().map(String.init)
    let length = 4 + Int(random.next() % 3)
    let starts = words.indices.filter { start in start + length <= words.count && words[start..<(start + length)].allSatisfy { $0.allSatisfy(\.isLetter) } }
    guard !starts.isEmpty else { return nil }
    let start = starts[Int(random.next() % UInt64(starts.count))]
    return words[start..<(start + length)].joined(separator: " ")
  }

  /// The words of a case's title and sections, lower case.
  static func words(of document: SearchDocument) -> [String] {
    let text = ([document.title] + document.sections.map(\.text)).joined(separator: " ").lowercased()
    return text.split(whereSeparator: { !$0.isLetter && $0 != "_" }).map(String.init)
  }

  /// The case's three words of four letters or more that the fewest cases hold.
  func rareWords(of number: Int) -> [String] {
    let words = Set(Self.words(of: index.documents[number]).filter { $0.count >= 4 && $0.allSatisfy(\.isASCII) })
    let counted = words.map { ($0, index.entry($0)?.frequency ?? Int.max) }.filter { $0.1 < Int.max }
    return counted.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
  }
}

extension String {
  fileprivate var replacingQuotes: String { replacingOccurrences(of: "\"", with: "\\\"") }
}
