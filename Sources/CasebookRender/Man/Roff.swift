// Stage: Render (man pages). Turning any text into roff that can never become a request.

/// Escaping for roff, correct by construction.
///
/// Every character that roff or a man pager would change is written as an escape, so the page
/// shows exactly what the contributor wrote, and no input can start a request (`.so`, `.TH`)
/// or an escape sequence:
///
/// ```
/// .so /etc/passwd   →  \&.so /etc/passwd
/// -Wl,-z,undefs     →  \-Wl,\-z,undefs          (a real minus, so copied commands work)
/// 'quoted' `x` ~^\  →  \(aqquoted\(aq \(gax\(ga \(ti\(ha\e
/// ```
///
/// Non-ASCII text stays UTF-8, which man-db and mandoc read directly and `apropos` can match.
package enum Roff {
  /// The roff for one character of text.
  static func escape(_ character: Character) -> String {
    // The characters escaped are ASCII: other text is not compared with them.
    if let ascii = character.asciiValue {
      if ascii >= 0x20, ascii < 0x7F, !isSpecial(ascii) { return String(character) }
      switch ascii {
      case UInt8(ascii: "\\"): return "\\e"
      case UInt8(ascii: "-"): return "\\-"
      case UInt8(ascii: "'"): return "\\(aq"
      case UInt8(ascii: "`"): return "\\(ga"
      case UInt8(ascii: "^"): return "\\(ha"
      case UInt8(ascii: "~"): return "\\(ti"
      case UInt8(ascii: "\""): return "\\(dq"
      default: break
      }
    }
    if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
      scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
    {
      return ""  // control and invisible format characters have no place in a page
    }
    return String(character)
  }

  /// The printable ASCII characters ``escape(_:)-(Character)`` changes.
  static func isSpecial(_ ascii: UInt8) -> Bool {
    switch ascii {
    case UInt8(ascii: "\\"), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "\""): true
    default: false
    }
  }

  /// Escapes a whole string (no line breaks are expected; tabs become spaces).
  package static func escape(_ text: String) -> String {
    var text = text
    // Most text is printable ASCII with nothing to escape: returned as it is.
    if text.withUTF8({ $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F && !isSpecial($0) } }) { return text }
    // ASCII without a carriage return (which joins a following line feed into one character):
    // byte by byte, as ``escapeByCharacter(_:)`` would write it.
    guard text.withUTF8({ $0.allSatisfy { $0 < 0x80 && $0 != 0x0D } }) else { return escapeByCharacter(text) }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case 0x09, 0x0A: out.append(UInt8(ascii: " "))
      case ..<0x20, 0x7F: break  // control characters, as escape(_: Character) drops them
      case _ where isSpecial(byte): out.append(contentsOf: escape(Character(Unicode.Scalar(byte))).utf8)
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// ``escape(_:)-(String)`` for any text, a character at a time.
  static func escapeByCharacter(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      if character == "\t" || character == "\n" {
        out.append(" ")
      } else if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F, !isSpecial(ascii) {
        out.append(character)  // the common case, without looking up Unicode properties
      } else {
        out += escape(character)
      }
    }
    return out
  }

  /// A macro argument in double quotes: `.SS "Use \(dqmodule\(dq mode"`.
  static func quoted(_ text: String) -> String {
    "\"" + escape(text) + "\""
  }

  /// Whether a line starting with this byte needs the zero-width `\&` in front: `.` and `'`
  /// start requests, and a leading space would break the filled text.
  static func startsUnsafely(_ first: UInt8) -> Bool {
    first == UInt8(ascii: ".") || first == UInt8(ascii: "'") || first == UInt8(ascii: " ")
  }

  /// Expands tabs to spaces at 8-column stops, as a terminal would show them.
  static func expandTabs(_ line: Substring) -> String {
    guard line.utf8.contains(UInt8(ascii: "\t")) else { return String(line) }
    var out = ""
    var column = 0
    for character in line {
      if character == "\t" {
        let spaces = 8 - column % 8
        out += String(repeating: " ", count: spaces)
        column += spaces
      } else {
        out.append(character)
        column += 1
      }
    }
    return out
  }
}
