// Stage: Render. Escaping for every output context outside Mustache templates.

/// Escapes text for the contexts Casebook writes by hand: HTML and XML text and attributes.
///
/// ```
/// Escaping.xml("a < b & \"c\"")  →  "a &lt; b &amp; &quot;c&quot;"
/// ```
package enum Escaping {
  /// For HTML or XML text and double- or single-quoted attribute values.
  package static func xml(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters other than tab and newline are not allowed in XML 1.0.
        if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// For HTML text and attributes in templates: the five characters swift-mustache's HTML
  /// content type escapes, the same way, but on UTF-8 bytes, and without copying text that has
  /// none of them (most titles, summaries and URLs).
  ///
  /// Unlike swift-mustache, which compares whole characters, a `<` followed by a combining mark
  /// is escaped too.
  package static func html(_ text: String) -> String {
    var text = text
    let replacements = Self.htmlReplacements  // read once: each read of a static runs its lazy check
    return text.withUTF8 { bytes -> String? in
      guard let first = bytes.firstIndex(where: { replacements[Int($0)] != nil }) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 16)
      out.append(contentsOf: bytes[..<first])
      for byte in bytes[first...] {
        if let replacement = replacements[Int(byte)] { out.append(contentsOf: replacement) } else { out.append(byte) }
      }
      return String(decoding: out, as: UTF8.self)
    } ?? text
  }

  /// The replacement of each ASCII byte that HTML escaping replaces, by byte value.
  private static let htmlReplacements: [[UInt8]?] = (0..<256).map { byte in
    switch UInt8(byte) {
    case UInt8(ascii: "<"): Array("&lt;".utf8)
    case UInt8(ascii: ">"): Array("&gt;".utf8)
    case UInt8(ascii: "&"): Array("&amp;".utf8)
    case UInt8(ascii: "\""): Array("&quot;".utf8)
    case UInt8(ascii: "'"): Array("&#39;".utf8)
    default: nil
    }
  }
}
