// Stage: Discover (kept between builds). Compact bytes back into a `Codable` value.

/// Reads what ``BinaryEncoding`` wrote, in the same order; any mismatch (a tag that is not the
/// key asked for, bytes past the end, a count too large) throws `DecodingError.dataCorrupted`.
package final class BinaryDecoding: Decoder {
  package var codingPath: [any CodingKey] { [] }
  package var userInfo: [CodingUserInfoKey: Any] { [:] }
  let bytes: [UInt8]
  var index = 0
  /// Where the value's bytes end.
  let end: Int

  init(_ bytes: [UInt8], start: Int, end: Int) {
    self.bytes = bytes
    index = start
    self.end = end
  }

  /// The value the bytes from `start` to `end` hold, which must be all of them.
  package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], start: Int = 0, end: Int? = nil) throws -> T {
    let decoding = BinaryDecoding(bytes, start: start, end: min(end ?? bytes.count, bytes.count))
    let value = try decoding.value(type)
    guard decoding.index == decoding.end else { throw corrupted("bytes after the value") }
    return value
  }

  static func corrupted(_ description: String) -> DecodingError {
    DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "build cache: \(description)"))
  }

  func byte() throws -> UInt8 {
    guard index < end else { throw Self.corrupted("ends early") }
    defer { index += 1 }
    return bytes[index]
  }

  func fixed<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    let size = MemoryLayout<T>.size
    guard end - index >= size else { throw Self.corrupted("ends early") }
    var value = T.zero
    withUnsafeMutableBytes(of: &value) { target in
      bytes.withUnsafeBytes { source in target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[index..<(index + size)])) }
    }
    index += size
    return value
  }

  func length() throws -> Int {
    var value = 0, shift = 0
    while shift < 63 {
      let next = try byte()
      value |= Int(next & 0x7F) << shift
      shift += 7
      if next & 0x80 == 0 {
        guard value <= end - index else { throw Self.corrupted("a length past the end") }
        return value
      }
    }
    throw Self.corrupted("a length too long")
  }

  func string() throws -> String {
    let count = try length()
    defer { index += count }
    return String(decoding: bytes[index..<(index + count)], as: UTF8.self)
  }

  func block<T: FixedWidthInteger>(_ type: T.Type) throws -> [T] {
    let count = try length()
    let size = count * MemoryLayout<T>.size
    guard end - index >= size else { throw Self.corrupted("ends early") }
    let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { source in UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[index..<(index + size)])) }
      initialized = count
    }
    index += size
    return values
  }

  /// The form of each type met so far (``BinaryEncoding/Form``).
  private var forms: [ObjectIdentifier: BinaryEncoding.Form] = [:]

  /// Any value, as ``BinaryEncoding/value(_:)`` wrote it.
  func value<T: Decodable>(_ type: T.Type) throws -> T {
    let form: BinaryEncoding.Form
    if let known = forms[ObjectIdentifier(type)] {
      form = known
    } else {
      form = BinaryEncoding.Form(type)
      forms[ObjectIdentifier(type)] = form
    }
    switch form {
    case .string: return try string() as! T
    case .bool:
      let flag = try byte()
      guard flag <= 1 else { throw Self.corrupted("a flag that is neither 0 nor 1") }
      return (flag == 1) as! T
    case .int: return try fixed(Int.self) as! T
    case .uint64: return try fixed(UInt64.self) as! T
    case .int32: return try fixed(Int32.self) as! T
    case .uint32: return try fixed(UInt32.self) as! T
    case .int64: return try fixed(Int64.self) as! T
    case .uint: return try fixed(UInt.self) as! T
    case .int16: return try fixed(Int16.self) as! T
    case .uint16: return try fixed(UInt16.self) as! T
    case .int8: return try fixed(Int8.self) as! T
    case .uint8: return try fixed(UInt8.self) as! T
    case .double: return Double(bitPattern: try fixed(UInt64.self)) as! T
    case .float: return Float(bitPattern: try fixed(UInt32.self)) as! T
    case .strings:
      let count = try length()
      var strings: [String] = []
      strings.reserveCapacity(count)
      for _ in 0..<count { strings.append(try string()) }
      return strings as! T
    case .bytes: return try block(UInt8.self) as! T
    case .int32s: return try block(Int32.self) as! T
    case .ints: return try block(Int.self) as! T
    case .uint64s: return try block(UInt64.self) as! T
    case .array: return try (type as! any CacheCodedArray.Type).decodeElements(self) as! T
    case .dictionary: return try (type as! any CacheCodedDictionary.Type).decodePairs(self) as! T
    case .own: return try T(from: self)
    }
  }

  package func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(Keyed<Key>(decoding: self))
  }

  package func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try Unkeyed(decoding: self) }

  package func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(decoding: self) }

  struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoding: BinaryDecoding
    var codingPath: [any CodingKey] { [] }
    /// Keys are not listed: fields are read in the order they were written.
    var allKeys: [Key] { [] }

    /// Whether the next field is `key`'s (an optional left out is not there).
    func contains(_ key: Key) -> Bool {
      (try? peekTag()) == BinaryEncoding.tag(key)
    }

    private func peekTag() throws -> UInt32 {
      let start = decoding.index
      defer { decoding.index = start }
      return try decoding.fixed(UInt32.self)
    }

    /// Moves past `key`'s tag; whether a value follows (not a nil).
    private func open(_ key: Key) throws -> Bool {
      guard try decoding.fixed(UInt32.self) == BinaryEncoding.tag(key) else { throw BinaryDecoding.corrupted("expected the field '\(key.stringValue)'") }
      switch try decoding.byte() {
      case 1: return true
      case 0: return false
      default: throw BinaryDecoding.corrupted("a field mark that is neither 0 nor 1")
      }
    }

    func decodeNil(forKey key: Key) throws -> Bool {
      let start = decoding.index
      if try open(key) {
        decoding.index = start
        return false
      }
      return true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
      guard try open(key) else { throw BinaryDecoding.corrupted("'\(key.stringValue)' is nil") }
      return try decoding.value(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
      guard try open(key) else { throw BinaryDecoding.corrupted("'\(key.stringValue)' is nil") }
      return try decoding.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
      guard try open(key) else { throw BinaryDecoding.corrupted("'\(key.stringValue)' is nil") }
      return try decoding.unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoding }

    func superDecoder(forKey key: Key) throws -> any Decoder {
      guard try open(key) else { throw BinaryDecoding.corrupted("'\(key.stringValue)' is nil") }
      return decoding
    }
  }

  struct Unkeyed: UnkeyedDecodingContainer {
    let decoding: BinaryDecoding
    let count: Int?
    var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex == count }

    init(decoding: BinaryDecoding) throws {
      self.decoding = decoding
      let count = Int(try decoding.fixed(UInt32.self))
      guard count <= decoding.end - decoding.index else { throw BinaryDecoding.corrupted("a count past the end") }
      self.count = count
    }

    private mutating func next() throws {
      guard !isAtEnd else { throw BinaryDecoding.corrupted("a list read past its end") }
      currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
      try next()
      return try decoding.value(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
      try next()
      return try decoding.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
      try next()
      return try decoding.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
      try next()
      return decoding
    }
  }

  struct Single: SingleValueDecodingContainer {
    let decoding: BinaryDecoding
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
      guard decoding.index < decoding.end, decoding.bytes[decoding.index] == 0 else { return false }
      decoding.index += 1
      return true
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
      guard try decoding.byte() == 1 else { throw BinaryDecoding.corrupted("a value mark that is not 1") }
      return try decoding.value(type)
    }
  }
}
