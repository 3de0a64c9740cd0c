// Stage: Assemble (for rendering). For each case, the cases most like it.

package import CasebookCore

/// For every case, up to five other cases that share an error signature or a component,
/// strongest first, without the cases it is already related to.
///
/// A shared signature counts 3, a shared component 1; ties go to the newer case, then the
/// smaller id — which is the knowledge base's listing order, so a tie goes to the smaller index.
/// Shared items are counted by walking the signature and component indexes into a counter per
/// case, reused from one case to the next, so 10,000 cases cost a few million additions, not
/// 100 million comparisons.
///
/// ```
/// crio-fedora44-… shares 2 error signatures and components cri-o, wazero
///   → (crio-fedora41-…, "shares 2 error signatures; shares components cri-o, wazero")
/// ```
package struct SimilarCases: Sendable {
  package struct Match: Sendable, Equatable {
    package var index: Int
    package var reason: String
  }

  package static let limit = 5
  private let matches: [[Match]]
  /// A digest of what the matches are made from (``inputsDigest(_:)``).
  private let inputs: UInt64

  package init(_ knowledgeBase: KnowledgeBase) {
    inputs = Self.inputsDigest(knowledgeBase)
    let cases = knowledgeBase.cases
    var signatures: [Set<String>] = []
    var bySignature: [String: [Int]] = [:]
    var byComponent: [String: [Int]] = [:]
    for (index, record) in cases.enumerated() {
      let lines = Set(record.frontMatter.signatures.map(SignatureNormalizer.normalize))
      signatures.append(lines)
      for line in lines { bySignature[line, default: []].append(index) }
      for name in Set(record.frontMatter.components) { byComponent[name, default: []].append(index) }
    }
    let chunkSize = 256
    let chunks = Array(stride(from: 0, to: cases.count, by: chunkSize))
    matches = chunks.concurrentMap { start in
      var counter = Counter(size: cases.count)
      return (start..<min(start + chunkSize, cases.count)).map { index in
        let record = cases[index]
        for line in signatures[index] {
          for other in bySignature[line] ?? [] { counter.add(other, signatures: 1, components: 0) }
        }
        for name in Set(record.frontMatter.components) {
          for other in byComponent[name] ?? [] { counter.add(other, signatures: 0, components: 1) }
        }
        var excluded = Set(knowledgeBase.relatedPositions(of: record))
        excluded.insert(index)
        let best = counter.best(limit: Self.limit, excluding: excluded)
        let found = best.map { other in
          let shared = counter.counts(other)
          let components = Set(record.frontMatter.components).intersection(cases[other].frontMatter.components).sorted()
          var reasons: [String] = []
          if shared.signatures > 0 { reasons.append(shared.signatures == 1 ? "shares an error signature" : "shares \(shared.signatures) error signatures") }
          if !components.isEmpty { reasons.append("shares \(components.count == 1 ? "component" : "components") \(components.joined(separator: ", "))") }
          return Match(index: other, reason: reasons.joined(separator: "; "))
        }
        counter.reset()
        return found
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

  static let magic = Array("casebook-similar 1\n".utf8)

  /// The matches as the build cache keeps them, with the digest of their inputs.
  package var bytes: [UInt8] {
    var out = ByteWriter(Self.magic)
    out.word(inputs)
    out.number(matches.count)
    for list in matches {
      out.number(list.count)
      for match in list {
        out.number(match.index)
        out.text(match.reason)
      }
    }
    return out.bytes
  }

  /// The matches a previous build kept, when they were found from the same inputs as this
  /// knowledge base's; nil otherwise or when the bytes are damaged.
  package init?(bytes: [UInt8], for knowledgeBase: KnowledgeBase) {
    guard bytes.starts(with: Self.magic) else { return nil }
    var reader = ByteReader(bytes, from: Self.magic.count)
    let inputs = Self.inputsDigest(knowledgeBase)
    guard reader.word() == inputs, let count = reader.count(), count == knowledgeBase.cases.count else { return nil }
    var matches: [[Match]] = []
    matches.reserveCapacity(count)
    for _ in 0..<count {
      guard let length = reader.count() else { return nil }
      var list: [Match] = []
      for _ in 0..<length {
        guard let index = reader.number(), index < count, let reason = reader.text() else { return nil }
        list.append(Match(index: index, reason: reason))
      }
      matches.append(list)
    }
    guard reader.atEnd else { return nil }
    self.matches = matches
    self.inputs = inputs
  }

  /// The cases most like the case at `index` (a position in the knowledge base's listing).
  package func matches(of index: Int) -> [Match] {
    matches[index]
  }

  /// Shared signatures and components per case, for one case at a time.
  private struct Counter {
    private var signatures: [Int32]
    private var components: [Int32]
    private var touched: [Int] = []

    init(size: Int) {
      signatures = Array(repeating: 0, count: size)
      components = Array(repeating: 0, count: size)
    }

    mutating func add(_ index: Int, signatures: Int32, components: Int32) {
      if self.signatures[index] == 0 && self.components[index] == 0 { touched.append(index) }
      self.signatures[index] += signatures
      self.components[index] += components
    }

    func counts(_ index: Int) -> (signatures: Int, components: Int) {
      (Int(signatures[index]), Int(components[index]))
    }

    /// The `limit` highest scores, ties to the smaller index.
    func best(limit: Int, excluding excluded: Set<Int>) -> [Int] {
      var best: [(index: Int, score: Int32)] = []
      for index in touched {
        let score = signatures[index] * 3 + components[index]
        if best.count == limit, let last = best.last, score < last.score || (score == last.score && index > last.index) { continue }
        if excluded.contains(index) { continue }
        let position = best.firstIndex { score > $0.score || (score == $0.score && index < $0.index) } ?? best.count
        best.insert((index, score), at: position)
        if best.count > limit { best.removeLast() }
      }
      return best.map(\.index)
    }

    mutating func reset() {
      for index in touched {
        signatures[index] = 0
        components[index] = 0
      }
      touched.removeAll(keepingCapacity: true)
    }
  }
}
