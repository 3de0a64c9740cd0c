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
    var text = text
    return text.withUTF8 { bytes -> String in
      // Everything escaped is ASCII, so the text is scanned and copied as UTF-8 bytes.
      guard let first = bytes.firstIndex(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
        var out = [UInt8](repeating: UInt8(ascii: "\""), count: bytes.count + 2)
        out.withUnsafeMutableBufferPointer { buffer in _ = UnsafeMutableBufferPointer(rebasing: buffer[1...]).initialize(from: bytes) }
        return String(decoding: out, as: UTF8.self)
      }
      var out: [UInt8] = [UInt8(ascii: "\"")]
      out.reserveCapacity(bytes.count + 16)
      out.append(contentsOf: bytes[..<first])
      for byte in bytes[first...] {
        switch byte {
        case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        case ..<0x20: out += Array("\\u00".utf8) + Array(hexDigits[Int(byte >> 4)...Int(byte >> 4)]) + Array(hexDigits[Int(byte & 15)...Int(byte & 15)])
        default: out.append(byte)
        }
      }
      out.append(UInt8(ascii: "\""))
      return String(decoding: out, as: UTF8.self)
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
