// Stage: Search. The tokenizer's fast path for ASCII text, byte for byte the same tokens.

extension Tokenizer {
  /// The tokens of ASCII text, read as bytes: what ``tokens(_:start:)`` gives for it.
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
  static func asciiTokens(_ text: UnsafeBufferPointer<UInt8>, start: Int) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.count / 5)
    var position = start
    var index = 0
    let count = text.count
    var chunk: [UInt8] = []
    chunk.reserveCapacity(64)
    while index < count {
      // A chunk: a run of letters, digits and joiners, lowercased.
      chunk.removeAll(keepingCapacity: true)
      while index < count {
        var byte = text[index]
        guard isASCIIWord(byte) || isASCIIJoiner(byte) else { break }
        if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
        chunk.append(byte)
        index += 1
      }
      if chunk.isEmpty {
        index += 1
        continue
      }
      position = emitASCII(chunk, from: position, into: &tokens)
    }
    return tokens
  }

  private static func emitASCII(_ chunk: [UInt8], from position: Int, into tokens: inout [Token]) -> Int {
    var low = 0
    var high = chunk.count
    while low < high, isASCIILeadingTrim(chunk[low]) { low += 1 }
    while high > low, isASCIITrailingTrim(chunk[high - 1]) { high -= 1 }
    guard low < high else { return position }
    let slice = chunk[low..<high]
    // Most chunks are one word: no list of runs to make.
    if slice.allSatisfy(isASCIIWord) {
      guard slice.count <= longestToken, !isASCIIVolatileNumber(slice) else { return position }
      tokens.append(Token(text: String(decoding: slice, as: UTF8.self), position: position, primary: true))
      return position + 1
    }
    // The runs of letters and digits, each at most `longestToken` long.
    var words: [ArraySlice<UInt8>] = []
    var hasJoiner = false
    var runStart = -1
    for offset in slice.indices {
      if isASCIIWord(slice[offset]) {
        if runStart < 0 { runStart = offset }
      } else {
        hasJoiner = true
        if runStart >= 0 { words.append(slice[runStart..<offset]); runStart = -1 }
      }
    }
    if runStart >= 0 { words.append(slice[runStart..<slice.endIndex]) }
    words.removeAll { $0.count > longestToken }
    guard !words.isEmpty else { return position }
    if hasJoiner {
      let whole = collapseASCIIDigits(slice)
      if whole.count <= longestToken { tokens.append(Token(text: String(decoding: whole, as: UTF8.self), position: position, primary: true)) }
      for word in words where !isASCIIVolatileNumber(word) {
        tokens.append(Token(text: String(decoding: word, as: UTF8.self), position: position, primary: false))
      }
    } else {
      guard !isASCIIVolatileNumber(words[0]) else { return position }
      tokens.append(Token(text: String(decoding: slice, as: UTF8.self), position: position, primary: true))
    }
    return position + 1
  }

  private static func collapseASCIIDigits(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      var end = index
      while end < bytes.endIndex, isASCIIDigit(bytes[end]) { end += 1 }
      if end - index >= volatileDigits {
        out.append(UInt8(ascii: "0"))
        index = end
      } else if end > index {
        out.append(contentsOf: bytes[index..<end])
        index = end
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return out
  }

  private static func isASCIIVolatileNumber(_ word: ArraySlice<UInt8>) -> Bool {
    word.count >= volatileDigits && word.allSatisfy(isASCIIDigit)
  }

  private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func isASCIIWord(_ byte: UInt8) -> Bool {
    isASCIIDigit(byte) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
  }

  private static func isASCIIJoiner(_ byte: UInt8) -> Bool { byte < 0x80 && isJoiner(Unicode.Scalar(byte)) }
  private static func isASCIILeadingTrim(_ byte: UInt8) -> Bool { isLeadingTrim(Unicode.Scalar(byte)) }
  private static func isASCIITrailingTrim(_ byte: UInt8) -> Bool { isTrailingTrim(Unicode.Scalar(byte)) }
}
