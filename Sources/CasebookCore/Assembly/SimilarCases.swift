// Stage: Assemble. For each case, the cases most like it.

/// For every case, up to five other cases that share an error signature or a component,
/// strongest first, without the cases it is already related to.
///
/// A shared signature counts 3, a shared component 1; ties go to the newer case, then the
/// smaller id — which is the knowledge base's listing order, so a tie goes to the smaller index.
/// Shared items are counted into a counter per case, reused from one case to the next
/// (``SharedItems``). Walking every case of each of a case's components would cost the square
/// of the corpus (in the generated corpus each of 60 components is on a thirtieth of the
/// cases); the cases that share two or more components are found instead through the lists
/// of cases per pair of components, and those that share one only are needed just when fewer
/// than five share more, and then the first of them in listing order are the ones that count.
///
/// ```
/// crio-fedora44-… shares 2 error signatures and components cri-o, wazero
///   → (crio-fedora41-…, signatures 2, components [cri-o, wazero])
///   → "(shares 2 error signatures; shares components cri-o, wazero)" (``Match/reason(_:)``)
/// ```
package struct SimilarCases: Sendable, Codable {
  /// A case like another, and what the two share.
  package struct Match: Sendable, Equatable, Codable {
    package var index: Int
    /// How many error signatures the two share.
    package var signatures: Int
    /// The components both have, sorted.
    package var components: [String]

    /// Why the two are alike, in the words of `ui` (the page's language).
    ///
    /// ```
    /// signatures 1, components [a, b]  →  (shares an error signature; shares components a, b)
    ///                                  →  （有一条相同的错误特征；同属组件 a, b）
    /// ```
    package func reason(_ ui: InterfaceText) -> String {
      var parts: [String] = []
      if signatures > 0 { parts.append(signatures == 1 ? ui["shares_signature"] : ui.format("shares_signatures", signatures)) }
      if !components.isEmpty {
        parts.append(ui.format(components.count == 1 ? "shares_component" : "shares_components", components.joined(separator: ", ")))
      }
      return ui.format("reason_wrap", parts.joined(separator: ui["reason_separator"]))
    }
  }

  package static let limit = 5
  private let matches: [[Match]]
  /// A digest of what the matches are made from (``inputsDigest(_:)``).
  private let inputs: UInt64

  package init(_ knowledgeBase: KnowledgeBase) {
    inputs = Self.inputsDigest(knowledgeBase)
    let cases = knowledgeBase.cases
    let items = SharedItems(knowledgeBase)
    let chunkSize = 256
    let chunks = Array(stride(from: 0, to: cases.count, by: chunkSize))
    matches = chunks.concurrentMap { start in
      var counter = SharedItems.Counter(size: cases.count)
      return (start..<min(start + chunkSize, cases.count)).map { index in
        var excluded = Set(knowledgeBase.relatedPositions(at: index))
        excluded.insert(index)
        let found = items.mostShared(with: index, limit: Self.limit, excluding: excluded, counter: &counter)
        let own = Set(cases[index].frontMatter.components)
        let matches = found.map { other in
          let components = own.intersection(cases[other].frontMatter.components).sorted()
          let signatures = counter.signatures(other)
          return Match(index: other, signatures: signatures, components: components)
        }
        counter.reset()
        return matches
      }
    }.flatMap { $0 }
  }

  /// A digest of everything similar cases are found from: every case's id (in listing order,
  /// which breaks ties), error signatures, components and related cases. Bodies, titles and
  /// summaries play no part.
  package static func inputsDigest(_ knowledgeBase: KnowledgeBase) -> UInt64 {
    var key = ContentDigest.Stream()
    key.add(field: "similar")
    for record in knowledgeBase.cases {
      key.add(field: record.id.rawValue)
      for list in [record.frontMatter.signatures, record.frontMatter.components] {
        key.add(field: UInt64(list.count))
        for item in list { key.add(field: item) }
      }
      let related = knowledgeBase.relatedPositions(of: record)
      key.add(field: UInt64(related.count))
      for position in related { key.add(field: UInt64(position)) }
    }
    return key.value
  }

  /// The matches as the build cache keeps them (``CacheCoder``), with the digest of their inputs.
  package var bytes: [UInt8] {
    (try? CacheCoder.encode(self, kind: "similar")) ?? []
  }

  /// The matches a previous build kept, when they were found from the same inputs as this
  /// knowledge base's; nil otherwise or when the bytes are damaged.
  package init?(bytes: [UInt8], for knowledgeBase: KnowledgeBase) {
    guard let kept = CacheCoder.decode(SimilarCases.self, from: bytes, kind: "similar"), kept.inputs == Self.inputsDigest(knowledgeBase),
      kept.matches.count == knowledgeBase.cases.count, kept.matches.allSatisfy({ $0.allSatisfy { $0.index < knowledgeBase.cases.count } })
    else { return nil }
    self = kept
  }

  /// The cases most like the case at `index` (a position in the knowledge base's listing).
  package func matches(of index: Int) -> [Match] {
    matches[index]
  }
}
