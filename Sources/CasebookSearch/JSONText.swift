// Stage: Search (written during Render). JSON strings without an encoder per value.

/// JSON string literals, written exactly as Foundation's `JSONEncoder` writes them with
/// `.withoutEscapingSlashes`: `"` and `\` escaped, control characters as `\b \f \n \r \t` or
/// `\u00XX`, everything else as it is (UTF-8).
///
/// The index has a string per term (hundreds of thousands at 10,000 cases); a `JSONEncoder`
/// for each costs more than the rest of the shard writing. The test
/// `jsonTextMatchesJSONEncoder` holds the two to the same bytes.
///
/// ```
/// say "hi"\n  →  "say \"hi\"\n"
/// ```
package enum JSONText {
  package static func string(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    var plainStart = text.unicodeScalars.startIndex
    var index = plainStart
    let scalars = text.unicodeScalars
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let escape: String? =
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case "\u{08}": "\\b"
        case "\u{0C}": "\\f"
        default: scalar.value < 0x20 ? "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16) : nil
        }
      if let escape {
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
        out += escape
        plainStart = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
    return out + "\""
  }
}
