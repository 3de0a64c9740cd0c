// Stage: all (diagnostics are shared by every stage).

/// A place in a source file: 1-based line and 1-based column.
///
/// Columns count Unicode scalar values (characters, for all text Casebook expects) from the
/// start of the line, the same way for YAML front matter and the Markdown body: `症状` is two
/// columns wide, not six bytes. A UTF-8 byte-order mark is not counted.
package struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  package var line: Int
  package var column: Int

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The start of a file, for problems with the file as a whole.
  package static let fileStart = SourcePosition(line: 1, column: 1)

  package static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  package var description: String { "\(line):\(column)" }

  /// Kept between builds as one number (`line:column` as two 32-bit halves): positions are
  /// most of a parse result's small values.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(UInt64(UInt32(clamping: line)) << 32 | UInt64(UInt32(clamping: column)))
  }

  package init(from decoder: any Decoder) throws {
    let packed = try decoder.singleValueContainer().decode(UInt64.self)
    self.init(line: Int(packed >> 32), column: Int(packed & 0xFFFF_FFFF))
  }
}
