// Stage: Render. Case cards rendered once for every listing that shows them.

/// Each case's card as the `case-card` template rendered it, with ``rootMarker`` for the way to
/// the site root, kept while the listings of one build are made.
final class RenderedCards {
  /// A NUL: no text a card shows can hold one (a case file with a NUL byte, or a front matter
  /// value with a control character, is an error), and HTML escaping leaves it as it is.
  static let rootMarker = "\u{0}"
  var html: [[UInt8]?]

  init(count: Int) {
    html = Array(repeating: nil, count: count)
  }
}
