// Stage: Search. The one tokenizer, mirrored exactly by Templates/assets/search.js.

internal import CasebookCore
internal import Foundation

/// Splits text into search tokens, the same way for the index and for queries.
///
/// Specified in docs/search.md and pinned by the shared vectors in
/// Tests/CasebookSearchTests/Fixtures/tokenizer.json, which the JavaScript port runs too.
///
/// ```
/// "undefined wazevo.entrypoint -Wl,-z,undefs 链接失败"
///   → undefined | wazevo.entrypoint wazevo entrypoint | -wl,-z,undefs wl z undefs | 链接 接失 失败
/// ```
///
/// 1. NFKC, then lowercase.
/// 2. Chunks: runs of letters, digits, marks and the joiners `. , : = / - _ + @ # % ~ * & \`;
///    anything else (spaces, quotes, brackets, other punctuation) separates chunks.
/// 3. Leading `, : = + * &` and trailing `. , : = / - + * &` are trimmed from a chunk.
/// 4. Runs of CJK characters give overlapping bigrams (a lone character gives itself).
/// 5. Other text gives the whole chunk when it holds a joiner (a compound technical token),
///    then each run of letters and digits in it. Runs of 6 or more digits are run-specific
///    (PIDs, temp-file numbers, timestamps): inside a whole chunk they become `0`, and alone they
///    are no token, so `/tmp/go-link-1701599834/go.o` from any run is `/tmp/go-link-0/go.o`.
package enum Tokenizer {
  /// One token and the position it takes in the token stream (parts share their whole's).
  package struct Token: Equatable, Sendable {
    package var text: String
    package var position: Int
    /// Whether this is a primary token (a whole word or chunk), as phrases are matched on.
    package var primary: Bool
  }

  static let longestToken = 64
  /// Digit runs this long or longer are run-specific numbers.
  static let volatileDigits = 6

  package static func normalize(_ text: String) -> String {
    // NFKC leaves ASCII as it is; most text of a technical corpus is ASCII.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    return text.precomposedStringWithCompatibilityMapping.lowercased()
  }

  /// Tokens with positions; `start` is the first position used.
  package static func tokens(_ text: String, start: Int = 0) -> [Token] {
    var list = TokenList()
    tokens(text, start: start, into: &list)
    return list.tokens
  }

  /// Hands each token of `text` to `sink`, in order, with its position; `start` is the first
  /// position used.
  ///
  /// ASCII text is read as bytes (``asciiTokens(_:start:into:)``), and its tokens are handed
  /// over as bytes. Other text is cut into pieces: the stretches around its non-ASCII bytes go
  /// through ``generalTokens(_:start:)``, the ASCII between them through the fast path. A cut
  /// is made only just after a separator that an ASCII byte follows: no chunk spans it, and
  /// NFKC and lower case act on each side alone (an ASCII character combines with nothing
  /// before it, and this lower case looks at no context). Stretches less than
  /// ``generalGap`` bytes apart are read as one. The test `piecesMatchGeneralPath` compares
  /// this with the general path on mixed text.
  ///
  /// ```
  /// "链接失败: undefined reference to `wazevo.entrypoint`"
  ///   →  general "链接失败: " | ASCII "undefined reference to `wazevo.entrypoint`"
  /// ```
  static func tokens<Sink: TokenSink>(_ text: String, start: Int = 0, into sink: inout Sink) {
    var text = text
    text.withUTF8 { bytes in
      var position = start
      var cursor = 0
      for stretch in generalStretches(bytes) {
        if cursor < stretch.lowerBound { position = asciiTokens(UnsafeBufferPointer(rebasing: bytes[cursor..<stretch.lowerBound]), start: position, into: &sink) }
        position = generalTokens(String(decoding: UnsafeBufferPointer(rebasing: bytes[stretch]), as: UTF8.self), start: position, into: &sink)
        cursor = stretch.upperBound
      }
      if cursor < bytes.count { _ = asciiTokens(UnsafeBufferPointer(rebasing: bytes[cursor...]), start: position, into: &sink) }
    }
  }

  /// Stretches of text closer than this are read by the general path as one.
  static let generalGap = 32

  /// The stretches of UTF-8 text that hold its non-ASCII bytes, each widened to the cuts
  /// around it (see ``tokens(_:start:into:)``).
  private static func generalStretches(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    func isCut(_ index: Int) -> Bool {
      index == 0 || index == bytes.count
        || (bytes[index] < 0x80 && bytes[index - 1] < 0x80 && !isASCIIChunk(bytes[index - 1]))
    }
    var stretches: [Range<Int>] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] >= 0x80 else {
        index += 1
        continue
      }
      var low = index
      while !isCut(low) { low -= 1 }
      var high = index + 1
      while !isCut(high) { high += 1 }
      if let last = stretches.last, low - last.upperBound < generalGap {
        stretches[stretches.count - 1] = last.lowerBound..<high
      } else {
        stretches.append(low..<high)
      }
      index = high
    }
    return stretches
  }

  /// Collects tokens as ``Token`` values.
  private struct TokenList: TokenSink {
    var tokens: [Token] = []

    mutating func take(ascii token: UnsafeBufferPointer<UInt8>, position: Int, primary: Bool) {
      tokens.append(Token(text: String(decoding: token, as: UTF8.self), position: position, primary: primary))
    }

    mutating func take(_ token: String, position: Int, primary: Bool) {
      tokens.append(Token(text: token, position: position, primary: primary))
    }
  }

  /// ``tokens(_:start:)`` for any text, scalar by scalar.
  static func generalTokens(_ text: String, start: Int = 0) -> [Token] {
    var list = TokenList()
    _ = generalTokens(text, start: start, into: &list)
    return list.tokens
  }

  /// Hands the tokens of any text to `sink`, scalar by scalar; returns the next free position.
  static func generalTokens<Sink: TokenSink>(_ text: String, start: Int, into sink: inout Sink) -> Int {
    var tokens: [Token] = []
    var position = start
    for chunk in chunks(normalize(text)) {
      position = emit(chunk, from: position, into: &tokens)
    }
    for token in tokens { sink.take(token.text, position: token.position, primary: token.primary) }
    return position
  }

  /// Just the token texts, in order, with parts after their whole.
  package static func terms(_ text: String) -> [String] {
    tokens(text).map(\.text)
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
      return true
    default:
      return false
    }
  }

  /// `. , : = / - _ + @ # % ~ * & \\`
  static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", ",", ":", "=", "/", "-", "_", "+", "@", "#", "%", "~", "*", "&", "\\": true
    default: false
    }
  }

  /// `, : = + * &`
  static func isLeadingTrim(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ":", "=", "+", "*", "&": true
    default: false
    }
  }

  /// `. , : = / - + * &`
  static func isTrailingTrim(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", ",", ":", "=", "/", "-", "+", "*", "&": true
    default: false
    }
  }

  /// A word a misspelling can stand for: four or more letters (no digits, no joiners), none
  /// of them CJK. Typo tolerance is for words people type, not for paths, numbers or flags.
  package static func isTypoWord(_ term: String) -> Bool {
    var count = 0
    for scalar in term.unicodeScalars {
      guard !isCJK(scalar) else { return false }
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: count += 1
      default: return false
      }
    }
    return count >= 4
  }

  package static func isCJK(_ scalar: Unicode.Scalar) -> Bool { CJK.isIdeographic(scalar) }

  private static func chunks(_ text: String) -> [[Unicode.Scalar]] {
    var result: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars {
      if isWordScalar(scalar) || isJoiner(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        result.append(current)
        current = []
      }
    }
    if !current.isEmpty { result.append(current) }
    return result.compactMap { chunk in
      var slice = chunk[...]
      while let first = slice.first, isLeadingTrim(first) { slice = slice.dropFirst() }
      while let last = slice.last, isTrailingTrim(last) { slice = slice.dropLast() }
      return slice.isEmpty ? nil : Array(slice)
    }
  }

  /// Emits the tokens of one chunk; returns the next free position.
  private static func emit(_ chunk: [Unicode.Scalar], from start: Int, into tokens: inout [Token]) -> Int {
    var position = start
    var pending: [Unicode.Scalar] = []  // non-CJK text waiting to be emitted
    var cjk: [Unicode.Scalar] = []
    func flushPending() {
      guard !pending.isEmpty else { return }
      var slice = pending[...]
      while let last = slice.last, isTrailingTrim(last) { slice = slice.dropLast() }
      while let first = slice.first, isLeadingTrim(first) { slice = slice.dropFirst() }
      pending = []
      let all = words(Array(slice))
      guard !all.isEmpty else { return }
      if slice.contains(where: isJoiner) {
        let whole = collapseVolatileDigits(Array(slice))
        if whole.count <= longestToken { tokens.append(Token(text: String(String.UnicodeScalarView(whole)), position: position, primary: true)) }
        for part in all where !isVolatileNumber(part) { tokens.append(Token(text: part, position: position, primary: false)) }
      } else {
        guard !isVolatileNumber(all[0]) else { return }
        tokens.append(Token(text: String(String.UnicodeScalarView(slice)), position: position, primary: true))
      }
      position += 1
    }
    func flushCJK() {
      guard !cjk.isEmpty else { return }
      if cjk.count == 1 {
        tokens.append(Token(text: String(String.UnicodeScalarView(cjk)), position: position, primary: true))
        position += 1
      } else {
        for index in 0..<(cjk.count - 1) {
          tokens.append(Token(text: String(String.UnicodeScalarView(cjk[index...index + 1])), position: position, primary: true))
          position += 1
        }
      }
      cjk = []
    }
    for scalar in chunk {
      if isCJK(scalar) {
        flushPending()
        cjk.append(scalar)
      } else {
        flushCJK()
        pending.append(scalar)
      }
    }
    flushPending()
    flushCJK()
    return position
  }

  static func isVolatileNumber(_ word: String) -> Bool {
    word.unicodeScalars.count >= volatileDigits && word.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
  }

  /// Runs of ``volatileDigits`` or more ASCII digits become a single `0`.
  static func collapseVolatileDigits(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    var index = 0
    while index < scalars.count {
      var end = index
      while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
      if end - index >= volatileDigits {
        out.append("0")
        index = end
      } else if end > index {
        out.append(contentsOf: scalars[index..<end])
        index = end
      } else {
        out.append(scalars[index])
        index += 1
      }
    }
    return out
  }

  /// The runs of letters and digits in a chunk, each at most ``longestToken`` scalars.
  private static func words(_ chunk: [Unicode.Scalar]) -> [String] {
    var result: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in chunk {
      if isWordScalar(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        result.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { result.append(String(current)) }
    return result.filter { $0.unicodeScalars.count <= longestToken }
  }
}
