// An index updated for a few edited documents is the index built from scratch, file for file.

@testable import CasebookBench
@testable import CasebookSearch
import Foundation
import Testing

@Suite struct IndexStateTests {
  /// A corpus large enough for stop terms (300 documents), a tenth of it in Chinese, with words
  /// from a skewed vocabulary so that some are in most documents and some in one.
  static func corpus(count: Int = 300) -> [SearchDocument] {
    var random = SplitMix64(seed: 6)
    func next(_ bound: Int) -> Int { random.next(bound) }
    let common = ["the", "build", "fails", "linker", "package", "version", "error", "module"]
    let rare = (0..<400).map { "word\(String($0, radix: 36))x" }
    let chinese = ["链接", "失败", "构建", "版本", "模块", "错误"]
    return (0..<count).map { number in
      let zh = number % 10 == 3
      func sentence(_ length: Int) -> String {
        (0..<length).map { _ in
          if zh { return chinese[next(chinese.count)] + chinese[next(chinese.count)] }
          return next(3) == 0 ? rare[next(next(2) == 0 ? 20 : rare.count)] : common[next(common.count)]
        }.joined(separator: zh ? "，" : " ")
      }
      let sections = ["symptom", "root-cause", "solutions"].map { kind in
        SearchDocument.Section(kind: kind, anchor: kind, heading: kind, text: sentence(20 + next(60)))
      }
      return SearchDocument(
        id: "case-\(number)", url: "cases/case-\(number)/index.html", title: sentence(6), summary: sentence(12), status: "resolved",
        lang: zh ? "zh-CN" : "en", date: "2026-01-01", components: ["comp\(next(5))"], tags: ["tag\(next(7))"], environment: [],
        signatures: ["ld: undefined reference to `sym\(next(40))'"], sections: sections)
    }
  }

  /// The state and every file of the index of these documents, built from scratch.
  static func build(_ documents: [SearchDocument], keys: [UInt64]) throws -> (state: IndexState, files: [String: String]) {
    // Added last to first: the index numbers documents from the last added, so each one's
    // number is then its index in `documents`.
    var accumulator = SearchIndexBuilder.Accumulator()
    let added = Array(documents.reversed())
    for start in stride(from: 0, to: added.count, by: 64) { accumulator.add(Array(added[start..<min(start + 64, added.count)])) }
    var state = accumulator.finishState(documentKeys: keys.reversed())
    let plan = IndexFiles.plan(&state, changes: nil)
    var files: [String: String] = [:]
    let trimmed = accumulator.trimmedDocuments
    try IndexFiles.write(&state, plan: plan, documents: { trimmed[$0] }, contentHash: "h") { for file in $0 { files[file.path] = file.text } }
    return (state, files)
  }

  /// Edits of some documents, each making a different part of the update do its work.
  enum Edit: String, CaseIterable, CustomTestStringConvertible {
    case appendNewWords, dropWords, chinese, several
    var testDescription: String { rawValue }

    func apply(to documents: inout [SearchDocument]) -> [Int] {
      switch self {
      case .appendNewWords:
        documents[7].sections[0].text += " brandnewword another zzzzqqq build fails"
        return [7]
      case .dropWords:
        // Words only this document had disappear from the index, their shards and typo heads too.
        documents[120].sections = [SearchDocument.Section(kind: "symptom", anchor: "symptom", heading: "symptom", text: "the build fails")]
        documents[120].title = "the module"
        return [120]
      case .chinese:
        documents[13].sections[1].text += "。新的中文词语出现在这里"
        return [13]
      case .several:
        documents[0].title += " linker"
        documents[299].summary = documents[299].summary.replacingOccurrences(of: "the", with: "version")
        documents[150].signatures = ["ld: cannot find -lfoo"]
        return [0, 150, 299]
      }
    }
  }

  @Test("an index updated for edited documents equals the index built again, state and files", arguments: Edit.allCases)
  func updateEqualsRebuild(edit: Edit) throws {
    var documents = Self.corpus()
    let keys = documents.indices.map { UInt64($0) }
    let (before, oldFiles) = try Self.build(documents, keys: keys)
    let edited = edit.apply(to: &documents)
    var newKeys = keys
    for number in edited { newKeys[number] += 1000 }
    let (rebuilt, newFiles) = try Self.build(documents, keys: newKeys)

    var state = before
    let updated = state.update(edited.map { ($0, documents[$0]) }, keys: newKeys)
    let changes = try #require(updated)
    #expect(changes.documents == Set(edited))
    let plan = IndexFiles.plan(&state, changes: changes)
    // Signature shards and facets are written only when an edited document's signatures or facets changed.
    #expect(plan.kept.contains("search/facets.js") == (edit != .several))
    #expect(plan.kept.contains("search/s/0.js") == (edit != .several))
    var files: [String: String] = [:]
    for path in plan.kept { files[path] = oldFiles[path] }
    let trimmed = documents.map(\.trimmed)
    try IndexFiles.write(&state, plan: plan, documents: { trimmed[$0] }, contentHash: "h") { for file in $0 { files[file.path] = file.text } }
    #expect(state == rebuilt)
    #expect(files.keys.sorted() == newFiles.keys.sorted())
    for (path, text) in newFiles where files[path] != text { Issue.record("\(path) differs from a rebuild") }
    #expect(plan.kept.count > oldFiles.count / 2, "most files are kept: \(plan.kept.count) of \(oldFiles.count)")
  }

  @Test("in a corpus with stop terms, an update equals a rebuild; a stop term whose levels no edit moved is not written again")
  func updateKeepsUnmovedStopTerms() throws {
    var documents = Self.corpus(count: 1_200)
    let keys = documents.indices.map { UInt64($0) }
    let (before, oldFiles) = try Self.build(documents, keys: keys)
    let stops = Array(before.stopEntries.keys)
    #expect(!stops.isEmpty, "the corpus has stop terms")
    // Document 40 gets a little longer (weaker everywhere); document 41 says "build" in its title many times.
    documents[40].sections[2].text += " the package version error module"
    documents[41].title = Array(repeating: "build", count: 12).joined(separator: " ")
    var newKeys = keys
    newKeys[40] += 5_000
    newKeys[41] += 5_000
    let (rebuilt, newFiles) = try Self.build(documents, keys: newKeys)
    var state = before
    let updated = state.update([(40, documents[40]), (41, documents[41])], keys: newKeys)
    let changes = try #require(updated)
    let plan = IndexFiles.plan(&state, changes: changes)
    var files: [String: String] = [:]
    for path in plan.kept { files[path] = oldFiles[path] }
    let trimmed = documents.map(\.trimmed)
    try IndexFiles.write(&state, plan: plan, documents: { trimmed[$0] }, contentHash: "h") { for file in $0 { files[file.path] = file.text } }
    #expect(state == rebuilt)
    #expect(files == newFiles)
    let unmoved = stops.filter { before.stopEntries[$0] == state.stopEntries[$0] && before.documentTerms[40].contains(Int32(before.position(of: $0)!)) }
    #expect(!unmoved.isEmpty, "some stop term of the edited document kept its levels")
    #expect(unmoved.allSatisfy { !changes.terms.contains($0) }, "and is not among the changes")
    #expect(before.stopEntries["build"] != state.stopEntries["build"] && changes.terms.contains("build"), "document 41's level for 'build' moved")
  }

  @Test("an edit that moves a pivot, changes the number of documents or ends a stop term asks for a rebuild")
  func updateRefused() throws {
    var documents = Self.corpus()
    let keys = documents.indices.map { UInt64($0) }
    let (before, _) = try Self.build(documents, keys: keys)
    var state = before
    // The summaries' pivot moves when one summary becomes very long.
    documents[5].summary = String(repeating: "version ", count: 2000)
    #expect(state.update([(5, documents[5])], keys: keys.map { $0 == 5 ? 99 : $0 }) == nil)
    #expect(state == before, "a refused update leaves the state as it was")
    #expect(state.update([], keys: Array(keys.dropLast())) == nil)
    // A stop term kept no positions: losing it from enough documents to end it needs them.
    // The word is replaced by another, so that no length (and no pivot) changes.
    let stop = try #require(state.terms.indices.first {
      SearchIndexBuilder.isStopTerm(frequency: state.frequencies[$0], documentCount: 300) && state.terms[$0].allSatisfy(\.isLetter) && state.terms[$0].utf8.count < 10
    })
    let term = state.terms[stop]
    let holders = Array(state.documentTerms.indices.filter { state.documentTerms[$0].contains(Int32(stop)) }.prefix(state.frequencies[stop] - 30))
    var stripped = Self.corpus()
    for number in holders {
      func strip(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { $0 == term ? "qqqq" : String($0) }.joined(separator: " ")
      }
      stripped[number].title = strip(stripped[number].title)
      stripped[number].summary = strip(stripped[number].summary)
      stripped[number].sections = stripped[number].sections.map { SearchDocument.Section(kind: $0.kind, anchor: $0.anchor, heading: strip($0.heading), text: strip($0.text)) }
    }
    var lengths = state.lengths
    for number in holders { lengths[number] = SearchIndexBuilder.tally(stripped[number]).lengths }
    #expect(SearchIndexBuilder.pivots(lengths) == SearchIndexBuilder.pivots(state.lengths), "only the stop term ends")
    #expect(state.update(holders.map { ($0, stripped[$0]) }, keys: keys.map { holders.contains(Int($0)) ? $0 + 1000 : $0 }) == nil)
    // One document fewer holding it keeps it a stop term: that update goes through.
    let one = [holders[0]]
    var kept = before
    #expect(kept.update(one.map { ($0, stripped[$0]) }, keys: keys.map { one.contains(Int($0)) ? $0 + 1000 : $0 }) != nil)
  }

  @Test("shard keys cut from sorted runs are the keys of the first way of cutting (grouping copies of every term)")
  func shardKeysMatchReference() {
    /// The first implementation: every term copied into arrays of scalars and grouped by dictionary.
    func reference(_ sizes: [(term: String, size: Int)]) -> [String] {
      var keys: [String] = []
      func split(_ prefix: [Unicode.Scalar], _ terms: [(scalars: [Unicode.Scalar], size: Int)]) {
        let total = terms.reduce(0) { $0 + $1.size }
        if total <= IndexFiles.shardLimit || prefix.count >= IndexFiles.longestKey {
          keys.append(String(String.UnicodeScalarView(prefix)))
          return
        }
        if terms.contains(where: { $0.scalars.count == prefix.count }) { keys.append(String(String.UnicodeScalarView(prefix))) }
        var groups: [Unicode.Scalar: [(scalars: [Unicode.Scalar], size: Int)]] = [:]
        for term in terms where term.scalars.count > prefix.count { groups[term.scalars[prefix.count], default: []].append(term) }
        for next in groups.keys.sorted(by: { $0.value < $1.value }) { split(prefix + [next], groups[next]!) }
      }
      var firsts: [Unicode.Scalar: [(scalars: [Unicode.Scalar], size: Int)]] = [:]
      for (term, size) in sizes {
        let scalars = Array(term.unicodeScalars)
        guard let first = scalars.first else { continue }
        firsts[first, default: []].append((scalars, size + term.utf8.count + 4))
      }
      for first in firsts.keys.sorted(by: { $0.value < $1.value }) { split([first], firsts[first]!) }
      return keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
    var seed: UInt64 = 12
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    let letters = Array("aab.c-é中文z9")
    for round in 0..<30 {
      var terms = Set<String>()
      for _ in 0..<(50 + next(3000)) { terms.insert(String((0..<(1 + next(round % 3 == 0 ? 16 : 6))).map { _ in letters[next(letters.count)] })) }
      let sorted = terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      let sizes = sorted.map { _ in next(round % 2 == 0 ? 400 : 4000) }
      #expect(IndexFiles.shardKeys(terms: sorted, in: sorted.indices, size: { sizes[$0] }) == reference(Array(zip(sorted, sizes))), "round \(round)")
    }
  }

  @Test("the state reads back what it wrote, and refuses damaged bytes")
  func bytesRoundTrip() throws {
    let documents = Self.corpus(count: 40)
    let (state, _) = try Self.build(documents, keys: documents.indices.map { UInt64($0) * 0x0123_4567_89AB })
    let bytes = state.bytes
    #expect(IndexState(bytes: bytes) == state)
    #expect(IndexState(bytes: Array(bytes.dropLast())) == nil)
    #expect(IndexState(bytes: bytes + [0]) == nil)
    #expect(IndexState(bytes: Array(bytes.prefix(30))) == nil)
    #expect(IndexState(bytes: []) == nil)
  }
}
