// Stage: Render (the libcmark wrapper). Finishing libcmark's safe-mode HTML.

/// Tidies what libcmark's safe mode leaves of a refused URL.
///
/// Safe mode empties `javascript:`, `vbscript:`, `file:` and most `data:` URLs but keeps the
/// element: `<a href="">text</a>` is a dead link and `<img src="" alt="x" />` is invalid HTML.
/// Both become their text, which is what a reader can use.
///
/// ```
/// <a href="">vb</a> and <img src="" alt="image" />  →  vb and image
/// ```
enum SafeHTML {
  private static let refusedLink = "<a href=\"\""
  private static let refusedImage = "<img src=\"\""

  /// What both refused URLs leave, and little else does: most HTML is let through after one
  /// pass that looks for it.
  private static let emptyValue = Array("=\"\"".utf8)

  static func unwrapRefusedLinks(_ html: String) -> String {
    guard contains(html, emptyValue), contains(html, Array(refusedLink.utf8)) || contains(html, Array(refusedImage.utf8)) else { return html }
    var out = ""
    var rest = Substring(html)
    while true {
      let link = rest.firstRange(of: refusedLink)
      let image = rest.firstRange(of: refusedImage)
      guard let next = [link, image].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else { break }
      out += rest[..<next.lowerBound]
      if next == image {
        // <img src="" alt="text" /> (libcmark writes alt, then an optional title, then " />").
        guard let end = rest[next.upperBound...].firstRange(of: " />") else { break }
        let tag = rest[next.upperBound..<end.lowerBound]
        if let alt = tag.firstRange(of: " alt=\"") { out += tag[alt.upperBound...].prefix { $0 != "\"" } }
        rest = rest[end.upperBound...]
      } else {
        // <a href="" …>text</a>: links do not nest, so the next </a> closes it.
        guard let tagEnd = rest[next.upperBound...].firstIndex(of: ">"),
          let close = rest[tagEnd...].firstRange(of: "</a>")
        else { break }
        out += rest[rest.index(after: tagEnd)..<close.lowerBound]
        rest = rest[close.upperBound...]
      }
    }
    return out + rest
  }

  /// A plain byte search: the common case, a page with no refused URL, costs one pass.
  private static func contains(_ text: String, _ pattern: [UInt8]) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= pattern.count, let first = pattern.first else { return false }
      var index = 0
      while index <= bytes.count - pattern.count {
        if bytes[index] == first {
          var matched = 1
          while matched < pattern.count && bytes[index + matched] == pattern[matched] { matched += 1 }
          if matched == pattern.count { return true }
        }
        index += 1
      }
      return false
    }
  }
}
