// Stage: Search. Where the tokenizer hands its tokens.

/// Receives a text's tokens from ``Tokenizer/tokens(_:start:into:)`` as they are found.
///
/// Tokens of ASCII text come as bytes, valid only during the call, so that a receiver that
/// only looks tokens up (tallying a document) need not make a string of each.
///
/// ```
/// "ld: go.o"  →  take(ascii: "ld", 0, primary) · take(ascii: "go.o", 1, primary)
///                · take(ascii: "go", 1, part) · take(ascii: "o", 1, part)
/// ```
protocol TokenSink {
  /// A token of ASCII text, as its bytes.
  mutating func take(ascii token: UnsafeBufferPointer<UInt8>, position: Int, primary: Bool)
  /// A token of other text.
  mutating func take(_ token: String, position: Int, primary: Bool)
}
