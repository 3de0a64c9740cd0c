// Stage: Write → Discover (kept between builds). Values as compact bytes, for the build caches.

/// Writes numbers (LEB128) and length-prefixed UTF-8 strings into bytes, for caches a build
/// leaves for the next one (``ByteReader`` reads them back).
///
/// ```
/// writer.number(300); writer.text("go")  →  [0xAC, 0x02, 0x02, 0x67, 0x6F]
/// ```
package struct ByteWriter {
  package var bytes: [UInt8]

  package init(_ start: [UInt8] = []) {
    bytes = start
  }

  package mutating func number(_ value: Int) {
    var value = UInt(max(value, 0))
    while value >= 0x80 {
      bytes.append(UInt8(value & 0x7F) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  package mutating func word(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  package mutating func flag(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  package mutating func text(_ value: String) {
    number(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  package mutating func texts(_ values: [String]) {
    number(values.count)
    values.forEach { text($0) }
  }

  package mutating func numbers(_ values: [Int]) {
    number(values.count)
    values.forEach { number($0) }
  }
}

/// Reads what a ``ByteWriter`` wrote; every read is nil past the end or on malformed bytes.
package struct ByteReader {
  package let bytes: [UInt8]
  package private(set) var index: Int

  package init(_ bytes: [UInt8], from start: Int = 0) {
    self.bytes = bytes
    index = start
  }

  package var atEnd: Bool { index == bytes.count }

  /// Moves past `count` bytes (at most to the end).
  package mutating func skip(_ count: Int) {
    index = min(index + count, bytes.count)
  }

  package mutating func number() -> Int? {
    var value = 0, shift = 0
    while index < bytes.count, shift < 63 {
      let byte = bytes[index]
      index += 1
      value |= Int(byte & 0x7F) << shift
      shift += 7
      if byte & 0x80 == 0 { return value }
    }
    return nil
  }

  /// A count of things that each take at least one byte: never more than the bytes left.
  package mutating func count() -> Int? {
    guard let value = number(), value <= bytes.count - index else { return nil }
    return value
  }

  package mutating func word() -> UInt64? {
    guard bytes.count - index >= 8 else { return nil }
    var value: UInt64 = 0
    for shift in 0..<8 { value |= UInt64(bytes[index + shift]) << (8 * shift) }
    index += 8
    return value
  }

  package mutating func flag() -> Bool? {
    guard index < bytes.count, bytes[index] <= 1 else { return nil }
    defer { index += 1 }
    return bytes[index] == 1
  }

  package mutating func text() -> String? {
    guard let count = count() else { return nil }
    defer { index += count }
    return String(validating: bytes[index..<(index + count)], as: UTF8.self)
  }

  package mutating func texts() -> [String]? { list { $0.text() } }

  package mutating func numbers() -> [Int]? { list { $0.number() } }

  /// A count, then that many values read by `read`; nil if any is missing.
  private mutating func list<Value>(_ read: (inout ByteReader) -> Value?) -> [Value]? {
    guard let count = count() else { return nil }
    var values: [Value] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      guard let value = read(&self) else { return nil }
      values.append(value)
    }
    return values
  }
}

/// A value saved as bytes handed over in parts (``write(_:)``), so that a large one is never
/// held twice; ``bytes`` joins the parts.
package protocol StreamedBytes {
  func write(_ emit: ([UInt8]) throws -> Void) rethrows
}

extension StreamedBytes {
  /// Every part, joined.
  package var bytes: [UInt8] {
    var out: [UInt8] = []
    write { out += $0 }
    return out
  }
}
