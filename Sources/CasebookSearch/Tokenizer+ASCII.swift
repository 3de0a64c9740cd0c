// Stage: Search. The tokenizer's fast path for ASCII text, byte for byte the same tokens.

extension Tokenizer {
  /// The tokens of ASCII text, read as bytes and handed to `sink` as bytes: what
  /// ``tokens(_:start:)`` gives for it.
  ///
  /// Most of a technical corpus is ASCII, for which NFKC changes nothing, lower case is one
  /// addition and no character is CJK. Then a chunk's tokens are: the whole chunk (its digit runs
  /// of 6 or more collapsed to `0`) when it holds a joiner, then its runs of letters and digits;
  /// or, without a joiner, the chunk itself. The test `asciiFastPathMatchesGeneralPath` compares
  /// both paths on a generated corpus and on edge cases.
  ///
  /// ```
  /// "GO111MODULE=off go.o"  →  go111module=off (go111module, off) | go.o (go, o)
  /// ```
  /// Returns the next free position.
  static func asciiTokens<Sink: TokenSink>(_ text: UnsafeBufferPointer<UInt8>, start: Int, into sink: inout Sink) -> Int {
    // The whole text lowercased at once; each chunk is then a slice of it.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { lowered in
      for (index, byte) in text.enumerated() { lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
      let lowered = UnsafeBufferPointer(lowered)
      var position = start
      var index = 0
      // A chunk: a run of letters, digits and joiners.
      while let chunk = nextRun(in: lowered[...], from: index, where: isASCIIChunk) {
        position = emitASCII(UnsafeBufferPointer(rebasing: lowered[chunk]), from: position, into: &sink)
        index = chunk.upperBound
      }
      return position
    }
  }

  private static func emitASCII<Sink: TokenSink>(_ chunk: UnsafeBufferPointer<UInt8>, from position: Int, into sink: inout Sink) -> Int {
    var low = 0
    var high = chunk.count
    while low < high, isASCIILeadingTrim(chunk[low]) { low += 1 }
    while high > low, isASCIITrailingTrim(chunk[high - 1]) { high -= 1 }
    guard low < high else { return position }
    let slice = chunk[low..<high]
    // Most chunks are one word: no list of runs to make.
    if slice.allSatisfy(isASCIIWord) {
      guard slice.count <= longestToken, !isASCIIVolatileNumber(slice) else { return position }
      sink.take(ascii: UnsafeBufferPointer(rebasing: slice), position: position, primary: true)
      return position + 1
    }
    // A chunk with a joiner (every byte that is not a letter or digit is one): the whole, then
    // its runs of letters and digits of at most `longestToken` bytes, if there is such a run.
    // The runs are found twice rather than listed: most such chunks are short.
    guard firstASCIIWord(in: slice) != nil else { return position }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: slice.count) { buffer in
      let whole = collapseASCIIDigits(slice, into: buffer)
      if whole.count <= longestToken { sink.take(ascii: whole, position: position, primary: true) }
    }
    var rest = slice[...]
    while let word = firstASCIIWord(in: rest) {
      if !isASCIIVolatileNumber(word) { sink.take(ascii: UnsafeBufferPointer(rebasing: word), position: position, primary: false) }
      rest = rest[word.endIndex...]
    }
    return position + 1
  }

  /// The first run of letters and digits in `bytes` of at most ``longestToken`` bytes.
  private static func firstASCIIWord(in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
    var index = bytes.startIndex
    while let run = nextRun(in: bytes, from: index, where: isASCIIWord) {
      if run.count <= longestToken { return bytes[run] }
      index = run.upperBound
    }
    return nil
  }

  /// The first run of bytes that `belongs` takes, from `start` on in `bytes`.
  @inline(__always)
  private static func nextRun(in bytes: Slice<UnsafeBufferPointer<UInt8>>, from start: Int, where belongs: (UInt8) -> Bool) -> Range<Int>? {
    var index = start
    while index < bytes.endIndex, !belongs(bytes[index]) { index += 1 }
    guard index < bytes.endIndex else { return nil }
    var end = index + 1
    while end < bytes.endIndex, belongs(bytes[end]) { end += 1 }
    return index..<end
  }

  /// The bytes with every run of ``volatileDigits`` or more digits made one `0`, written into
  /// `buffer` (at least as long as `bytes`); returns the part written.
  private static func collapseASCIIDigits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var count = 0
    var index = bytes.startIndex
    while index < bytes.endIndex {
      var end = index
      while end < bytes.endIndex, isASCIIDigit(bytes[end]) { end += 1 }
      if end - index >= volatileDigits {
        buffer[count] = UInt8(ascii: "0")
        count += 1
        index = end
        continue
      }
      // A shorter run of digits, or one byte that is not a digit, as it is.
      for byte in bytes[index..<max(end, index + 1)] {
        buffer[count] = byte
        count += 1
      }
      index = max(end, index + 1)
    }
    return UnsafeBufferPointer(rebasing: buffer[..<count])
  }

  private static func isASCIIVolatileNumber(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    word.count >= volatileDigits && word.allSatisfy(isASCIIDigit)
  }

  private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func isASCIIWord(_ byte: UInt8) -> Bool {
    isASCIIDigit(byte) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
  }

  /// Letters, digits and joiners: the bytes of a chunk.
  static func isASCIIChunk(_ byte: UInt8) -> Bool {
    byte < 0x40 ? chunkBitsBelow64 >> byte & 1 != 0 : byte < 0x80 && chunkBitsFrom64 >> (byte - 0x40) & 1 != 0
  }

  /// ``isASCIIChunk(_:)`` of the bytes 0 to 63 and 64 to 127, one bit each: digits, letters
  /// and the joiners (`asciiChunkBytes` checks them against ``isWordScalar(_:)`` and
  /// ``isJoiner(_:)``). Literals, so that reading them costs nothing in the tokenizer's loop.
  static let chunkBitsBelow64: UInt64 = 0x27FF_FC68_0000_0000
  static let chunkBitsFrom64: UInt64 = 0x47FF_FFFE_97FF_FFFF

  private static func isASCIILeadingTrim(_ byte: UInt8) -> Bool { isLeadingTrim(Unicode.Scalar(byte)) }
  private static func isASCIITrailingTrim(_ byte: UInt8) -> Bool { isTrailingTrim(Unicode.Scalar(byte)) }
}
