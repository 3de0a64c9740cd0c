// Frequent terms: every posting kept as a level, in a file of its own, and counted in ranking.

@testable import CasebookBench
@testable import CasebookSearch
import Foundation
import Testing

@Suite struct FrequentTermTests {
  @Test("a frequent term's postings come back with every document and each weight within 5 %, in the shorter of the two forms")
  func levelsRoundTrip() {
    var random = SplitMix64(seed: 11)
    var postings: [(document: Int, weight: Int)] = []
    var document = 0
    for _ in 0..<500 {
      document += 1 + random.next(4)
      postings.append((document, 11 + random.next(4_043)))
    }
    let text = FrequentTermCodec.encode(postings)
    let decoded = FrequentTermCodec.decode(text, cjk: [postings[3].document])
    #expect(decoded.map(\.document) == postings.map(\.document))
    for (posting, back) in zip(postings, decoded) {
      #expect(abs(Double(back.weight - posting.weight)) <= 0.05 * Double(posting.weight), "\(posting.weight) → \(back.weight)")
      #expect(back.positions.isEmpty)
      #expect(back.mask == (back.document == postings[3].document ? 1 << SearchField.cjkLanguageBit : 0))
    }
    #expect(!text.hasPrefix("."), "one document in three: sparse")
    #expect(FrequentTermCodec.encode([(0, 100), (2, 12)]) == "AYCC")
    let every = FrequentTermCodec.encode((0..<40).map { ($0, 100) })
    #expect(every == "." + String(repeating: "Y", count: 40), "every document: dense")
    #expect(FrequentTermCodec.decode(every, cjk: []).count == 40)
    #expect(FrequentTermCodec.encode([(0, 1), (1, 1_000_000)]).hasSuffix("B_"), "weights past the table take its ends")
    #expect(FrequentTermCodec.decode("A*Y", cjk: []).isEmpty && FrequentTermCodec.decode(".Y*Y", cjk: []).count == 1, "a broken string gives what it can")
    let numbers = [3, 4, 40, 100_000]
    #expect(FrequentTermCodec.decodeDocuments(FrequentTermCodec.encodeDocuments(numbers)) == numbers)
    #expect(FrequentTermCodec.encodeDocuments([3, 4, 40]) == "DBkB")
  }

  @Test("a level's weight is 10 × 1.1^level, rounded")
  func levelWeights() {
    #expect(FrequentTermCodec.weights == (1...63).map { Int((10 * pow(1.1, Double($0))).rounded()) })
  }

  /// The generated corpus of the index state tests, where the commonest words are frequent
  /// terms, with two cases of the issue's example: one that says `etcdctl` many times in its
  /// title and never `defrag`, one whose command is `$ etcdctl defrag`.
  static func corpus() -> [SearchDocument] {
    var documents = IndexStateTests.corpus(count: 300)
    documents[10].title = "etcdctl etcdctl etcdctl member list"
    documents[20].sections[2].text += " then run $ etcdctl defrag on each member"
    return documents
  }

  static func index() -> SearchIndex {
    var accumulator = SearchIndexBuilder.Accumulator()
    for document in corpus().reversed() { accumulator.add([document]) }
    return accumulator.finish(contentHash: "h")
  }

  @Test("cases that hold every word of a typed query rank above cases that hold fewer, frequent words included; the files answer as memory")
  func everyWordCounts() throws {
    let index = Self.index()
    #expect(index.stopTerms.contains("build") && index.stopTerms.contains("the"), "the corpus has frequent terms")
    let engine = SearchEngine(source: index)
    #expect(try engine.search("$ etcdctl defrag").results.map(\.document).prefix(2) == [20, 10])
    // A frequent word finds every case that holds it, not only its strongest.
    let build = try #require(index.entry("build"))
    #expect(try engine.search("build").results.count == build.frequency)
    #expect(build.frequency > 150)
    // Two frequent words and a rarer one (complete: a space after it, or it would match longer
    // words as one being typed): the cases with all three come first.
    let rare = "word3x"
    let documents = Self.corpus()
    let all = Set(documents.indices.filter { number in
      let words = Set(([documents[number].title, documents[number].summary] + documents[number].sections.map(\.text)).joined(separator: " ").split(separator: " ").map(String.init))
      return words.isSuperset(of: ["build", "fails", rare])
    })
    #expect(!all.isEmpty)
    let ranked = try engine.search("build fails \(rare) ").results.map(\.document)
    #expect(Set(ranked.prefix(all.count)) == all)

    // A phrase of one rarer word among frequent ones cannot be checked: no bonus. Two can.
    #expect(try engine.search("\"build \(rare)\"").results.allSatisfy { $0.score < 1000 })
    #expect(try engine.search("\"etcdctl defrag\"").results.first.map { $0.document == 20 && $0.score > 1000 } == true)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-frequent-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = try IndexFiles.write(index)
    #expect(files.contains { $0.path == "search/f/\(IndexFiles.hex("build")).js" }, "a frequent term has a file of its own")
    for file in files {
      let url = folder.appendingPathComponent(file.path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.text.utf8).write(to: url)
    }
    let disk = try IndexFolder(folder: folder.appendingPathComponent("search").path)
    for query in ["$ etcdctl defrag", "build", "build fails \(rare)", "\"build fails\" version", "\"the \(rare)\"", "bui", "modulx error", "链接 失败", "etcdctl membr"] {
      #expect(try engine.search(query).results == SearchEngine(source: disk).search(query).results, "\(query)")
    }
  }
}
