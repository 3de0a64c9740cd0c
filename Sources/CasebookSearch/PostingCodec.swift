// Stage: Search. Posting lists as short strings: what keeps a query's download small.

/// Encodes a term's postings as a string of base-64 variable-length integers.
///
/// Each posting is: document (as the difference from the previous one), weight, field mask,
/// number of positions, then the positions (each as the difference from the one before).
/// Each number is written five bits per character, lowest first, with the character's sixth
/// bit set while more characters follow, in the alphabet `A–Z a–z 0–9 - _`. Numbers below 32
/// take one character, below 1,024 two. Mirrored by `decodePostings` in search.js.
///
/// ```
/// [(doc 3, weight 150, mask 65, positions [2, 9])]  →  "D2EhCCCH"
/// ```
package enum PostingCodec {
  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".unicodeScalars)
  static let alphabetBytes = alphabet.map { UInt8($0.value) }

  package static func encode(_ postings: [Posting]) -> String {
    var writer = Writer()
    for posting in postings { writer.append(document: posting.document, weight: posting.weight, mask: posting.mask, positions: posting.positions) }
    return writer.text
  }

  /// Writes postings one at a time, in increasing document order, without building them first.
  package struct Writer {
    private var out: [UInt8] = []
    private var previous = 0

    package init() {}

    package var text: String { String(decoding: out, as: UTF8.self) }

    package mutating func append(document: Int, weight: Int, mask: Int, positions: some Collection<Int>) {
      put(document - previous)
      previous = document
      put(weight)
      put(mask)
      put(positions.count)
      var last = 0
      for position in positions {
        put(position - last)
        last = position
      }
    }

    /// Appends postings that are already encoded, steps and all, after those appended so far
    /// (which must end where they began); `lastDocument` is the document of the last of them,
    /// for the step of the next posting appended (nil when none follows).
    mutating func append(encoded bytes: UnsafeBufferPointer<UInt8>.SubSequence, lastDocument: Int?) {
      out.append(contentsOf: bytes)
      if let lastDocument { previous = lastDocument }
    }

    /// Appends a posting that is already encoded: its document, then `rest` as it is (weight,
    /// mask and positions as ``append(document:weight:mask:positions:)`` wrote them).
    mutating func append(document: Int, encodedRest rest: UnsafeBufferPointer<UInt8>.SubSequence) {
      put(document - previous)
      previous = document
      out.append(contentsOf: rest)
    }

    /// How many characters are written so far.
    var count: Int { out.count }

    /// Writes the step from the previous document to `document` (``FrequentTermCodec``).
    mutating func appendStep(to document: Int) {
      put(document - previous)
      previous = document
    }

    /// Writes one character as it is.
    mutating func appendCharacter(_ byte: UInt8) { out.append(byte) }

    fileprivate mutating func put(_ number: Int) {
      var value = max(number, 0)
      repeat {
        let low = value & 31
        value >>= 5
        out.append(PostingCodec.alphabetBytes[low | (value > 0 ? 32 : 0)])
      } while value > 0
    }
  }

  /// The value of each alphabet character by its UTF-8 byte; -1 for any other byte.
  static let byteValues: [Int8] = {
    var table = [Int8](repeating: -1, count: 256)
    for (value, byte) in alphabetBytes.enumerated() { table[Int(byte)] = Int8(value) }
    return table
  }()

  /// A posting without its positions.
  struct Weighted {
    var document: Int
    var weight: Int
    var mask: Int
  }

  /// Reads the numbers of a posting string one at a time; nil at the end or at a character
  /// outside the alphabet.
  struct NumberReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var atEnd: Bool { index >= bytes.count }

    mutating func next() -> Int? {
      var value = 0, shift = 0
      while index < bytes.count {
        let digit = Int(byteValues[Int(bytes[index])])
        guard digit >= 0 else { return nil }
        index += 1
        value |= (digit & 31) << shift
        shift += 5
        if digit & 32 == 0 { return value }
      }
      return nil
    }
  }

  /// One posting as encoded: its document (the steps summed), weight, mask and number of
  /// positions, and where its bytes lie — `rest` from its weight to its end, `count` the
  /// number of positions, `positions` the positions.
  private struct EncodedPosting {
    var document: Int
    var weight: Int
    var mask: Int
    var positionCount: Int
    var rest: Range<Int>
    var count: Range<Int>
    var positions: Range<Int>
  }

  /// Calls `body` with each posting of an encoded list, in order, until it returns false.
  /// Reading stops at the end or at the first character outside the alphabet; a posting cut
  /// short in its positions is given as far as it goes.
  private static func forEachPosting(in bytes: UnsafeBufferPointer<UInt8>, _ body: (EncodedPosting) -> Bool) {
    var reader = NumberReader(bytes: bytes)
    var document = 0
    while !reader.atEnd {
      guard let step = reader.next() else { break }
      let rest = reader.index
      guard let weight = reader.next(), let mask = reader.next() else { break }
      let countStart = reader.index
      guard let positionCount = reader.next() else { break }
      let positionsStart = reader.index
      for _ in 0..<positionCount where reader.next() == nil { break }
      document += step
      let goesOn = body(
        EncodedPosting(
          document: document, weight: weight, mask: mask, positionCount: positionCount, rest: rest..<reader.index,
          count: countStart..<positionsStart, positions: positionsStart..<reader.index))
      guard goesOn else { return }
    }
  }

  /// The postings of a string ``encode(_:)`` wrote, without their positions (skipped): what a
  /// stop term's strongest postings are chosen from.
  static func weights(_ text: String) -> [Weighted] {
    var text = text
    return text.withUTF8 { bytes in
      var postings: [Weighted] = []
      forEachPosting(in: bytes) {
        postings.append(Weighted(document: $0.document, weight: $0.weight, mask: $0.mask))
        return true
      }
      return postings
    }
  }

  /// A posting list with the postings of some documents taken out and others put in, made
  /// from the encoded list without decoding it: kept postings are copied as they are, only
  /// their document steps are written again. `count` is the number of postings in `text`, and
  /// `hasPositions` whether they carry positions; `adding` is in document order; with
  /// `keepsPositions` false every posting is written without positions (a stop term's).
  ///
  /// Postings the change cannot reach are copied as bytes when they stay as they are (with
  /// their positions, or with none to drop): those before the first document changed in one
  /// run, and those after the last but for the step of the first of them, without reading
  /// them. An edit of one case reaches one posting in each of its terms' lists, and the
  /// lists of common words hold a posting for most cases.
  ///
  /// ```
  /// "D2EhCCCH" (doc 3), removing [3], adding [(doc 5, weight 2, mask 1, [4])]  →  "FCBBE"
  /// ```
  ///
  /// - Returns: the new list and how many postings it holds.
  static func splice(
    _ text: String, count listed: Int, hasPositions: Bool = true, removing documents: Set<Int>, adding: [Posting], keepsPositions: Bool
  ) -> (text: String, count: Int) {
    var text = text
    return text.withUTF8 { bytes in
      var writer = Writer()
      var count = 0
      var next = adding.startIndex
      func add(before document: Int) {
        while next < adding.endIndex, adding[next].document < document {
          let posting = adding[next]
          writer.append(document: posting.document, weight: posting.weight, mask: posting.mask, positions: keepsPositions ? posting.positions : [])
          count += 1
          next += 1
        }
      }
      let asBytes = keepsPositions || !hasPositions
      let first = min(documents.min() ?? .max, adding.first?.document ?? .max)
      let last = max(documents.max() ?? .min, adding.last?.document ?? .min)
      // The postings before the first change: where they end, and the last one's document.
      var prefix: (end: Int, document: Int)?
      var prefixWritten = false
      func writePrefix() {
        guard !prefixWritten else { return }
        prefixWritten = true
        if let prefix { writer.append(encoded: bytes[0..<prefix.end], lastDocument: prefix.document) }
      }
      var read = 0
      var tail: Int?
      forEachPosting(in: bytes) { posting in
        read += 1
        if asBytes && posting.document < first {
          prefix = (posting.rest.upperBound, posting.document)
          count += 1
          return true
        }
        writePrefix()
        if asBytes && posting.document > last {
          add(before: .max)
          writer.append(document: posting.document, encodedRest: bytes[posting.rest])
          count += 1
          tail = posting.rest.upperBound
          return false
        }
        guard !documents.contains(posting.document) else { return true }
        add(before: posting.document)
        if keepsPositions || posting.positionCount == 0 {
          writer.append(document: posting.document, encodedRest: bytes[posting.rest])
        } else {
          writer.append(document: posting.document, encodedRest: bytes[posting.rest.lowerBound..<posting.count.lowerBound])
          writer.put(0)
        }
        count += 1
        return true
      }
      writePrefix()
      add(before: .max)
      if let tail {
        writer.append(encoded: bytes[tail...], lastDocument: nil)
        count += listed - read
      }
      return (writer.text, count)
    }
  }

  /// The postings of a string ``encode(_:)`` wrote; decoding stops at the first character
  /// outside the alphabet.
  package static func decode(_ text: String) -> [Posting] {
    var text = text
    return text.withUTF8 { bytes in
      var postings: [Posting] = []
      forEachPosting(in: bytes) { posting in
        var reader = NumberReader(bytes: UnsafeBufferPointer(rebasing: bytes[posting.positions]))
        var positions: [Int] = []
        positions.reserveCapacity(min(posting.positionCount, posting.positions.count))
        var last = 0
        while let step = reader.next() {
          last += step
          positions.append(last)
        }
        postings.append(Posting(document: posting.document, weight: posting.weight, mask: posting.mask, positions: positions))
        return true
      }
      return postings
    }
  }
}
