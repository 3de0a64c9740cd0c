// Stage: Search. Where the engine reads the index from: memory, or the built files on disk.

internal import Foundation

/// The lookups the query engine needs; the browser engine makes the same ones on its shards.
package protocol TermSource {
  var documentCount: Int { get }
  /// Whether a term was left out of the index for being in most documents.
  func isStopTerm(_ term: String) -> Bool
  func entry(_ term: String) throws -> TermEntry?
  /// Every term starting with `prefix` (complete: all shards that can hold one are read).
  func terms(withPrefix prefix: String) throws -> [String]
  /// The words a misspelling starting with `head` (two letters) may stand for: the index's
  /// words of four or more letters starting with it (``Tokenizer/isTypoWord(_:)``).
  func typoWords(head: String) throws -> [String]
  func documents(withSignature normalizedLine: String) throws -> [Int]
  func document(_ number: Int) throws -> SearchDocument
  func facts(_ number: Int) throws -> DocumentFacts
}

extension SearchIndex: TermSource {
  package var documentCount: Int { documents.count }
  package func isStopTerm(_ term: String) -> Bool { stopTerms.contains(term) }
  package func entry(_ term: String) -> TermEntry? {
    guard let encoded = terms[term] else { return nil }
    guard stopTerms.contains(term) else { return encoded.decoded }
    return TermEntry(frequency: encoded.frequency, postings: FrequentTermCodec.decode(encoded.postings, cjk: cjkDocuments))
  }
  package func terms(withPrefix prefix: String) -> [String] {
    terms.keys.filter { $0.unicodeScalars.starts(with: prefix.unicodeScalars) }.sorted(by: CodePoints.less)
  }
  package func typoWords(head: String) -> [String] {
    terms(withPrefix: head).filter(Tokenizer.isTypoWord)
  }
  package func documents(withSignature normalizedLine: String) -> [Int] { signatures[normalizedLine] ?? [] }
  package func document(_ number: Int) -> SearchDocument { documents[number] }
  package func facts(_ number: Int) -> DocumentFacts {
    DocumentFacts(documents[number])
  }
}

/// Reads a built index from `Site/search`, loading only the shards a query needs.
package final class IndexFolder: TermSource {
  package enum Failure: Error, CustomStringConvertible {
    case unreadable(String)
    package var description: String {
      switch self {
      case .unreadable(let path): "\(path) is not a Casebook search index file"
      }
    }
  }

  let folder: String
  package let meta: IndexFiles.Meta
  private var termShards: [String: [String: TermEntry]] = [:]
  private var signatureShards: [Int: [String: [Int]]] = [:]
  private var factsCache: [DocumentFacts]?
  /// The shard keys of each key file read so far (`k/<hex>.js`), as a list and a set.
  private var keyFiles: [UInt8: (keys: [String], set: Set<String>)] = [:]
  private lazy var keyFileNumbers = Set(meta.termKeyFiles)
  /// Bytes of index files read so far: what a browser would have loaded for the same queries.
  package private(set) var bytesRead = 0
  /// The files read so far and their sizes, for explaining what a query costs.
  package private(set) var filesRead: [(path: String, bytes: Int)] = []

  package init(folder: String) throws {
    self.folder = folder
    let metaData = try Self.payload(folder + "/meta.js")
    meta = try JSONDecoder().decode(IndexFiles.Meta.self, from: metaData)
    bytesRead = ((try? FileManager.default.attributesOfItem(atPath: folder + "/meta.js"))?[.size] as? Int) ?? metaData.count
  }

  package var documentCount: Int { meta.documents }
  package func isStopTerm(_ term: String) -> Bool { stopTermSet.contains(term) }
  private lazy var stopTermSet = Set(meta.stopTerms)
  private lazy var cjkDocuments = Set(FrequentTermCodec.decodeDocuments(meta.cjkDocuments))

  /// The shard keys that can hold a term starting as `text` does: those of its key file.
  private func keys(startingLike text: String) throws -> (keys: [String], set: Set<String>) {
    let number = IndexFiles.keyFile(text)
    guard keyFileNumbers.contains(Int(number)) else { return ([], []) }
    if let known = keyFiles[number] { return known }
    let keys = IndexFiles.Meta.keys(frontCoded: try JSONDecoder().decode(String.self, from: read(folder + "/k/\(IndexFiles.hex(number)).js")))
    keyFiles[number] = (keys, Set(keys))
    return keyFiles[number]!
  }

  package func entry(_ term: String) throws -> TermEntry? {
    if isStopTerm(term) { return try frequentEntry(term) }
    guard let key = IndexFiles.key(for: term, in: try keys(startingLike: term).set) else { return nil }
    return try shard(key)[term]
  }

  /// A stop term's entry, from its own file.
  private func frequentEntry(_ term: String) throws -> TermEntry? {
    if let cached = frequentEntries[term] { return cached }
    let value = try JSONSerialization.jsonObject(with: read(folder + "/f/\(IndexFiles.hex(term)).js")) as? [Any] ?? []
    guard value.count == 2, let frequency = value[0] as? Int, let postings = value[1] as? String else { return nil }
    let entry = TermEntry(frequency: frequency, postings: FrequentTermCodec.decode(postings, cjk: cjkDocuments))
    frequentEntries[term] = entry
    return entry
  }
  private var frequentEntries: [String: TermEntry] = [:]

  package func terms(withPrefix prefix: String) throws -> [String] {
    var found = meta.stopTerms.filter { $0.unicodeScalars.starts(with: prefix.unicodeScalars) }
    let group = try keys(startingLike: prefix)
    for key in IndexFiles.keys(forPrefix: prefix, in: group.keys, keySet: group.set) {
      found += try shard(key).keys.filter { $0.unicodeScalars.starts(with: prefix.unicodeScalars) }
    }
    return Array(Set(found)).sorted(by: CodePoints.less)
  }

  package func typoWords(head: String) throws -> [String] {
    guard typoHeads.contains(head) else { return [] }
    return try JSONDecoder().decode([String].self, from: read(folder + "/v/\(IndexFiles.hex(head)).js"))
  }
  private lazy var typoHeads = Set(meta.typoHeads)

  package func documents(withSignature normalizedLine: String) throws -> [Int] {
    let number = Int(FNV.hash32(normalizedLine) % UInt32(meta.signatureShards))
    if signatureShards[number] == nil {
      let pairs = try JSONSerialization.jsonObject(with: read(folder + "/s/\(number).js")) as? [[Any]] ?? []
      var lines: [String: [Int]] = [:]
      for pair in pairs where pair.count == 2 {
        if let line = pair[0] as? String, let documents = pair[1] as? [Int] { lines[line] = documents }
      }
      signatureShards[number] = lines
    }
    return signatureShards[number]?[normalizedLine] ?? []
  }

  package func document(_ number: Int) throws -> SearchDocument {
    try JSONDecoder().decode(SearchDocument.self, from: read(folder + "/d/\(number).js"))
  }

  package func facts(_ number: Int) throws -> DocumentFacts {
    if factsCache == nil { factsCache = try JSONDecoder().decode([DocumentFacts].self, from: read(folder + "/facets.js")) }
    return factsCache![number]
  }

  private func shard(_ key: String) throws -> [String: TermEntry] {
    if let cached = termShards[key] { return cached }
    let pairs = try JSONSerialization.jsonObject(with: read(folder + "/t/\(IndexFiles.hex(key)).js")) as? [[Any]] ?? []
    var entries: [String: TermEntry] = [:]
    for pair in pairs {
      guard pair.count == 2, let term = pair[0] as? String, let value = pair[1] as? [Any],
        value.count == 2, let frequency = value[0] as? Int, let postings = value[1] as? String
      else { continue }
      entries[term] = TermEntry(frequency: frequency, postings: PostingCodec.decode(postings))
    }
    termShards[key] = entries
    return entries
  }

  private func read(_ path: String) throws -> Data {
    let data = try Self.payload(path)
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? data.count
    bytesRead += size
    filesRead.append((String(path.dropFirst(folder.count + 1)), size))
    return data
  }

  /// The JSON inside `CasebookSearch.add("name",JSON);`.
  static func payload(_ path: String) throws -> Data {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
      let open = text.firstIndex(of: ","), text.hasSuffix(");\n")
    else { throw Failure.unreadable(path) }
    return Data(text[text.index(after: open)..<text.index(text.endIndex, offsetBy: -3)].utf8)
  }
}
