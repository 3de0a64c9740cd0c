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
/// pass where it should not; with rows this many, seldom (docs/search.md, "The index on disk").
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

  /// Collects the rows of a document's pairs as its primary tokens come, in order: each
  /// token makes a pair with the one before when it stands at the next position.
  struct Collector {
    /// Each term's hash, by the term's number in the document (0 until the term is seen).
    private var hashes: [UInt32] = []
    /// A bit per row: the rows come out sorted, each once, without sorting.
    private var seen = [UInt64](repeating: 0, count: PairRows.rowCount / 64)
    private var last: (hash: UInt32, position: Int)?

    /// Takes a primary token: its term's number, position and, the first time, hash.
    mutating func add(_ term: Int32, position: Int, hash: () -> UInt32) {
      let number = Int(term)
      if number >= hashes.count { hashes += repeatElement(0, count: number + 1 - hashes.count) }
      if hashes[number] == 0 { hashes[number] = hash() }
      if let last, last.position + 1 == position {
        let row = PairRows.row(last.hash, hashes[number])
        seen[row >> 6] |= UInt64(1) << UInt64(row & 63)
      }
      last = (hashes[number], position)
    }

    /// The rows of the pairs taken, in increasing order.
    var rows: [UInt16] {
      var rows: [UInt16] = []
      rows.reserveCapacity(seen.reduce(0) { $0 + $1.nonzeroBitCount })
      for (word, bits) in seen.enumerated() where bits != 0 {
        var bits = bits
        while bits != 0 {
          rows.append(UInt16(word << 6 | bits.trailingZeroBitCount))
          bits &= bits - 1
        }
      }
      return rows
    }
  }

  /// The file holding a row: `search/p/<n>.js`.
  static func file(of row: Int) -> Int { row / rowsPerFile }

  /// Every row's documents, a block of bytes for each file's rows: each row its documents in
  /// increasing order as the steps between them, seven bits a byte (the last byte of a step
  /// under 128). The files write a row as ``FrequentTermCodec/encodeDocuments(_:)`` steps
  /// (``text(_:)``).
  struct Table: Sendable, Equatable, Codable {
    /// The rows of each file, one after another.
    var files: [[UInt8]] = []
    /// Where each row ends in its file's bytes.
    var ends: [Int32] = []

    /// Whether every row's bytes lie in its file's, one after another (a table read back from a cache).
    var isWhole: Bool {
      files.count == PairRows.fileCount && ends.count == PairRows.rowCount
        && files.indices.allSatisfy { file in
          let rows = ends[file * PairRows.rowsPerFile..<(file + 1) * PairRows.rowsPerFile]
          return rows.first! >= 0 && rows.last! == Int32(files[file].count) && zip(rows, rows.dropFirst()).allSatisfy { $0 <= $1 }
        }
    }

    /// A row's bytes in its file's.
    func range(_ row: Int) -> Range<Int> { (row % PairRows.rowsPerFile == 0 ? 0 : Int(ends[row - 1]))..<Int(ends[row]) }

    /// The documents of a row.
    func documents(_ row: Int) -> [Int] {
      var documents: [Int] = [], document = 0, value = 0, shift = 0
      for byte in files[PairRows.file(of: row)][range(row)] {
        value |= Int(byte & 0x7F) << shift
        shift += 7
        guard byte & 0x80 == 0 else { continue }
        document += value
        documents.append(document)
        value = 0
        shift = 0
      }
      return documents
    }

    /// A row as the files hold it.
    func text(_ row: Int) -> String { FrequentTermCodec.encodeDocuments(documents(row)) }

    /// The rows that list any of `documents`: a row is read only up to its first document
    /// past the last of them.
    func rows(listingAny documents: Set<Int>) -> [Int] {
      guard let low = documents.min(), let high = documents.max() else { return [] }
      return Array(0..<PairRows.fileCount).concurrentMap { file -> [Int] in
        var found: [Int] = []
        files[file].withUnsafeBufferPointer { bytes in
          var index = 0
          for row in file * PairRows.rowsPerFile..<(file + 1) * PairRows.rowsPerFile {
            let end = Int(ends[row])
            var document = 0, value = 0, shift = 0
            while index < end {
              let byte = bytes[index]
              index += 1
              value |= Int(byte & 0x7F) << shift
              shift += 7
              guard byte & 0x80 == 0 else { continue }
              document += value
              value = 0
              shift = 0
              if document >= low && (document > high || documents.contains(document)) {
                if document <= high { found.append(row) }
                break
              }
            }
            index = end
          }
        }
        return found
      }.flatMap { $0 }
    }

    /// Appends the steps of `documents` (increasing) to a file's bytes, as its next row.
    static func append(_ documents: some Sequence<Int>, to bytes: inout [UInt8]) {
      var previous = 0
      for document in documents {
        var step = document - previous
        previous = document
        while step >= 0x80 {
          bytes.append(UInt8(step & 0x7F) | 0x80)
          step >>= 7
        }
        bytes.append(UInt8(step))
      }
    }

    /// The rows with `removing` taken out and each document of `adding` put into its rows;
    /// the files whose rows changed. Only the rows that list a document of `removing` or gain
    /// one are decoded, and only the files of changed rows written again.
    mutating func update(removing: Set<Int>, adding: [(number: Int, rows: [UInt16])]) -> Set<Int> {
      var added: [Int: [Int]] = [:]
      for (number, own) in adding { for row in own { added[Int(row), default: []].append(number) } }
      var changed: [Int: [Int]] = [:]
      for row in Set(added.keys).union(rows(listingAny: removing)) {
        let old = documents(row)
        var new = old.filter { !removing.contains($0) }
        for document in added[row] ?? [] {
          var low = 0, high = new.count
          while low < high {
            let middle = (low + high) / 2
            if new[middle] < document { low = middle + 1 } else { high = middle }
          }
          if low == new.count || new[low] != document { new.insert(document, at: low) }
        }
        if new != old { changed[row] = new }
      }
      let changedFiles = Set(changed.keys.map(PairRows.file(of:)))
      for file in changedFiles {
        let rows = file * PairRows.rowsPerFile..<(file + 1) * PairRows.rowsPerFile
        let old = rows.map(range)
        var bytes: [UInt8] = []
        for (row, range) in zip(rows, old) {
          if let documents = changed[row] { Self.append(documents, to: &bytes) } else { bytes += files[file][range] }
          ends[row] = Int32(bytes.count)
        }
        files[file] = bytes
      }
      return changedFiles
    }
  }

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

    /// Every row's documents by number.
    func finish() -> Table {
      let count = count, steps = steps
      let files = Array(0..<PairRows.fileCount).concurrentMap { file in
        var bytes: [UInt8] = [], ends: [Int32] = []
        for row in file * PairRows.rowsPerFile..<(file + 1) * PairRows.rowsPerFile {
          var numbers: [Int] = [], position = -1, value = 0, shift = 0
          for byte in steps.isEmpty ? [] : steps[row] {
            value |= Int(byte & 0x7F) << shift
            shift += 7
            if byte & 0x80 == 0 {
              position += value
              numbers.append(count - 1 - position)
              value = 0
              shift = 0
            }
          }
          Table.append(numbers.reversed(), to: &bytes)
          ends.append(Int32(bytes.count))
        }
        return (bytes: bytes, ends: ends)
      }
      return Table(files: files.map(\.bytes), ends: files.flatMap(\.ends))
    }
  }
}
