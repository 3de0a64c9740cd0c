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
}
