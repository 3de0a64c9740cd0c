// The search engine against the shared vectors (the browser runs the same ones).

@testable import CasebookBench
@testable import CasebookCore
import CasebookRender
@testable import CasebookSearch
import Foundation
import Testing

extension SplitMix64 {
  /// A number below `bound`.
  mutating func next(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }
}

struct TokenizerVector: Decodable, Sendable, CustomTestStringConvertible {
  var text: String
  var tokens: [String]
  var testDescription: String { text }
}

struct SignatureVector: Decodable, Sendable, CustomTestStringConvertible {
  var line: String
  var normalized: String
  /// What the line is looked up as, to find a signature inside it (when the vector says).
  var lookups: [String]?
  var testDescription: String { line }
}

struct SnippetVector: Decodable, Sendable, CustomTestStringConvertible {
  var text: String
  var terms: [String]
  var focus: [String]
  var phrases: [[String]]
  var marked: [String]
  var why: String
  var testDescription: String { why }
}

struct QueryVector: Decodable, Sendable, CustomTestStringConvertible {
  var query: String
  var first: String??
  var section: String?
  /// The section the first result's excerpt is taken from, when it is not its best section.
  var shows: String?
  var why: String
  var testDescription: String { why }

  enum CodingKeys: String, CodingKey { case query, first, section, shows, why }
  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    query = try container.decode(String.self, forKey: .query)
    section = try container.decodeIfPresent(String.self, forKey: .section)
    shows = try container.decodeIfPresent(String.self, forKey: .shows)
    why = try container.decode(String.self, forKey: .why)
    // Absent: no expectation; null: nothing may match; a string: that case comes first.
    first = container.contains(.first) ? .some(try container.decodeIfPresent(String.self, forKey: .first)) : .none
  }
}

enum SearchFixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func load<T: Decodable>(_ name: String) -> [T] {
    (try? JSONDecoder().decode([T].self, from: Data(contentsOf: folder.appendingPathComponent(name)))) ?? []
  }

  /// The repository's own cases, as `casebook build` indexes them.
  static let index: SearchIndex = {
    let content = repository.appendingPathComponent("Content")
    let config = SourceFile(path: "casebook.yml", bytes: Array(FileManager.default.contents(atPath: content.appendingPathComponent("casebook.yml").path)!))
    let names = try! FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("cases").path).filter { $0.hasSuffix(".md") }.sorted()
    let cases = names.map { SourceFile(path: $0, bytes: Array(FileManager.default.contents(atPath: content.appendingPathComponent("cases/\($0)").path)!)) }
    let result = ContentCheck.run(configFile: config, configPath: "casebook.yml", cases: cases)
    return result.knowledgeBase!.searchIndex(contentHash: "test")
  }()
}

@Suite struct SearchTests {
  @Test("the tokenizer gives the shared vectors' tokens", arguments: SearchFixtures.load("tokenizer.json") as [TokenizerVector])
  func tokenizer(vector: TokenizerVector) {
    #expect(Tokenizer.terms(vector.text) == vector.tokens)
  }

  @Test("the ASCII fast path gives exactly the general path's tokens")
  func asciiFastPathMatchesGeneralPath() {
    // Random text over the characters that matter (``asciiAlphabet``).
    let alphabet = Self.asciiAlphabet
    var random = SplitMix64(seed: 2026)
    var samples = SearchFixtures.load("tokenizer.json").map { (vector: TokenizerVector) in vector.text }.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    samples += ["", " ", "--", "a", String(repeating: "x", count: 64), String(repeating: "x", count: 65), String(repeating: "1", count: 70) + ".a", "1234567", "a.1234567", "=,a,=", "_a_", "&-", ":_"]
    for _ in 0..<3000 {
      let length = random.next(40)
      samples.append(String((0..<length).map { _ in alphabet[random.next(alphabet.count)] }))
    }
    for text in samples {
      #expect(Tokenizer.tokens(text, start: 3) == Tokenizer.generalTokens(text, start: 3), "\(text.debugDescription)")
    }
  }

  /// The characters that matter to the ASCII path: letters of both cases, digits (long runs
  /// too), every joiner and trimmed character, separators and other punctuation.
  static let asciiAlphabet = Array("aAbZz09 1234567 .,:=/-_+@#%~*&\\\t\n()[]'\"`;!?<>|$^{}")

  @Test("the ASCII path's table of chunk bytes holds exactly the letters, digits and joiners")
  func asciiChunkBytes() {
    for byte in 0...255 {
      let expected = byte < 0x80 && (Tokenizer.isWordScalar(Unicode.Scalar(UInt8(byte))) || Tokenizer.isJoiner(Unicode.Scalar(UInt8(byte))))
      #expect(Tokenizer.isASCIIChunk(UInt8(byte)) == expected, "byte \(byte)")
    }
  }

  @Test("text read in pieces, ASCII apart from the rest, gives exactly the general path's tokens")
  func piecesMatchGeneralPath() {
    // Beside the ASCII characters: CJK and Hangul, letters precomposed and with combining
    // marks, marks that combine with ASCII (`=` and U+0338 make `≠`), characters that NFKC
    // turns into ASCII or into several characters (fullwidth, the Kelvin sign, a ligature,
    // circled and superscript digits, the ideographic space), case changes that are not one
    // to one (`İ`, `ẞ`), and an emoji.
    let others: [String] = [
      "链", "接", "失败", "한국", "é", "e\u{301}", "\u{301}", "\u{338}", "Ａ", "ｂ", "：", "，", "\u{3000}", "\u{212A}",
      "ﬁ", "①", "²", "İ", "ẞ", "Σ", "ς", "😀", "\u{200B}", "ß",
    ]
    let ascii = Self.asciiAlphabet.map(String.init) + ["wazero", "go.o", "-Wl,-z,undefs", "/tmp/go-link-1701599834/", "  ", "\n"]
    var random = SplitMix64(seed: 2027)
    var samples = ["链接失败: undefined reference to `wazevo.entrypoint`", "a=\u{338}b", "< \u{338}x", "x \u{301}y", "ＡＢＣ def", "İstanbul go.o"]
    for _ in 0..<3000 {
      // Runs of ASCII long enough to be read apart (``Tokenizer/generalGap``), and short ones.
      let length = random.next(30)
      samples.append((0..<length).map { _ in
        random.next(4) == 0 ? others[random.next(others.count)] : String(repeating: ascii[random.next(ascii.count)], count: 1 + random.next(random.next(4) == 0 ? 40 : 3))
      }.joined())
    }
    for text in samples {
      #expect(Tokenizer.tokens(text, start: 3) == Tokenizer.generalTokens(text, start: 3), "\(text.debugDescription)")
    }
  }

  @Test("JSON strings are written byte for byte as JSONEncoder writes them")
  func jsonTextMatchesJSONEncoder() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var samples = ["", "plain", "say \"hi\"", "back\\slash", "/usr/bin/ld", "tab\there", "line\nbreak\r\n", "\u{08}\u{0C}\u{00}\u{01}\u{1F}\u{7F}",
      "链接失败", "\u{2028}\u{2029}", "😀 emoji", "</script><!--", "é (e\u{301})", "__proto__"]
    samples += (0..<0x80).map { String(Unicode.Scalar(UInt8($0))) }
    // Longer texts, with what needs escaping at every offset.
    let pieces = ["a", "Z", "~", "é", "链", "😀", "\"", "\\", "\n", "\u{1F}", "\u{7F}", " ", "/", "!", "#", "]", "\u{80}"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      samples.append((0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
    for offset in 0..<17 {
      for special in ["\"", "\\", "\u{0}", "\u{1F}", "\t"] {
        samples.append(String(repeating: "x", count: offset) + special + String(repeating: "y", count: 16 - offset))
      }
    }
    for text in samples {
      #expect(JSONText.string(text) == String(decoding: try encoder.encode(text), as: UTF8.self), "\(text.debugDescription)")
    }
  }

  @Test("document files are written byte for byte as JSONEncoder writes them")
  func documentJSONMatchesJSONEncoder() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var documents = SearchFixtures.index.documents
    documents.append(SearchDocument(
      id: "x", url: "cases/x/index.html", title: "Quote \" and \\ / 中文 \u{1}", summary: "", status: "open", lang: "zh-CN", date: "2026-01-02",
      components: [], tags: ["a", "</script>"], environment: ["tab\there"], signatures: ["line\nbreak"],
      sections: [SearchDocument.Section(kind: "symptom", anchor: "symptom", heading: "症状", text: "😀\r\n\u{2028}")],
      appliesTo: ["b": [[">=1.0.0", "<2.0.0-0"], ["=rawhide"]], "a\"": [[]]], fixedIn: ["b": "1.5.0"]))
    #expect(documents.count > 1)
    #expect(documents.contains { $0.appliesTo != nil && $0.fixedIn == nil }, "a seeded case has a range and no known fix")
    for document in documents {
      #expect(IndexFiles.documentJSON(document) == String(decoding: try encoder.encode(document), as: UTF8.self), "\(document.id)")
    }
    let facts = documents.map(DocumentFacts.init)
    for cut in [[], Array(facts.prefix(1)), facts] {
      #expect(IndexFiles.factsJSON(cut) == String(decoding: try encoder.encode(cut), as: UTF8.self))
    }
  }

  @Test("NFKC leaves ASCII as it is, which the signature normaliser's shortcut relies on")
  func signatureASCIIShortcut() {
    let ascii = String(String.UnicodeScalarView((0..<0x80).map { Unicode.Scalar(UInt8($0)) }))
    #expect(ascii.precomposedStringWithCompatibilityMapping.unicodeScalars.elementsEqual(ascii.unicodeScalars))
    #expect(SignatureNormalizer.normalize("ﬁle Ｆ１２ 0xAB") == "file fN ADDR", "the general path still applies NFKC")
  }

  @Test("signature lines normalise as the shared vectors say", arguments: SearchFixtures.load("signatures.json") as [SignatureVector])
  func signatures(vector: SignatureVector) {
    #expect(SignatureNormalizer.normalize(vector.line) == vector.normalized)
    if let lookups = vector.lookups { #expect(SignatureNormalizer.lookups(vector.line) == lookups) }
  }

  @Test("each example query finds the right case first", arguments: SearchFixtures.load("queries.json") as [QueryVector])
  func queries(vector: QueryVector) throws {
    let found = try SearchEngine(source: SearchFixtures.index).search(vector.query)
    let ids = found.results.map { SearchFixtures.index.documents[$0.document].id }
    switch vector.first {
    case .some(.some(let id)):
      #expect(ids.first == id, "\(vector.query) → \(ids)")
      if let section = vector.section { #expect(found.results.first?.anchor == section) }
      if let shows = vector.shows, let first = found.results.first {
        let (anchor, snippet) = Snippet.shown(first, in: SearchFixtures.index.documents[first.document])
        #expect(anchor == shows)
        #expect(snippet.isMarked, "\(snippet.plainText)")
      }
    case .some(.none):
      #expect(ids.isEmpty, "\(vector.query) → \(ids)")
    case .none:
      break
    }
  }

  @Test("the built index files answer exactly as the index in memory")
  func filesMatchMemory() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-index-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in try IndexFiles.write(SearchFixtures.index) {
      let url = folder.appendingPathComponent(file.path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.text.utf8).write(to: url)
    }
    let disk = try IndexFolder(folder: folder.appendingPathComponent("search").path)
    for vector in SearchFixtures.load("queries.json") as [QueryVector] {
      let fromMemory = try SearchEngine(source: SearchFixtures.index).search(vector.query).results
      let fromDisk = try SearchEngine(source: disk).search(vector.query).results
      #expect(fromMemory == fromDisk, "\(vector.query)")
    }
  }

  @Test("shard keys, each written as what it shares with the one before and the rest, read back as they were")
  func frontCodedKeys() {
    let keys = ["-", "/tmp/elastic", "/tmp/etcd-bu", "/usr", "a", "ab", "abc", "b", "链接", "链接失", "链路"]
    let coded = IndexFiles.Meta.frontCoded(keys)
    #expect(coded == "A- A/tmp/elastic Gtcd-bu Busr Aa Bb Cc Ab A链接 C失 B路")
    #expect(IndexFiles.Meta.keys(frontCoded: coded) == keys)
  }

  @Test("hostile queries neither crash nor hang")
  func hostileQueries() throws {
    let engine = SearchEngine(source: SearchFixtures.index)
    let huge = String(repeating: "wazero undefined -Wl,-z,undefs 链接 ", count: 20_000)
    #expect(try engine.search(huge).results.count == 3)
    _ = try engine.search(String(repeating: "\n", count: 10_000) + "x\ny")
    _ = try engine.search(String(repeating: "\"", count: 1001))
    _ = try engine.search("\u{0}\u{1}\u{FFFF}\u{10FFFF}")
  }

  @Test("filters keep matching cases and count every match")
  func filters() throws {
    let engine = SearchEngine(source: SearchFixtures.index)
    let all = try engine.search("wazero", filters: SearchFilters(counts: true))
    #expect(all.total == 3)
    #expect(all.statusCounts == ["workaround": 3])
    let tagged = try engine.search("wazero", filters: SearchFilters(tag: "textrel"))
    #expect(tagged.results.map { SearchFixtures.index.documents[$0.document].id } == ["crio-fedora44-wazero-dt-textrel"])
    #expect(try engine.search("wazero", filters: SearchFilters(status: "open")).results.isEmpty)
  }

  @Test("snippets mark a term only where it stands as a word (the vectors the browser engine checks too)", arguments: SearchFixtures.load("snippets.json") as [SnippetVector])
  func snippetWords(vector: SnippetVector) {
    let snippet = Snippet(text: vector.text, terms: vector.terms, focus: vector.focus, phrases: vector.phrases)
    #expect(snippet.parts.filter(\.marked).map(\.text) == vector.marked)
    if vector.text.unicodeScalars.count <= Snippet.length { #expect(snippet.plainText == vector.text) }
  }

  @Test("a result a pasted line matched by signature shows that signature first, from its start")
  func signatureExcerpt() throws {
    let line = "/usr/bin/ld: /tmp/go-link-42/go.o: in function `local.github.com/cri-o/cri-o/vendor/github.com/tetratelabs/wazero/internal/engine/wazevo.(*callEngine).callWithStack':"
    let first = try #require(try SearchEngine(source: SearchFixtures.index).search(line).results.first)
    let document = SearchFixtures.index.documents[first.document]
    #expect(document.id == "crio-fedora41-wazero-linkname" && first.anchor == "signatures")
    let (anchor, snippet) = Snippet.shown(first, in: document)
    #expect(anchor == "signatures")
    #expect(snippet.plainText.hasPrefix("/usr/bin/ld: /tmp/go-link-1701599834/go.o: in function `local.github.com"), "\(snippet.plainText)")
  }

  @Test("snippets mark every matched term and carry text only")
  func snippets() {
    let snippet = Snippet(text: "It passes -Wl,-z,undefs to ld; undefs again. <b>", terms: ["undefs"])
    #expect(snippet.parts.filter(\.marked).map(\.text) == ["undefs", "undefs"])
    #expect(snippet.plainText == "It passes -Wl,-z,undefs to ld; undefs again. <b>")
  }
}

@Suite struct SearchDocumentationTests {
  @Test("docs/search.md lists the example queries the tests check")
  func examplesDocumented() throws {
    let text = try String(contentsOf: SearchFixtures.repository.appendingPathComponent("docs/search.md"), encoding: .utf8)
    for vector in SearchFixtures.load("queries.json") as [QueryVector] {
      guard case .some(.some(let id)) = vector.first, !vector.query.contains("\n"), vector.query.count < 80 else { continue }
      #expect(text.contains("| `\(vector.query)` | \(id)"), "docs/search.md lists \(vector.query) → \(id)")
    }
  }
}

@Suite struct PostingCodecTests {
  @Test("postings survive encoding, and small numbers take one character")
  func roundTrip() {
    let postings = [
      Posting(document: 3, weight: 150, mask: 65, positions: [2, 9]),
      Posting(document: 4, weight: 0, mask: 1 << 12, positions: []),
      Posting(document: 40_000, weight: 123_456, mask: 8191, positions: [0, 1, 70_000]),
    ]
    let text = PostingCodec.encode(postings)
    #expect(PostingCodec.decode(text) == postings)
    #expect(PostingCodec.encode([Posting(document: 3, weight: 150, mask: 65, positions: [2, 9])]) == "D2EhCCCH")
    #expect(PostingCodec.decode("D*") == [], "a broken string gives what it can, without crashing")
  }

  @Test(
    "a spliced list equals the list decoded, filtered, merged and encoded again, for any number of documents changed",
    arguments: [(keepsPositions: true, hasPositions: true), (false, true), (false, false)])
  func splice(keepsPositions: Bool, hasPositions: Bool) {
    var generator = SystemRandomNumberGenerator()
    func posting(_ document: Int) -> Posting {
      let positions = (0..<Int.random(in: 0...4, using: &generator)).map { _ in Int.random(in: 0...90_000, using: &generator) }.sorted()
      return Posting(document: document, weight: Int.random(in: 0...70_000, using: &generator), mask: Int.random(in: 1...8191, using: &generator), positions: hasPositions ? positions : [])
    }
    for round in 0..<400 {
      let documents = (0..<200).filter { _ in Bool.random(using: &generator) }
      let old = documents.map(posting)
      // Many documents changed, or one (an edit of one case: most of the list is copied as bytes).
      let removing = round % 2 == 0 ? Set((0..<200).filter { _ in Int.random(in: 0..<8, using: &generator) == 0 }) : [Int.random(in: 0..<200, using: &generator)]
      // As in an update: the documents given new postings are among those taken out.
      let adding = removing.sorted().filter { _ in Bool.random(using: &generator) }.map(posting)
      let expected = (old.filter { !removing.contains($0.document) } + adding)
        .sorted { $0.document < $1.document }
        .map { Posting(document: $0.document, weight: $0.weight, mask: $0.mask, positions: keepsPositions ? $0.positions : []) }
      let spliced = PostingCodec.splice(PostingCodec.encode(old), count: old.count, hasPositions: hasPositions, removing: removing, adding: adding, keepsPositions: keepsPositions)
      #expect(spliced.text == PostingCodec.encode(expected))
      #expect(spliced.count == expected.count)
    }
    #expect(PostingCodec.splice("D2EhCCCH", count: 1, removing: [3], adding: [Posting(document: 5, weight: 2, mask: 1, positions: [4])], keepsPositions: true) == ("FCBBE", 1))
  }

  @Test("raw postings give back every term's documents and positions, in document order, with each document's own layout")
  func rawPostings() {
    var generator = SystemRandomNumberGenerator()
    var raw = SearchIndexBuilder.RawPostings()
    // Documents of three layouts: one body text; a title from 100,000 on; a CJK-language body.
    let layouts = (0..<300).map { document in
      var layout = SearchIndexBuilder.Layout()
      layout.add(start: 0, field: SearchField.body.rawValue, bit: 9)
      if document % 3 == 1 { layout.add(start: 100_000, field: SearchField.title.rawValue, bit: 1) }
      layout.cjk = document % 3 == 2
      return layout
    }
    var table = SearchIndexBuilder.LayoutTable()
    for layout in layouts { table.append(layout) }
    var expected: [String: [(document: Int, positions: [Int])]] = [:]
    for document in 0..<300 {
      for term in ["a", "b", "c", "d"] where Bool.random(using: &generator) {
        var positions: [Int] = []
        for _ in 0..<Int.random(in: 1...5, using: &generator) { positions.append((positions.last ?? 0) + Int.random(in: 0...200_000, using: &generator)) }
        raw.append(positions[...], document: document, term: term)
        expected[term, default: []].append((document, positions))
      }
    }
    #expect(Set(raw.terms) == Set(expected.keys))
    var scratch: [Int] = []
    for (slot, term) in raw.terms.enumerated() {
      var documents: [Int] = []
      var positions: [[Int]] = []
      var fields: [(counts: SIMD8<Int32>, mask: Int)] = []
      table.withReader { reader in
        raw.forEachPosting(slot, positions: &scratch) { document, found in
          documents.append(document)
          positions.append(Array(found))
          fields.append(reader(document, found))
        }
      }
      #expect(documents == expected[term]!.map(\.document))
      #expect(positions == expected[term]!.map(\.positions))
      #expect(raw.frequencies[slot] == documents.count)
      for (index, document) in documents.enumerated() {
        let own = layouts[document].fields(at: positions[index])
        #expect(fields[index].counts == own.counts && fields[index].mask == own.mask)
      }
      #expect(fields.contains { $0.mask & (1 << SearchField.cjkLanguageBit) != 0 })
    }
    // The chunks weighed on every core cover every term once, in order.
    for count in [1, 3, 16, 1000] {
      let chunks = raw.chunks(count: count)
      #expect(chunks.flatMap { Array($0) } == Array(raw.terms.indices), "\(count) chunks")
    }
  }

  @Test("terms are numbered in order of first sight, as a dictionary of strings numbers them, across growth and for text that is not ASCII")
  func termNumbering() {
    var random = SplitMix64(seed: 7)
    // Enough terms to grow the table several times; prefixes of one another; the empty term;
    // non-ASCII terms, two of them canonically equivalent (one term for a string dictionary).
    let words = (0..<5000).map { "t\(String($0 * 7919, radix: 36))" } + ["", "t", "tt", "ttt", "é", "e\u{301}", "链接", "Kelvin"]
    var numbering = TermNumbering(expected: 10)
    var reference: [String: Int32] = [:]
    var referenceTerms: [String] = []
    for _ in 0..<40_000 {
      let word = words[random.next(2) == 0 ? random.next(40) : random.next(words.count)]
      let expected = reference[word] ?? {
        referenceTerms.append(word)
        reference[word] = Int32(referenceTerms.count - 1)
        return Int32(referenceTerms.count - 1)
      }()
      var utf8 = word
      let number = random.next(2) == 0 || !word.utf8.allSatisfy({ $0 < 0x80 }) ? numbering.number(word) : utf8.withUTF8 { numbering.number(ascii: $0) }
      #expect(number == expected, "\(word.debugDescription)")
    }
    #expect(numbering.terms == referenceTerms)
  }

  @Test("strings precede one another in the order of their UTF-8 bytes, small or large, prefixes and equals included")
  func byteOrder() {
    var random = SplitMix64(seed: 5)
    let pieces = ["a", "b", "Z", "0", "é", "e\u{301}", "链", "\u{0}", "\u{FFFF}", "😀", String(repeating: "x", count: 20)]
    func text() -> String { (0..<random.next(5)).map { _ in pieces[random.next(pieces.count)] }.joined() }
    for _ in 0..<5_000 {
      let (first, second) = (text(), text())
      #expect(first.precedesInByteOrder(second) == first.utf8.lexicographicallyPrecedes(second.utf8), "\(first.debugDescription) \(second.debugDescription)")
      #expect(!first.precedesInByteOrder(first))
    }
    // Canonically equivalent, so equal to Swift's <, but not the same bytes.
    #expect("e\u{301}".precedesInByteOrder("é") && !("e\u{301}" < "é"))
  }

  @Test("a section text is cut after as many characters as Swift counts, ASCII shortcut or not")
  func sectionTextCut() {
    var random = SplitMix64(seed: 11)
    // Mostly ASCII, with what joins or splits characters around the limit: CR LF, a combining
    // mark, a Chinese character, an emoji with a modifier.
    let pieces = ["a", "b", " ", ".", "\n", "\r\n", "\r", "\u{301}", "链", "👍🏽", "é"]
    for _ in 0..<2_000 {
      let limit = 1 + random.next(12)
      var text = String(repeating: "x", count: max(0, limit - 3 + random.next(4)))
      for _ in 0..<random.next(6) { text += pieces[random.next(2) == 0 ? random.next(4) : random.next(pieces.count)] }
      let expected = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex)
      #expect(SearchDocument.end(ofCharacters: limit, in: text) == expected, "\(text.debugDescription) \(limit)")
    }
  }

  @Test("a document's layout tells the fields and sections of a term from its positions")
  func layoutFields() {
    var layout = SearchIndexBuilder.Layout()
    layout.add(start: 0, field: SearchField.signatures.rawValue, bit: 0)   // positions 0…9
    layout.add(start: 10, field: SearchField.title.rawValue, bit: 1)       // 10…19
    layout.add(start: 20, field: SearchField.summary.rawValue, bit: 2)     // empty: 20…27
    layout.add(start: 28, field: SearchField.body.rawValue, bit: 6)        // 28…39
    layout.add(start: 40, field: SearchField.body.rawValue, bit: 8)        // 40…
    let (counts, mask) = layout.fields(at: [3, 3, 10, 19, 28, 41, 90])
    #expect(Array(0..<7).map { counts[$0] } == [2, 2, 0, 0, 0, 0, 3])
    #expect(mask == 0b1_0100_0011)
    layout.cjk = true
    #expect(layout.fields(at: [45]).mask == 1 << 8 | 1 << SearchField.cjkLanguageBit)
    #expect(layout.fields(at: []) == (SIMD8<Int32>(), 1 << SearchField.cjkLanguageBit))
  }

}
