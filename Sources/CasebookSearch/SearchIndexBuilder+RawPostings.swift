// Stage: Search (built during Render). Postings between tallying and weighing, kept compact.

extension SearchIndexBuilder {
  /// The terms one core merges: those ``number(of:among:)`` gives its number.
  final class Partition: @unchecked Sendable {
    let number: Int
    var postings = RawPostings()

    init(number: Int) {
      self.number = number
    }

    /// The partition of a term: cheap, and spreads words evenly enough.
    static func number(of term: String, among count: Int) -> Int {
      let utf8 = term.utf8
      return (Int(utf8.first ?? 0) &+ Int(utf8.last ?? 0) &+ utf8.count) % count
    }
  }

  /// A document's terms that belong to one partition, with their positions: taken, and let go,
  /// by that partition's core (a batch's many small arrays are then freed on every core, not
  /// one after another by the core that waits for the batch).
  ///
  /// Gathered as a value (``Terms``) and only then put in the shared object: each term added
  /// to a class's arrays cost the runtime's exclusivity checks, three per term.
  final class Share: @unchecked Sendable {
    private var terms: Terms

    init(_ terms: Terms) {
      self.terms = terms
    }

    /// The terms and their positions, one after another.
    struct Terms {
      fileprivate var terms: [String] = []
      /// Where each term's positions end in ``positions``.
      fileprivate var ends: [Int] = []
      fileprivate var positions: [Int] = []

      mutating func add(_ term: String, _ termPositions: ArraySlice<Int>) {
        terms.append(term)
        positions += termPositions
        ends.append(positions.count)
      }
    }

    /// Hands over each term with its positions, and lets them go.
    func take(_ body: (_ term: String, _ positions: ArraySlice<Int>) -> Void) {
      var start = 0
      for (term, end) in zip(terms.terms, terms.ends) {
        body(term, terms.positions[start..<end])
        start = end
      }
      terms = Terms()
    }
  }

  /// Every term's postings before weighting, as LEB128 bytes, one byte array per term.
  ///
  /// Per posting: the document (difference from the term's previous one), the number of
  /// positions, and the positions (each as the difference from the one before). Which fields
  /// and sections the term occurs in, and how often, follow from the positions and the
  /// document's ``Layout``, so they are not stored.
  struct RawPostings {
    /// The terms, by slot (in order of first sight).
    var terms: [String] { numbering.terms }
    private var numbering = TermNumbering(expected: 0)
    private var bytes: [[UInt8]] = []
    private var lastDocument: [Int] = []
    /// The number of documents of each term.
    private(set) var frequencies: [Int] = []

    mutating func append(_ positions: ArraySlice<Int>, document: Int, term: String) {
      let slot = Int(numbering.number(term))
      if slot == bytes.count {
        bytes.append([])
        lastDocument.append(0)
        frequencies.append(0)
      }
      frequencies[slot] += 1
      Self.put(document - lastDocument[slot], &bytes[slot])
      lastDocument[slot] = document
      Self.put(positions.count, &bytes[slot])
      var last = 0
      for position in positions {
        Self.put(position - last, &bytes[slot])
        last = position
      }
    }

    /// Gives each term's bytes an array of their own size: appending left up to half of each
    /// array unused, and the arrays stay until every term is weighed.
    mutating func shrink() {
      for slot in bytes.indices where bytes[slot].capacity > bytes[slot].count + 16 {
        bytes[slot] = Array(bytes[slot][...])
      }
    }

    /// The terms cut into about `count` runs of similar size in bytes, to weigh on every core:
    /// a few common words hold most postings, and they are among the first terms seen.
    func chunks(count: Int) -> [Range<Int>] {
      let total = bytes.reduce(0) { $0 + $1.count }
      let target = max(1, total / max(1, count))
      var chunks: [Range<Int>] = []
      var start = 0
      var size = 0
      for slot in bytes.indices {
        size += bytes[slot].count
        if size >= target {
          chunks.append(start..<(slot + 1))
          start = slot + 1
          size = 0
        }
      }
      if start < bytes.count { chunks.append(start..<bytes.count) }
      return chunks
    }

    /// Calls `body` with each posting of a term in document order: the document and its
    /// positions (in a buffer reused from one posting to the next, valid during the call).
    func forEachPosting(_ slot: Int, positions scratch: inout [Int], _ body: (_ document: Int, _ positions: UnsafeBufferPointer<Int>) -> Void) {
      bytes[slot].withUnsafeBufferPointer { data in
        var index = 0
        func get() -> Int {
          var value = 0, shift = 0
          while index < data.count {
            let byte = data[index]
            index += 1
            value |= Int(byte & 0x7F) << shift
            shift += 7
            if byte & 0x80 == 0 { break }
          }
          return value
        }
        var document = 0
        while index < data.count {
          document += get()
          let positionCount = get()
          scratch.removeAll(keepingCapacity: true)
          var last = 0
          for _ in 0..<positionCount {
            last += get()
            scratch.append(last)
          }
          scratch.withUnsafeBufferPointer { body(document, $0) }
        }
      }
    }

    private static func put(_ number: Int, _ out: inout [UInt8]) {
      var value = UInt(max(number, 0))
      while value >= 0x80 {
        out.append(UInt8(value & 0x7F) | 0x80)
        value >>= 7
      }
      out.append(UInt8(value))
    }
  }

  /// Where each text of a document (a signature line, the title, a section, …) starts among its
  /// token positions, with its field and mask bit: a term's positions then tell the fields and
  /// sections it occurs in, and how often, without storing them per term.
  struct Layout {
    // Kept small: there is one layout per document for the whole build of the index.
    private(set) var starts: [Int32] = []
    private(set) var fields: [UInt8] = []
    private(set) var bits: [UInt8] = []
    var cjk = false

    /// Texts are added in increasing position order; each runs until the next one starts.
    mutating func add(start: Int, field: Int, bit: Int) {
      starts.append(Int32(clamping: start))
      fields.append(UInt8(field))
      bits.append(UInt8(bit))
    }

    /// Occurrences per field and the field mask of a term at these positions (in increasing order).
    func fields(at positions: [Int]) -> (counts: SIMD8<Int32>, mask: Int) {
      starts.withUnsafeBufferPointer { starts in
        fields.withUnsafeBufferPointer { fields in
          bits.withUnsafeBufferPointer { bits in
            positions.withUnsafeBufferPointer { positions in
              Self.fields(at: positions, starts: starts, fields: fields, bits: bits, cjk: cjk)
            }
          }
        }
      }
    }

    /// ``fields(at:)`` over a layout's lists, wherever they are kept (``LayoutTable``).
    static func fields(
      at positions: UnsafeBufferPointer<Int>, starts: UnsafeBufferPointer<Int32>, fields: UnsafeBufferPointer<UInt8>, bits: UnsafeBufferPointer<UInt8>, cjk: Bool
    ) -> (counts: SIMD8<Int32>, mask: Int) {
      var counts = SIMD8<Int32>()
      var mask = cjk ? 1 << SearchField.cjkLanguageBit : 0
      // The text of each position by binary search from the text of the one before: positions
      // are in increasing order, and a term's few occurrences are often texts apart.
      var text = 0
      for position in positions {
        if text + 1 < starts.count, Int(starts[text + 1]) <= position {
          var low = text + 1, high = starts.count - 1
          while low < high {
            let middle = (low + high + 1) / 2
            if Int(starts[middle]) <= position { low = middle } else { high = middle - 1 }
          }
          text = low
        }
        guard text < starts.count else { break }
        counts[Int(fields[text])] += 1
        mask |= 1 << Int(bits[text])
      }
      return (counts, mask)
    }
  }

  /// Every document's ``Layout``, one after another in three lists: a posting's fields are
  /// found without copying (or retaining) a layout per posting.
  struct LayoutTable {
    private var starts: [Int32] = []
    private var fields: [UInt8] = []
    private var bits: [UInt8] = []
    private var cjk: [Bool] = []
    /// Where each document's texts begin in the lists, and one past the last document's.
    private var offsets: [Int] = [0]

    mutating func append(_ layout: Layout) {
      starts += layout.starts
      fields += layout.fields
      bits += layout.bits
      cjk.append(layout.cjk)
      offsets.append(starts.count)
    }

    /// Calls `body` with a reader of any document's fields at some positions.
    func withReader<T>(_ body: ((_ document: Int, _ positions: UnsafeBufferPointer<Int>) -> (counts: SIMD8<Int32>, mask: Int)) throws -> T) rethrows -> T {
      try starts.withUnsafeBufferPointer { starts in
        try fields.withUnsafeBufferPointer { fields in
          try bits.withUnsafeBufferPointer { bits in
            try body { document, positions in
              let range = offsets[document]..<offsets[document + 1]
              return Layout.fields(
                at: positions, starts: UnsafeBufferPointer(rebasing: starts[range]), fields: UnsafeBufferPointer(rebasing: fields[range]),
                bits: UnsafeBufferPointer(rebasing: bits[range]), cjk: cjk[document])
            }
          }
        }
      }
    }
  }
}
