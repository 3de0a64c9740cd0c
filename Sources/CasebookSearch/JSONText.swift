// Stage: Search (written during Render). JSON strings without an encoder per value.

/// JSON string literals, written exactly as Foundation's `JSONEncoder` writes them with
/// `.withoutEscapingSlashes`: `"` and `\` escaped, control characters as `\b \f \n \r \t` or
/// `\u00XX`, everything else as it is (UTF-8).
///
/// The index has a string per term, and a `JSONEncoder` for each costs more than the rest of
/// the shard writing. The test
/// `jsonTextMatchesJSONEncoder` holds the two to the same bytes.
///
/// ```
/// say "hi"\n  →  "say \"hi\"\n"
/// ```
package enum JSONText {
  package static func string(_ text: String) -> String {
    var out: [UInt8] = []
    append(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the literal to UTF-8 bytes: the runs between escapes are copied as they are.
  package static func append(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      out.reserveCapacity(out.count + bytes.count + 2)
      out.append(UInt8(ascii: "\""))
      // Everything escaped is ASCII, so the text is scanned and copied as UTF-8 bytes.
      var run = 0
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
        run = index + 1
        switch byte {
        case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        default: out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]]
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
      out.append(UInt8(ascii: "\""))
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
