// Stage: Assemble. Which cases share the most with a case, without walking
// every case of each of its components.

extension SimilarCases {
  /// The cases of each error signature, each component and each pair of components, by number.
  ///
  /// A case's score against another is 3 for each shared signature and 1 for each shared
  /// component; ``mostShared(with:limit:excluding:counter:)`` ranks by score, then by the
  /// smaller position. The cases sharing two or more components with a case are exactly those
  /// on the lists of its pairs of components, and one that shares `k` is on `k(k-1)/2` of them.
  /// The cases sharing one component only all score 1, so the first of them in listing order
  /// are the only ones that can count, and only when fewer than `limit` cases score more.
  ///
  /// ```
  /// case 7: components [cri-o, wazero], signature "ld: undefined reference"
  ///   signature list → 2 (3 + 1 = 4 with its cri-o)
  ///   pair (cri-o, wazero) → 4 (2), 9 (2)
  ///   one component, in listing order → 0 (1), 1 (1)
  ///   → [2, 4, 9, 0, 1]
  /// ```
  struct SharedItems: Sendable {
    /// Per case: the numbers of its normalised signatures, each once.
    private var signatures: [[Int32]] = []
    /// Per case: the numbers of its components, each once, ascending.
    private var components: [[Int32]] = []
    /// Per case: its components as bits (``ComponentBits``).
    private var componentBits: [ComponentBits] = []
    /// Per signature number: the cases that have it, in listing order.
    private var bySignature: [[Int32]] = []
    /// Per component number: the cases that have it, in listing order.
    private var byComponent: [[Int32]] = []
    /// Per pair of component numbers (``pair(_:_:)``): the cases that have both, in listing order.
    private var byPair: [UInt64: [Int32]] = [:]

    init(_ knowledgeBase: KnowledgeBase) {
      let normalised = knowledgeBase.cases.concurrentMap { record in
        record.frontMatter.signatures.map(SignatureNormalizer.normalize)
      }
      var signatureNumbers: [String: Int32] = [:]
      var componentNumbers: [String: Int32] = [:]
      for (position, record) in knowledgeBase.cases.enumerated() {
        let own = Self.numbers(normalised[position], in: &signatureNumbers, lists: &bySignature, case: position)
        signatures.append(own)
        let parts = Self.numbers(record.frontMatter.components, in: &componentNumbers, lists: &byComponent, case: position).sorted()
        components.append(parts)
        componentBits.append(ComponentBits(parts))
        for first in parts.indices {
          for second in parts.indices where second > first {
            byPair[Self.pair(parts[first], parts[second]), default: []].append(Int32(position))
          }
        }
      }
    }

    /// Numbers `names` (new ones get the next number and a list), adds the case to the list of
    /// each, and returns their numbers, each once.
    private static func numbers(_ names: [String], in numbering: inout [String: Int32], lists: inout [[Int32]], case position: Int) -> [Int32] {
      var own: [Int32] = []
      for name in names {
        let number = numbering[name] ?? {
          numbering[name] = Int32(lists.count)
          lists.append([])
          return Int32(lists.count - 1)
        }()
        if own.contains(number) { continue }
        own.append(number)
        lists[Int(number)].append(Int32(position))
      }
      return own
    }

    private static func pair(_ first: Int32, _ second: Int32) -> UInt64 {
      UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
    }

    /// The positions of the `limit` cases that score highest against the case at `position`,
    /// strongest first, ties to the smaller position; none scores 0 and none is in `excluded`.
    ///
    /// `counter` must come in empty; it is left holding the shared signatures of the cases
    /// returned (``Counter/signatures(_:)``) until it is reset.
    func mostShared(with position: Int, limit: Int, excluding excluded: Set<Int>, counter: inout Counter) -> [Int] {
      for signature in signatures[position] {
        counter.add(bySignature[Int(signature)], signatures: 1)
      }
      let own = components[position]
      let oneByOne = own.reduce(0) { $0 + byComponent[Int($1)].count }
      var pairLists: [[Int32]] = []
      var byPairs = 0
      for first in own.indices {
        for second in own.indices where second > first {
          guard let list = byPair[Self.pair(own[first], own[second])] else { continue }
          pairLists.append(list)
          byPairs += list.count
        }
      }
      if oneByOne <= byPairs {
        // Every case of every component counted: exact for all, no second step.
        for component in own { counter.add(byComponent[Int(component)], components: 1) }
        return counter.best(limit: limit, excluding: excluded)
      }
      for list in pairLists { counter.add(list, components: 1) }
      // A count of shared pairs becomes a count of shared components; a case reached through
      // its signatures alone shares one component at most, which the bits tell.
      counter.mapComponents { other, pairs in
        pairs > 0 ? Self.componentsSharing(pairs: pairs) : (componentBits[position].overlaps(componentBits[other], own, components[other]) ? 1 : 0)
      }
      var best = counter.best(limit: limit, excluding: excluded)
      guard best.count < limit else { return best }
      // Every case counted so far scores 2 or more; the rest score 1 (or 0): the first of them
      // in listing order, over all of the case's components.
      var cursors = Array(repeating: 0, count: own.count)
      while best.count < limit {
        var next = Int32.max
        for (number, component) in own.enumerated() where cursors[number] < byComponent[Int(component)].count {
          next = min(next, byComponent[Int(component)][cursors[number]])
        }
        guard next != .max else { break }
        for (number, component) in own.enumerated() where cursors[number] < byComponent[Int(component)].count && byComponent[Int(component)][cursors[number]] == next {
          cursors[number] += 1
        }
        let other = Int(next)
        if !counter.isCounted(other) && !excluded.contains(other) { best.append(other) }
      }
      return best
    }

    /// `k` for `k(k-1)/2` pairs.
    private static func componentsSharing(pairs: Int32) -> Int32 {
      var count: Int32 = 2
      while count * (count - 1) / 2 < pairs { count += 1 }
      return count
    }

    /// A case's component numbers below 63 as bits, and a 64th bit when it has others: most
    /// cases reached through a signature share no component, and two sets of bits tell so at once.
    struct ComponentBits: Sendable {
      private var bits: UInt64 = 0
      private static let others: UInt64 = 1 << 63

      init(_ numbers: [Int32]) {
        for number in numbers { bits |= number < 63 ? 1 << UInt64(number) : Self.others }
      }

      /// Whether the cases share a component; `own` and `theirs` are their ascending numbers.
      func overlaps(_ other: ComponentBits, _ own: [Int32], _ theirs: [Int32]) -> Bool {
        if bits & other.bits & ~Self.others != 0 { return true }
        guard bits & other.bits & Self.others != 0 else { return false }
        var (i, j) = (0, 0)
        while i < own.count && j < theirs.count {
          if own[i] == theirs[j] { return true }
          if own[i] < theirs[j] { i += 1 } else { j += 1 }
        }
        return false
      }
    }

    /// Shared signatures and components per case, for one case at a time.
    struct Counter {
      /// Per case: shared signatures in the high half, shared components (or pairs) in the low.
      private var counts: [UInt64]
      private var touched: [Int] = []
      private static let low: UInt64 = 0xFFFF_FFFF

      init(size: Int) {
        counts = Array(repeating: 0, count: size)
      }

      /// Counts one more shared signature, or `components` more shared components, for every
      /// case of `list`.
      mutating func add(_ list: [Int32], signatures: UInt64 = 0, components: UInt64 = 0) {
        let amount = signatures << 32 | components
        counts.withUnsafeMutableBufferPointer { counts in
          for other in list {
            let index = Int(other)
            if counts[index] == 0 { touched.append(index) }
            counts[index] &+= amount
          }
        }
      }

      func isCounted(_ index: Int) -> Bool {
        counts[index] != 0
      }

      func signatures(_ index: Int) -> Int {
        Int(counts[index] >> 32)
      }

      /// Replaces every counted case's component count.
      mutating func mapComponents(_ transform: (Int, Int32) -> Int32) {
        for index in touched {
          counts[index] = counts[index] & ~Self.low | UInt64(transform(index, Int32(counts[index] & Self.low)))
        }
      }

      /// The `limit` highest scores, ties to the smaller index.
      func best(limit: Int, excluding excluded: Set<Int>) -> [Int] {
        var best: [(index: Int, score: UInt64)] = []
        for index in touched {
          let score = (counts[index] >> 32) * 3 + (counts[index] & Self.low)
          if best.count == limit, let last = best.last, score < last.score || (score == last.score && index > last.index) { continue }
          if excluded.contains(index) { continue }
          let position = best.firstIndex { score > $0.score || (score == $0.score && index < $0.index) } ?? best.count
          best.insert((index, score), at: position)
          if best.count > limit { best.removeLast() }
        }
        return best.map(\.index)
      }

      mutating func reset() {
        counts.withUnsafeMutableBufferPointer { counts in
          for index in touched { counts[index] = 0 }
        }
        touched.removeAll(keepingCapacity: true)
      }
    }
  }
}
