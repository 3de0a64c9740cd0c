// Stage: Search. Which documents hold two words side by side: how phrases of frequent words are checked.

/// Rows of documents, one for each hash of two neighbouring words, so that a quoted phrase can
/// be checked where its words are frequent and keep no positions (``SearchIndex/stopTerms``).
///
/// Every two primary tokens of a text at neighbouring positions make a *pair*; its row is a
/// hash of the two words (``row(_:_:)``), one of ``rowCount``. A row lists, in increasing
/// order, the documents holding a pair of that hash, as the steps between them
/// (``FrequentTermCodec/encodeDocuments(_:)``). A document holds a phrase only if it holds
/// each of its words and each neighbouring pair of them with a frequent word is in that pair's
/// row (pairs of two other words are checked by their positions). Two pairs can share a row,
/// and a document can hold every pair of a phrase without holding the phrase, so the check can
/// pass where it should not; with rows this many, seldom (docs/search.md, "Phrases").
///
/// Only an index large enough to have frequent terms has rows (``SearchIndex/stopTermMinimumDocuments``);
/// they are the files `search/p/<n>.js`, ``rowsPerFile`` rows each.
///
/// ```
/// "the cache was full"  →  pairs (the, cache), (cache, was), (was, full)
///                       →  rows row("the", "cache"), row("cache", "was"), row("was", "full")
/// ```
package enum PairRows {
  package static let rowCount = 1 << 16
  package static let rowsPerFile = 16
  static var fileCount: Int { rowCount / rowsPerFile }

  /// The row of a pair of words; search.js `pairRow` computes the same.
  package static func row(_ first: String, _ second: String) -> Int {
    row(FNV.hash32(first), FNV.hash32(second))
  }

  /// The row of a pair of words from their ``FNV/hash32(_:)`` hashes: the two mixed, and the
  /// top 16 bits of the result.
  static func row(_ first: UInt32, _ second: UInt32) -> Int {
    var hash = (first &* 0x9E37_79B1) ^ second
    hash ^= hash >> 16
    hash = hash &* 0x85EB_CA6B
    hash ^= hash >> 13
    hash = hash &* 0xC2B2_AE35
    hash ^= hash >> 16
    return Int(hash >> 16)
  }

  /// The rows of a document's pairs, sorted, each once: `terms` are the document's terms,
  /// `primaries` its primary tokens in order, as term numbers with their positions.
  static func rows(terms: [String], primaries: [(term: Int32, position: Int)]) -> [UInt16] {
    let hashes = terms.map(FNV.hash32)
    var rows: [UInt16] = []
    rows.reserveCapacity(primaries.count)
    for index in primaries.indices.dropFirst() where primaries[index].position == primaries[index - 1].position + 1 {
      rows.append(UInt16(row(hashes[Int(primaries[index - 1].term)], hashes[Int(primaries[index].term)])))
    }
    rows.sort()
    var unique: [UInt16] = []
    unique.reserveCapacity(rows.count)
    for row in rows where unique.last != row { unique.append(row) }
    return unique
  }

  /// The file holding a row: `search/p/<n>.js`.
  static func file(of row: Int) -> Int { row / rowsPerFile }

  /// Collects the rows of documents as they are added, and lists each row's documents by
  /// number once all are in (the index numbers documents from the last added: ``SearchIndexBuilder/Accumulator``).
  ///
  /// A row's documents are kept as the steps between the positions they were added at, a
  /// byte or two each, until ``finish()``.
  struct Builder {
    private var steps: [[UInt8]] = []
    private var last: [Int32] = []
    private(set) var count = 0

    mutating func add(_ rows: [UInt16]) {
      if steps.isEmpty {
        steps = Array(repeating: [], count: PairRows.rowCount)
        last = Array(repeating: -1, count: PairRows.rowCount)
      }
      let position = Int32(count)
      count += 1
      for row in rows.map(Int.init) {
        var step = UInt32(position - last[row])
        last[row] = position
        while step >= 0x80 {
          steps[row].append(UInt8(step & 0x7F) | 0x80)
          step >>= 7
        }
        steps[row].append(UInt8(step))
      }
    }

    /// Every row's documents by number (``FrequentTermCodec/encodeDocuments(_:)``).
    func finish() -> [String] {
      guard !steps.isEmpty else { return Array(repeating: "", count: PairRows.rowCount) }
      let count = count, steps = steps
      return Array(0..<PairRows.fileCount).concurrentMap { file in
        (file * PairRows.rowsPerFile..<(file + 1) * PairRows.rowsPerFile).map { row in
          var numbers: [Int] = [], position = -1, value = 0, shift = 0
          for byte in steps[row] {
            value |= Int(byte & 0x7F) << shift
            shift += 7
            if byte & 0x80 == 0 {
              position += value
              numbers.append(count - 1 - position)
              value = 0
              shift = 0
            }
          }
          return FrequentTermCodec.encodeDocuments(numbers.reversed())
        }
      }.flatMap { $0 }
    }
  }

  /// The rows with `removing` taken out and each document of `adding` put into its rows; the
  /// files whose rows changed.
  static func update(_ rows: inout [String], removing: Set<Int>, adding: [(number: Int, rows: [UInt16])]) -> Set<Int> {
    var added: [Int: [Int]] = [:]
    for (number, own) in adding { for row in own { added[Int(row), default: []].append(number) } }
    let current = rows
    let updated = Array(0..<fileCount).concurrentMap { file -> [String]? in
      var changed = false
      let texts = (file * rowsPerFile..<(file + 1) * rowsPerFile).map { row in
        let text = current[row]
        let documents = FrequentTermCodec.decodeDocuments(text)
        let adding = added[row] ?? []
        guard adding.count > 0 || documents.contains(where: removing.contains) else { return text }
        let updated = FrequentTermCodec.encodeDocuments(Set(documents.filter { !removing.contains($0) } + adding).sorted())
        changed = changed || updated != text
        return updated
      }
      return changed ? texts : nil
    }
    var files = Set<Int>()
    for (file, texts) in updated.enumerated() {
      guard let texts else { continue }
      files.insert(file)
      rows.replaceSubrange(file * rowsPerFile..<(file + 1) * rowsPerFile, with: texts)
    }
    return files
  }
}
