// Stage: Parse. Decoding bytes into text whose positions stay right.

package import CommonMark
internal import Foundation

/// The text of a source file, decoded and split into lines, with position conversions.
///
/// Decoding checks size, NUL bytes and UTF-8, drops a byte-order mark and turns CRLF and lone
/// CR line endings into LF. Line endings are one character, so no line number or column moves.
///
/// ```
/// "\u{FEFF}---\r\ntitle: x\r\n"  →  lines ["---", "title: x", ""]
/// ```
package struct SourceText: Sendable {
  package let text: String
  package let lines: [Substring]

  /// Decodes a file, or reports why it cannot be read as text and returns nil.
  package init?(_ file: SourceFile, diagnostics: inout FileDiagnostics) {
    let bytes = file.bytes
    if bytes.count > SourceFile.maximumSize {
      diagnostics.report(.fileTooLarge, at: .fileStart, "file is \(bytes.count) bytes; the limit is \(SourceFile.maximumSize) bytes (1 MiB)")
      return nil
    }
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    let body = bytes[start...]
    // One pass (memchr) for each byte that matters: most files have neither.
    let (nulOffset, hasCarriageReturn) = bytes.withUnsafeBufferPointer { buffer -> (Int?, Bool) in
      guard let base = buffer.baseAddress, buffer.count > start else { return (nil, false) }
      let length = buffer.count - start
      let nul = memchr(base + start, 0, length).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
      return (nul, memchr(base + start, 0x0D, length) != nil)
    }
    if let nul = nulOffset {
      let position = SourceText.position(ofByte: nul, in: bytes, from: start)
      diagnostics.report(.nulByte, at: position, "file contains a NUL byte; case files are UTF-8 text")
      return nil
    }
    guard let decoded = String(validating: body, as: UTF8.self) else {
      let (offset, badByte) = SourceText.firstInvalidUTF8(in: bytes, from: start)
      let position = SourceText.position(ofByte: offset, in: bytes, from: start)
      let hex = String(badByte, radix: 16, uppercase: true)
      diagnostics.report(.invalidUTF8, at: position, "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); save the file as UTF-8")
      return nil
    }
    let normalized = hasCarriageReturn
      ? decoded.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      : decoded
    self.init(normalizedText: normalized)
  }

  /// Wraps text that is already decoded and uses LF line endings.
  package init(normalizedText: String) {
    var text = normalizedText
    text.makeContiguousUTF8()
    self.text = text
    // Split on the byte: a line feed is always a character of its own, so this is
    // `split(separator: "\n")` without breaking the text into characters. Line feeds are
    // found in the UTF-8 buffer; a UTF-8 offset of native text is an index in constant time.
    let breaks = text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
    } ?? []
    var lines: [Substring] = []
    lines.reserveCapacity(breaks.count + 1)
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    for offset in breaks {
      let lineEnd = utf8.index(utf8.startIndex, offsetBy: offset)
      lines.append(text[lineStart..<lineEnd])
      lineStart = utf8.index(after: lineEnd)
    }
    lines.append(text[lineStart..<utf8.endIndex])
    self.lines = lines
  }

  /// The file position of a libcmark position (the start of the file when libcmark gives none).
  package func position(_ start: CommonMarkPosition?) -> SourcePosition {
    guard let start else { return .fileStart }
    return SourcePosition(line: start.line, column: column(line: start.line, utf8Column: start.column))
  }

  /// Converts a libcmark column (UTF-8 bytes, 1-based) on a line into a character column.
  package func column(line: Int, utf8Column: Int) -> Int {
    guard line >= 1, line <= lines.count else { return utf8Column }
    let utf8 = lines[line - 1].utf8
    let limit = min(max(utf8Column - 1, 0), utf8.count)
    let end = utf8.index(utf8.startIndex, offsetBy: limit)
    return lines[line - 1].unicodeScalars[..<end].count + 1
  }

  /// The line and character column of a byte offset, decoding leniently (for error positions).
  private static func position(ofByte offset: Int, in bytes: [UInt8], from start: Int) -> SourcePosition {
    var lineStart = start
    var line = 1
    for index in start..<offset where bytes[index] == UInt8(ascii: "\n") || (bytes[index] == UInt8(ascii: "\r") && (index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
      line += 1
      lineStart = index + 1
    }
    let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
    return SourcePosition(line: line, column: prefix.unicodeScalars.count + 1)
  }

  private static func firstInvalidUTF8(in bytes: [UInt8], from start: Int) -> (offset: Int, byte: UInt8) {
    var index = start
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return (index, lead)
      }
      guard index + length <= bytes.count else { return (index, lead) }
      let sequence = bytes[index..<index + length]
      if length > 1, String(validating: sequence, as: UTF8.self) == nil { return (index, lead) }
      index += length
    }
    return (start, bytes[start])
  }
}
