// Stage: Search (written during Render). The index as script files a browser loads from disk.

internal import CasebookCore
internal import Foundation

/// Writes the index as sharded script files under `search/`, and names the shards.
///
/// Every file is `CasebookSearch.add("<name>", <JSON>);`, a script a page can load with a
/// `<script>` element even from `file://`, where `fetch` is not allowed. A query loads
/// `meta.js`, the term shards its words fall in, the signature shards of its lines, and the
/// document files of the results it shows. Layout and versioning: docs/search.md.
///
/// ```
/// search/meta.js          version, document count, the key files there are, signature shard count
/// search/k/<hex>.js       the shard keys starting with the byte <hex> (of their UTF-8),
///                         front-coded (``Meta/frontCoded(_:)``)
/// search/t/<hex>.js       [term, [df, "postings"]] pairs for terms with the prefix <hex> (UTF-8
///                         in hex); the postings are a ``PostingCodec`` string
/// search/f/<hex>.js       [df, "postings"] of the frequent term <hex> (a stop term), its
///                         postings a ``FrequentTermCodec`` string: a heavy term in its own file
/// search/s/<n>.js         [line, [documents]] pairs for normalized signature lines whose FNV-1a
///                         hash is n modulo the shard count
/// search/v/<hex>.js       the words of four or more letters starting with <hex> (two letters),
///                         which a misspelled word of a query is compared with
///
/// Terms and lines are pairs in arrays, not object keys, so no text (not even `__proto__`) can
/// change how a browser builds the objects.
/// search/d/<n>.js         document n: title, url, facts, section texts for snippets
/// search/facets.js        every document's status, components and tags, for filter counts
/// ```
package enum IndexFiles {
  /// A term shard is split by a longer prefix when its JSON would pass this many bytes.
  package static let shardLimit = 12_000
  /// Long enough for the paths and names that crowd one prefix (`/tmp/elasticsearch-build-0/…`).
  static let longestKey = 32

  /// Every file of the index, sorted by path.
  package static func write(_ index: SearchIndex) throws -> [(path: String, text: String)] {
    var files: [(path: String, text: String)] = []
    try write(index) { files += $0 }
    return files.sorted { $0.path < $1.path }
  }

  /// Every file of the index, handed to `emit` a group at a time.
  package static func write(_ index: SearchIndex, emit: ([(path: String, text: String)]) throws -> Void) throws {
    var state = index.state
    let plan = plan(&state, changes: nil)
    let documents = index.documents
    try write(&state, plan: plan, documents: { documents[$0] }, contentHash: index.contentHash, emit: emit)
  }

  /// What changed since the build whose state an incremental build updated
  /// (``IndexState/update(_:keys:)``): the files these reach are written again.
  package struct Changes: Sendable, Equatable {
    /// Terms added, removed or weighed again.
    package var terms: Set<String>
    /// The documents made again, by number.
    package var documents: Set<Int>
    /// Whether the signatures, status, components or tags of a changed document changed: the
    /// signature shards and `facets.js` are then written again.
    package var facets = true
  }

  /// Which files of the index a build writes, and which files of the previous build stay.
  package struct Plan: Sendable {
    /// The term shards to write (keys), the key files (first bytes), the frequent terms'
    /// files (terms), the typo vocabularies (heads), the documents (numbers; a build that wrote
    /// the document files as it tallied them empties it).
    var shards: [String]
    var keyFiles: [UInt8]
    var frequent: [String]
    var heads: [String]
    package var documents: [Int]
    /// Whether the signature shards and `facets.js` are written (else they are kept).
    var facets: Bool
    /// Files of the previous build that stay as they are (paths under the site).
    package var kept: [String]
  }

  /// Cuts the terms into shards and typo vocabularies (recorded in `state`), and says which
  /// files to write: every one, or with `changes` only those the changes reach.
  ///
  /// Shard keys are chosen per first character (``shardKeys(terms:in:size:)``), so only the groups of
  /// changed terms are cut again; a shard is written when it holds a changed term or its group
  /// was cut differently, and a typo vocabulary when a changed term is one of its words.
  package static func plan(_ state: inout IndexState, changes: Changes?) -> Plan {
    func first(_ term: String) -> String { String(term.unicodeScalars.first.map(Character.init) ?? " ") }
    func head(_ term: String) -> String { String(String.UnicodeScalarView(term.unicodeScalars.prefix(2))) }
    let sizes = state
    // A stop term is in a file of its own, not in its shard.
    func size(_ position: Int) -> Int {
      guard sizes.stopEntries[sizes.terms[position]] == nil else { return 0 }
      return String(sizes.frequencies[position]).utf8.count + sizes.postings[position].utf8.count + 5
    }
    let stopTerms = state.stopEntries.keys.sorted(by: CodePoints.less)
    guard let changes else {
      state.shardKeys = shardKeys(terms: state.terms, in: state.terms.indices, size: size)
      state.typoHeads = Set(state.terms.filter(Tokenizer.isTypoWord).map(head)).sorted(by: CodePoints.less)
      return Plan(
        shards: state.shardKeys, keyFiles: Set(state.shardKeys.map(keyFile)).sorted(), frequent: stopTerms, heads: state.typoHeads,
        documents: Array(0..<state.documentCount), facets: true, kept: [])
    }
    // Term shards: the groups of the changed terms are cut again.
    let groups = Set(changes.terms.map(first))
    let previousKeys = state.shardKeys
    var grouped: [String: [String]] = [:]
    for key in previousKeys { grouped[first(key), default: []].append(key) }
    var keys = previousKeys.filter { !groups.contains(first($0)) }
    var shards = Set<String>()
    var cutAgain = Set<UInt8>()
    for group in groups {
      let cut = shardKeys(terms: state.terms, in: state.range(withPrefix: group), size: size)
      keys += cut
      if cut != (grouped[group] ?? []) {
        shards.formUnion(cut)
        cutAgain.insert(keyFile(group))
      }
    }
    keys.sort { $0.precedesInByteOrder($1) }
    let keySet = Set(keys)
    for term in changes.terms {
      if let key = key(for: term, in: keySet) { shards.insert(key) }
    }
    state.shardKeys = keys
    // Typo vocabularies: the heads of changed words are listed again.
    var heads = Set(state.typoHeads)
    var changedHeads: [String] = []
    for changed in Set(changes.terms.filter(Tokenizer.isTypoWord).map(head)) {
      if state.range(withPrefix: changed).contains(where: { Tokenizer.isTypoWord(state.terms[$0]) }) {
        heads.insert(changed)
        changedHeads.append(changed)
      } else {
        heads.remove(changed)
      }
    }
    state.typoHeads = heads.sorted(by: CodePoints.less)
    let documents = changes.documents.sorted()
    var kept = keys.filter { !shards.contains($0) }.map { path("t/\(hex($0))") }
    let keyFiles = Set(keys.map(keyFile))
    kept += keyFiles.subtracting(cutAgain).sorted().map { path("k/\(hex($0))") }
    kept += stopTerms.filter { !changes.terms.contains($0) }.map { path("f/\(hex($0))") }
    kept += state.typoHeads.filter { !changedHeads.contains($0) }.map { path("v/\(hex($0))") }
    kept += (0..<state.documentCount).filter { !changes.documents.contains($0) }.map { path("d/\($0)") }
    if !changes.facets { kept += (0..<state.signatureShards).map { path("s/\($0)") } + [path("facets")] }
    return Plan(
      shards: keys.filter(shards.contains), keyFiles: keyFiles.intersection(cutAgain).sorted(), frequent: stopTerms.filter(changes.terms.contains), heads: changedHeads.sorted(by: CodePoints.less),
      documents: documents, facets: changes.facets, kept: kept)
  }

  /// The files of a plan, handed to `emit` a group at a time (the term shards, the
  /// vocabularies, the signature shards, the documents a batch at a time, the rest), so the
  /// files need not all be held at once.
  ///
  /// `documents` gives a document of the index by number; only the planned ones need their
  /// sections, and the others are asked for (their facts and signatures) only when the plan
  /// writes the signature shards and `facets.js`. Records in `state` how many signature
  /// shards there are.
  package static func write(
    _ state: inout IndexState, plan: Plan, documents: @Sendable (Int) -> SearchDocument, contentHash: String, emit: ([(path: String, text: String)]) throws -> Void
  ) throws {
    var files: [(path: String, text: String)] = []
    let keys = state.shardKeys
    // A key that others extend holds only the term equal to it; any other holds every term it
    // starts. Keys are sorted by bytes, so a key's extensions come right after it.
    let extended = Set(zip(keys, keys.dropFirst()).filter { $1.utf8.starts(with: $0.utf8) }.map(\.0))
    for start in stride(from: 0, to: plan.shards.count, by: shardsPerPart) {
      try emit(Array(plan.shards[start..<min(start + shardsPerPart, plan.shards.count)]).concurrentMap { key in
        let positions = extended.contains(key) ? (state.position(of: key).map { [$0] } ?? []) : Array(state.range(withPrefix: key))
        let entries = positions.compactMap { position -> (term: String, entry: EncodedTerm)? in
          let (entry, stop) = state.entry(at: position)
          return stop ? nil : (state.terms[position], entry)
        }.sorted { $0.term < $1.term }
        // Each term's entry is `[document frequency,"postings"]`; posting strings need no escaping.
        let body = entries.map { "[\(JSONText.string($0.term)),[\($0.entry.frequency),\(JSONText.string($0.entry.postings))]]" }.joined(separator: ",")
        return file("t/\(hex(key))", "[\(body)]")
      })
    }
    // The keys by their first byte, front-coded.
    var keysByFile: [UInt8: [String]] = [:]
    for key in keys { keysByFile[keyFile(key), default: []].append(key) }
    for number in plan.keyFiles {
      files.append(file("k/\(hex(number))", JSONText.string(Meta.frontCoded(keysByFile[number] ?? []))))
    }
    for term in plan.frequent {
      guard let position = state.position(of: term) else { continue }
      let entry = state.entry(at: position).entry
      files.append(file("f/\(hex(term))", "[\(entry.frequency),\(JSONText.string(entry.postings))]"))
    }
    // Typo vocabularies: the words of four or more letters, by their first two letters.
    for head in plan.heads {
      let words = state.range(withPrefix: head).map { state.terms[$0] }.filter(Tokenizer.isTypoWord).map(JSONText.string).joined(separator: ",")
      files.append(file("v/\(hex(head))", "[\(words)]"))
    }
    if plan.facets {
      let all = Array(0..<state.documentCount).concurrentMap(documents)
      let signatures = SearchIndex.signatures(of: all)
      // About 24 lines a shard: a pasted line looks up to 8 of them (SignatureNormalizer.lookups).
      state.signatureShards = max(1, min(1024, signatures.count / 24 + 1))
      var bySignatureShard: [Int: [String]] = [:]
      for line in signatures.keys.sorted() { bySignatureShard[Int(FNV.hash32(line) % UInt32(state.signatureShards)), default: []].append(line) }
      for shard in 0..<state.signatureShards {
        let body = (bySignatureShard[shard] ?? []).map { "[\(JSONText.string($0)),[\(signatures[$0]!.map(String.init).joined(separator: ","))]]" }.joined(separator: ",")
        files.append(file("s/\(shard)", "[\(body)]"))
      }
      files.append(file("facets", factsJSON(all.map(DocumentFacts.init))))
    }
    for start in stride(from: 0, to: plan.documents.count, by: documentsPerPart) {
      try emit(Array(plan.documents[start..<min(start + documentsPerPart, plan.documents.count)]).concurrentMap { number in
        documentFile(number, documents(number))
      })
    }
    let stopTerms = state.terms.indices.filter { SearchIndexBuilder.isStopTerm(frequency: state.frequencies[$0], documentCount: state.documentCount) }.map { state.terms[$0] }
    let meta = Meta(
      version: SearchIndex.version, documents: state.documentCount, termKeyFiles: keysByFile.keys.sorted().map(Int.init), signatureShards: state.signatureShards,
      contentHash: contentHash, stopTerms: stopTerms.sorted(by: CodePoints.less), typoHeads: state.typoHeads,
      cjkDocuments: FrequentTermCodec.encodeDocuments(state.cjkDocuments))
    files.append(file("meta", try json(meta)))
    try emit(files)
  }

  /// The file of document `number`: `search/d/<number>.js`, its trimmed text for snippets.
  package static func documentFile(_ number: Int, _ document: SearchDocument) -> (path: String, text: String) {
    file("d/\(number)", documentJSON(document.trimmed))
  }

  /// Document files and term shards are made and handed over this many at a time.
  static let documentsPerPart = 512
  static let shardsPerPart = 512

  package struct Meta: Codable, Sendable {
    package var version: Int
    package var documents: Int
    /// The first bytes (of their UTF-8) of the term shard keys: each has a file listing the
    /// keys starting with it, `k/<hex>.js`, which a query loads for its words' first bytes only.
    package var termKeyFiles: [Int]

    /// Term shard keys as ``frontCoded(_:)`` wrote them, as a list.
    package static func keys(frontCoded: String) -> [String] {
      var keys: [String] = []
      var previous: [Unicode.Scalar] = []
      for coded in frontCoded.split(separator: " ") {
        guard let first = coded.unicodeScalars.first, first.isASCII else { continue }
        let shared = Int(PostingCodec.byteValues[Int(first.value)])
        guard shared >= 0, shared <= previous.count else { continue }
        previous = Array(previous.prefix(shared)) + coded.unicodeScalars.dropFirst()
        keys.append(String(String.UnicodeScalarView(previous)))
      }
      return keys
    }

    /// Term shard keys (prefixes), sorted by their UTF-8 bytes, each written as how many
    /// characters it shares with the key before it (one character of the ``PostingCodec``
    /// alphabet: `A` for none, `B` for one, …) and the rest of it, one space between them (a
    /// term has none): neighbouring keys share most of their characters. File names are the
    /// keys' hex.
    ///
    /// ```
    /// ["/tmp/elastic", "/tmp/etcd-bu", "/usr"]  →  "A/tmp/elastic Gtcd-bu Busr"
    /// ```
    static func frontCoded(_ keys: [String]) -> String {
      var previous: [Unicode.Scalar] = []
      return keys.map { key in
        let scalars = Array(key.unicodeScalars)
        var shared = 0
        while shared < min(previous.count, scalars.count, PostingCodec.alphabet.count - 1), previous[shared] == scalars[shared] { shared += 1 }
        previous = scalars
        return String(Character(PostingCodec.alphabet[shared])) + String(String.UnicodeScalarView(scalars[shared...]))
      }.joined(separator: " ")
    }
    package var signatureShards: Int
    package var contentHash: String
    package var stopTerms: [String]
    /// The first two letters of the words in typo vocabularies: the files `v/<hex>.js`.
    package var typoHeads: [String]
    /// The documents in Chinese, Japanese or Korean (``FrequentTermCodec/encodeDocuments(_:)``):
    /// a stop term's postings do not say it.
    package var cjkDocuments: String
  }


  /// Chooses shard keys for the terms at `range` of a code-point-sorted list: a one-character
  /// prefix per shard, lengthened where a shard would pass ``shardLimit`` bytes (at most
  /// ``longestKey`` characters). A term equal to a prefix that is lengthened keeps the prefix as
  /// its own key. `size` gives the bytes of a term's entry, `[idf,"postings"]`.
  ///
  /// The terms under a prefix are a contiguous run of the sorted list, so a prefix is cut by
  /// walking its run, with sums of sizes made once: no term is copied.
  ///
  /// ```
  /// "a…" 30 kB → "a" (the term "a"), "ab", "ac…" 14 kB → "aca", "acb", …
  /// ```
  static func shardKeys(terms: [String], in range: Range<Int>, size: (Int) -> Int) -> [String] {
    var sums = [0]
    sums.reserveCapacity(range.count + 1)
    for index in range { sums.append(sums[sums.count - 1] + size(index) + terms[index].utf8.count + 4) }
    func total(_ run: Range<Int>) -> Int { sums[run.upperBound - range.lowerBound] - sums[run.lowerBound - range.lowerBound] }
    func scalar(_ index: Int, at depth: Int) -> Unicode.Scalar? {
      var scalars = terms[index].unicodeScalars.makeIterator()
      for _ in 0..<depth where scalars.next() == nil { return nil }
      return scalars.next()
    }
    var keys: [String] = []
    /// Cuts the terms of `run`, which share their first `depth` characters, and the rest of the
    /// terms that start at `start` with the same character at `depth` into runs.
    func runs(_ run: Range<Int>, depth: Int, _ body: (Range<Int>) -> Void) {
      var start = run.lowerBound
      while start < run.upperBound {
        guard let next = scalar(start, at: depth) else {
          start += 1
          continue
        }
        var end = start + 1
        while end < run.upperBound, scalar(end, at: depth) == next { end += 1 }
        body(start..<end)
        start = end
      }
    }
    func split(_ run: Range<Int>, depth: Int) {
      let prefix = String(String.UnicodeScalarView(terms[run.lowerBound].unicodeScalars.prefix(depth)))
      if total(run) <= shardLimit || depth >= longestKey {
        keys.append(prefix)
        return
      }
      // The term equal to the prefix sorts first and keeps the prefix as its own key.
      if scalar(run.lowerBound, at: depth) == nil { keys.append(prefix) }
      runs(run, depth: depth) { split($0, depth: depth + 1) }
    }
    runs(range, depth: 0) { split($0, depth: 1) }
    return keys.sorted { $0.precedesInByteOrder($1) }
  }

  /// The shard a term lives in: the longest key it starts with (keys are at most ``longestKey`` long).
  package static func key(for term: String, in keys: Set<String>) -> String? {
    let scalars = Array(term.unicodeScalars.prefix(longestKey))
    for length in stride(from: scalars.count, through: 1, by: -1) {
      let prefix = String(String.UnicodeScalarView(scalars[..<length]))
      if keys.contains(prefix) { return prefix }
    }
    return nil
  }

  /// Every shard that can hold a term starting with `prefix`.
  package static func keys(forPrefix prefix: String, in keys: [String], keySet: Set<String>) -> [String] {
    var result = keys.filter { $0.unicodeScalars.starts(with: prefix.unicodeScalars) }
    if let holder = key(for: prefix, in: keySet), !result.contains(holder) { result.append(holder) }
    return result
  }

  /// The key file (`k/<hex>.js`) listing a shard key: its first byte.
  static func keyFile(_ key: String) -> UInt8 { key.utf8.first ?? 0x20 }

  static func hex(_ byte: UInt8) -> String { (byte < 16 ? "0" : "") + String(byte, radix: 16) }

  package static func hex(_ key: String) -> String { key.utf8.map(hex).joined() }

  static func script(_ name: String, _ body: String) -> String {
    "CasebookSearch.add(\"\(name)\",\(body));\n"
  }

  /// The site path of the index file named `name` (`t/6c69`, `meta`): `search/t/6c69.js`.
  package static func path(_ name: String) -> String { SiteRoutes.searchIndexFolder + "/" + name + ".js" }

  /// The index file named `name`, holding `body`.
  static func file(_ name: String, _ body: String) -> (path: String, text: String) { (path(name), script(name, body)) }

  /// A document as `JSONEncoder` writes it with sorted keys and without escaping slashes,
  /// without an encoder per document (ten thousand of them cost a second).
  ///
  /// ```
  /// {"components":["cri-o"],"date":"2026-11-20",…,"sections":[{"anchor":"symptom",…}],…,"url":"cases/x/index.html"}
  /// ```
  static func documentJSON(_ document: SearchDocument) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(256 + document.sections.reduce(0) { $0 + $1.text.utf8.count + $1.heading.utf8.count + 64 })
    func list<T>(_ items: [T], _ item: (T) -> Void) {
      out.append(UInt8(ascii: "["))
      for (index, value) in items.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        item(value)
      }
      out.append(UInt8(ascii: "]"))
    }
    func key(_ name: String, first: Bool = false) {
      out.append(contentsOf: ((first ? "{\"" : ",\"") + name + "\":").utf8)
    }
    func field(_ name: String, _ value: String, first: Bool = false) {
      key(name, first: first)
      JSONText.append(value, to: &out)
    }
    func field(_ name: String, _ values: [String], first: Bool = false) {
      key(name, first: first)
      list(values) { JSONText.append($0, to: &out) }
    }
    if let appliesTo = document.appliesTo {
      key("appliesTo", first: true)
      out.append(contentsOf: rangesJSON(appliesTo).utf8)
    }
    field("components", document.components, first: document.appliesTo == nil)
    field("date", document.date)
    field("environment", document.environment)
    if let fixedIn = document.fixedIn {
      key("fixedIn")
      out.append(contentsOf: objectJSON(fixedIn, JSONText.string).utf8)
    }
    field("id", document.id)
    field("lang", document.lang)
    if let reviewDue = document.reviewDue { field("reviewDue", reviewDue) }
    key("sections")
    list(document.sections) { section in
      field("anchor", section.anchor, first: true)
      field("heading", section.heading)
      field("kind", section.kind)
      field("text", section.text)
      out.append(UInt8(ascii: "}"))
    }
    field("signatures", document.signatures)
    field("status", document.status)
    field("summary", document.summary)
    field("tags", document.tags)
    field("title", document.title)
    field("url", document.url)
    out.append(UInt8(ascii: "}"))
    return String(decoding: out, as: UTF8.self)
  }

  /// Every document's facts as `JSONEncoder` writes them with sorted keys, without an encoder.
  ///
  /// ```
  /// [{"components":["cri-o"],"status":"resolved","tags":["go"]},
  ///  {"applies_to":{"cri-o":[[">=1.32.0"]]},"components":["cri-o"],"fixed_in":{"cri-o":"1.33.0"},"status":"open","tags":[]}]
  /// ```
  static func factsJSON(_ facts: [DocumentFacts]) -> String {
    func strings(_ values: [String]) -> String { "[" + values.map(JSONText.string).joined(separator: ",") + "]" }
    let objects = facts.map { facts in
      let applies = facts.appliesTo.map { "\"applies_to\":" + rangesJSON($0) + "," } ?? ""
      let fixed = facts.fixedIn.map { ",\"fixed_in\":" + objectJSON($0, JSONText.string) } ?? ""
      let due = facts.reviewDue.map { ",\"review_due\":" + JSONText.string($0) } ?? ""
      return "{\(applies)\"components\":\(strings(facts.components))\(fixed)\(due),\"status\":\(JSONText.string(facts.status)),\"tags\":\(strings(facts.tags))}"
    }
    return "[" + objects.joined(separator: ",") + "]"
  }

  /// An object with sorted keys, its values written by `write`.
  static func objectJSON<Value>(_ values: [String: Value], _ write: (Value) -> String) -> String {
    "{" + values.keys.sorted(by: CodePoints.less).map { JSONText.string($0) + ":" + write(values[$0]!) }.joined(separator: ",") + "}"
  }

  /// `{"cri-o":[[">=1.32.0","<1.33.0-0"]]}`: normalized ranges by component.
  static func rangesJSON(_ ranges: [String: [[String]]]) -> String {
    objectJSON(ranges) { "[" + $0.map { "[" + $0.map(JSONText.string).joined(separator: ",") + "]" }.joined(separator: ",") + "]" }
  }

  static func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
