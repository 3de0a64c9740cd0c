// Similar cases: the ranking found through shared pairs of components is the one every pair of
// cases compared would give.

@testable import CasebookCore
import CasebookRender
import Testing

@Suite struct SimilarCasesTests {
  /// Cases numbered from 0, each with the given components, signatures and related cases, and a
  /// few dates so that the listing order is not the numbering.
  static func knowledgeBase(_ specs: [(components: [String], signatures: [String], related: [Int])]) throws -> KnowledgeBase {
    let base = try RenderKeyTests.record("case-0")
    let cases = try specs.enumerated().map { number, spec in
      var record = base
      record.id = try #require(CaseID(rawValue: "case-\(number)"))
      record.frontMatter.date = try #require(CaseDate(year: 2025, month: 1 + number % 3, day: 1))
      record.frontMatter.components = spec.components
      record.frontMatter.signatures = spec.signatures
      record.frontMatter.related = spec.related.map { Located("case-\($0)", at: SourcePosition(line: 1, column: 1)) }
      return record
    }
    return KnowledgeBase(config: SiteConfig(title: "T", description: "D"), cases: cases)
  }

  /// For each case, every other case scored against it and ranked: the definition the indexes
  /// must agree with.
  static func ranked(_ knowledgeBase: KnowledgeBase) -> [[SimilarCases.Match]] {
    let signatures = knowledgeBase.cases.map { Set($0.frontMatter.signatures.map(SignatureNormalizer.normalize)) }
    let components = knowledgeBase.cases.map { Set($0.frontMatter.components) }
    return knowledgeBase.cases.indices.map { position in
      let excluded = Set(knowledgeBase.relatedPositions(at: position)).union([position])
      var scored: [(other: Int, score: Int, signatures: Int, components: [String])] = []
      for other in knowledgeBase.cases.indices where !excluded.contains(other) {
        let sharedSignatures = signatures[position].intersection(signatures[other]).count
        let sharedComponents = components[position].intersection(components[other]).sorted()
        let score = sharedSignatures * 3 + sharedComponents.count
        if score > 0 { scored.append((other, score, sharedSignatures, sharedComponents)) }
      }
      scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.other < $1.other }
      return scored.prefix(SimilarCases.limit).map { other, _, signatures, components in
        return SimilarCases.Match(index: other, signatures: signatures, components: components)
      }
    }
  }

  @Test("random knowledge bases: the matches are those of comparing every pair of cases")
  func matchesComparingEveryPair() throws {
    var generator = SystemRandomNumberGenerator()
    for round in 0..<40 {
      // Few components (many shared pairs: the walk of every case is cheaper) to many (one
      // shared component is the most most cases have; numbers past 63), and one on half the
      // cases. Signatures differ in a word and in a number the normaliser hides.
      let componentCount = [2, 4, 12, 40, 150][round % 5]
      let caseCount = Int.random(in: 1...120, using: &generator)
      let specs = (0..<caseCount).map { _ in
        let components = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
          Bool.random(using: &generator) ? "common" : "c\(Int.random(in: 0..<componentCount, using: &generator))"
        }
        let signatures = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
          "error: \(["open", "read", "bind"].randomElement(using: &generator)!) failed at 0x\(Int.random(in: 0..<4096, using: &generator))f00"
        }
        let related = (0..<Int.random(in: 0...1, using: &generator)).map { _ in Int.random(in: 0..<caseCount, using: &generator) }
        return (components: components, signatures: signatures, related: related)
      }
      let knowledgeBase = try Self.knowledgeBase(specs)
      let similar = SimilarCases(knowledgeBase)
      let expected = Self.ranked(knowledgeBase)
      for position in knowledgeBase.cases.indices {
        #expect(similar.matches(of: position) == expected[position], "round \(round), case \(knowledgeBase.cases[position].id) of \(specs)")
      }
    }
  }

  @Test("a case sharing one component with many sees the first in listing order, after those sharing more")
  func oneSharedComponentFillsInListingOrder() throws {
    // Listing order (newest first): 2, 5, 8 | 1, 10, 4, 7 | 0, 3, 6, 9. Case 0 shares a
    // signature with 5, two components with 2, one with every other case; 8 is related to it.
    let signature = "ld: undefined reference to `x'"
    let specs: [(components: [String], signatures: [String], related: [Int])] = [
      (["a", "b", "c"], [signature], [8]), (["a", "z1"], [], []), (["a", "b"], [], []), (["c", "z3"], [], []),
      (["b", "z4"], [], []), (["y"], [signature], []), (["c", "z6"], [], []), (["a", "z7"], [], []),
      (["b", "z8"], [], []), (["c", "z9"], [], []), (["a", "z10"], [], []),
    ]
    let knowledgeBase = try Self.knowledgeBase(specs)
    let similar = SimilarCases(knowledgeBase)
    let id = try #require(CaseID(rawValue: "case-0"))
    let position = try #require(knowledgeBase.byID[id])
    let names = similar.matches(of: position).map { "\(knowledgeBase.cases[$0.index].id): \($0.reason(InterfaceText(language: "en")))" }
    #expect(names == [
      "case-5: (shares an error signature)", "case-2: (shares components a, b)",
      "case-1: (shares component a)", "case-10: (shares component a)", "case-4: (shares component b)",
    ])
    #expect(similar.matches(of: position) == Self.ranked(knowledgeBase)[position])
    #expect(similar.matches(of: position).prefix(2).map { $0.reason(InterfaceText(language: "zh")) } == ["（有一条相同的错误特征）", "（同属组件 a, b）"], "in the page's language, in its parentheses")
    #expect(SimilarCases.Match(index: 0, signatures: 2, components: ["c"]).reason(InterfaceText(language: "zh")) == "（有 2 条相同的错误特征；同属组件 c）")
  }

  @Test("component bits tell two cases share a component exactly when their numbers do, past 63 too")
  func componentBitsAgreeWithSets() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<5_000 {
      let first = Set((0..<Int.random(in: 0...4, using: &generator)).map { _ in Int32.random(in: 0..<130, using: &generator) }).sorted()
      let second = Set((0..<Int.random(in: 0...4, using: &generator)).map { _ in Int32.random(in: 0..<130, using: &generator) }).sorted()
      let bits = (SimilarCases.SharedItems.ComponentBits(first), SimilarCases.SharedItems.ComponentBits(second))
      #expect(bits.0.overlaps(bits.1, first, second) == !Set(first).isDisjoint(with: second), "\(first) \(second)")
    }
    #expect(SimilarCases.SharedItems.ComponentBits([1, 70]).overlaps(.init([70]), [1, 70], [70]))
    #expect(!SimilarCases.SharedItems.ComponentBits([1, 70]).overlaps(.init([71]), [1, 70], [71]))
  }
}
