// Stage: Write → Discover (kept between builds). A `Codable` value as compact bytes.

#if !_endian(little)
  #error("the build caches store integers as the machine does: little-endian only")
#endif

/// A positional binary `Encoder` for ``CacheCoder``: fields in the order a type encodes them,
/// each keyed field behind a 4-byte tag of its key, integers in fixed width, strings and lists
/// behind their length, dictionaries as sorted (key, value) pairs.
///
/// The tags let a decoder tell an absent optional (synthesized `encodeIfPresent` writes
/// nothing) from the next field, and a layout from another. Lists of fixed-width integers
/// (index postings, keys) are copied as one block; other arrays are written as their length
/// and elements, without a container. With a `flush`, the bytes are handed over about a
/// megabyte at a time: all but those of a list container still open (its count is patched as
/// its elements come; it is done when the value that opened it is).
///
/// ```
/// struct S { var a: Int; var b: String? }  S(a: 1, b: nil)  →  tag(a) 01 [01 00 … 00]
/// ```
package final class BinaryEncoding: Encoder {
  package var codingPath: [any CodingKey] { [] }
  package var userInfo: [CodingUserInfoKey: Any] { [:] }
  /// The bytes not handed over yet.
  var bytes: [UInt8] = []
  /// How many bytes were handed over before ``bytes``.
  private var flushed = 0
  private let flushPart: (([UInt8]) throws -> Void)?
  /// Where the count of each list container still open is (from the start of the encoding),
  /// and how deep in values it was opened.
  private var openCounts: [(at: Int, depth: Int)] = []
  private var depth = 0

  /// An encoding that keeps its bytes, or hands them to `flush` a part at a time.
  init(flush: (([UInt8]) throws -> Void)? = nil) { flushPart = flush }

  package static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoding = BinaryEncoding()
    try encoding.value(value)
    return encoding.bytes
  }

  package static let partSize = 1 << 20

  /// Hands over what is done: the bytes before the first open list's count (all of them with
  /// `all`), once there is a part's worth, or at the end.
  func flush(all: Bool = false) throws {
    guard let flushPart, all || bytes.count >= Self.partSize else { return }
    let end = all ? bytes.count : min(bytes.count, (openCounts.first?.at ?? Int.max) - flushed)
    guard end > 0 else { return }
    try flushPart(Array(bytes[..<end]))
    bytes.removeFirst(end)
    flushed += end
  }

  /// Patches the count of the list whose count is at `at` (from the start of the encoding).
  func patchCount(at: Int, _ count: Int) {
    withUnsafeBytes(of: UInt32(count)) { counted in
      for index in 0..<4 { bytes[at - flushed + index] = counted[index] }
    }
  }

  func openCount() -> Int {
    let at = flushed + bytes.count
    openCounts.append((at, depth))
    fixed(UInt32(0))
    return at
  }

  /// A key's tag: FNV-1a of its name.
  static func tag(_ key: some CodingKey) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in key.stringValue.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return hash
  }

  func fixed<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
  }

  func length(_ value: Int) {
    var value = UInt(value)
    while value >= 0x80 {
      bytes.append(UInt8(value & 0x7F) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  func string(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      length(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  func block<T: FixedWidthInteger>(_ values: [T]) {
    length(values.count)
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }

  /// How a type is written: in a form of our own, or by its own encoding.
  enum Form {
    case string, bool, int, uint64, int32, uint32, int64, uint, int16, uint16, int8, uint8, double, float
    case strings, bytes, int32s, ints, uint64s, array, dictionary, own

    /// Found by the static type, not by casting a value: an empty array casts to any array type.
    init(_ type: Any.Type) {
      switch type {
      case is String.Type: self = .string
      case is Bool.Type: self = .bool
      case is Int.Type: self = .int
      case is UInt64.Type: self = .uint64
      case is Int32.Type: self = .int32
      case is UInt32.Type: self = .uint32
      case is Int64.Type: self = .int64
      case is UInt.Type: self = .uint
      case is Int16.Type: self = .int16
      case is UInt16.Type: self = .uint16
      case is Int8.Type: self = .int8
      case is UInt8.Type: self = .uint8
      case is Double.Type: self = .double
      case is Float.Type: self = .float
      case is [String].Type: self = .strings
      case is [UInt8].Type: self = .bytes
      case is [Int32].Type: self = .int32s
      case is [Int].Type: self = .ints
      case is [UInt64].Type: self = .uint64s
      case is any CacheCodedArray.Type: self = .array
      case is any CacheCodedDictionary.Type: self = .dictionary
      default: self = .own
      }
    }
  }

  /// The form of each type met so far: finding one costs a score of dynamic casts.
  private var forms: [ObjectIdentifier: Form] = [:]

  func form(_ type: Any.Type) -> Form {
    if let known = forms[ObjectIdentifier(type)] { return known }
    let form = Form(type)
    forms[ObjectIdentifier(type)] = form
    return form
  }

  /// Any value: the forms of our own first, then the value's own encoding. Every type the
  /// standard library encodes as a primitive is written here (its own encoding would call back).
  func value<T: Encodable>(_ value: T) throws {
    switch form(T.self) {
    case .string: string(value as! String)
    case .bool: bytes.append(value as! Bool ? 1 : 0)
    case .int: fixed(value as! Int)
    case .uint64: fixed(value as! UInt64)
    case .int32: fixed(value as! Int32)
    case .uint32: fixed(value as! UInt32)
    case .int64: fixed(value as! Int64)
    case .uint: fixed(value as! UInt)
    case .int16: fixed(value as! Int16)
    case .uint16: fixed(value as! UInt16)
    case .int8: fixed(value as! Int8)
    case .uint8: fixed(value as! UInt8)
    case .double: fixed((value as! Double).bitPattern)
    case .float: fixed((value as! Float).bitPattern)
    case .strings:
      let strings = value as! [String]
      length(strings.count)
      for text in strings {
        string(text)
        try flush()  // a list of strings can be tens of megabytes (an index's postings)
      }
    case .bytes: block(value as! [UInt8])
    case .int32s: block(value as! [Int32])
    case .ints: block(value as! [Int])
    case .uint64s: block(value as! [UInt64])
    case .array: try (value as! any CacheCodedArray).encodeElements(self)
    case .dictionary: try (value as! any CacheCodedDictionary).encodePairs(self)
    case .own:
      depth += 1
      try value.encode(to: self)
      // The lists this value opened are done.
      while let last = openCounts.last, last.depth >= depth { openCounts.removeLast() }
      depth -= 1
    }
    try flush()
  }

  package func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(Keyed<Key>(encoding: self))
  }

  package func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(encoding: self) }

  package func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoding: self) }

  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoding: BinaryEncoding
    var codingPath: [any CodingKey] { [] }

    func open(_ key: Key, present: Bool = true) {
      encoding.fixed(BinaryEncoding.tag(key))
      encoding.bytes.append(present ? 1 : 0)
    }

    mutating func encodeNil(forKey key: Key) throws { open(key, present: false) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      open(key)
      try encoding.value(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
      open(key)
      return encoding.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      open(key)
      return encoding.unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoding }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
      open(key)
      return encoding
    }
  }

  /// A list a type encodes itself (a range, a pair): a 4-byte count, patched as elements
  /// come, then the elements.
  struct Unkeyed: UnkeyedEncodingContainer {
    let encoding: BinaryEncoding
    let countAt: Int
    var count = 0
    var codingPath: [any CodingKey] { [] }

    init(encoding: BinaryEncoding) {
      self.encoding = encoding
      countAt = encoding.openCount()
    }

    private mutating func counted() {
      count += 1
      encoding.patchCount(at: countAt, count)
    }

    mutating func encodeNil() throws {
      throw EncodingError.invalidValue(Optional<Int>.none as Any, EncodingError.Context(codingPath: [], debugDescription: "a nil in a list is not encoded by the build cache"))
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
      counted()
      try encoding.value(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
      counted()
      return encoding.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      counted()
      return encoding.unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
      counted()
      return encoding
    }
  }

  /// One value, behind a byte that says whether it is nil.
  struct Single: SingleValueEncodingContainer {
    let encoding: BinaryEncoding
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoding.bytes.append(0) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      encoding.bytes.append(1)
      try encoding.value(value)
    }
  }
}

/// An array, which ``BinaryEncoding`` writes as its length and its elements.
protocol CacheCodedArray {
  func encodeElements(_ encoding: BinaryEncoding) throws
  static func decodeElements(_ decoding: BinaryDecoding) throws -> Self
}

extension Array: CacheCodedArray where Element: Codable {
  func encodeElements(_ encoding: BinaryEncoding) throws {
    encoding.length(count)
    for element in self { try encoding.value(element) }
  }

  static func decodeElements(_ decoding: BinaryDecoding) throws -> Self {
    let count = try decoding.length()
    var elements: Self = []
    elements.reserveCapacity(count)
    for _ in 0..<count { elements.append(try decoding.value(Element.self)) }
    return elements
  }
}

/// A dictionary with string keys, which ``BinaryEncoding`` writes as its (key, value) pairs in
/// key order, so that the same dictionary gives the same bytes.
protocol CacheCodedDictionary {
  func encodePairs(_ encoding: BinaryEncoding) throws
  static func decodePairs(_ decoding: BinaryDecoding) throws -> Self
}

extension Dictionary: CacheCodedDictionary where Key == String, Value: Codable {
  func encodePairs(_ encoding: BinaryEncoding) throws {
    encoding.length(count)
    for key in keys.sorted() {
      encoding.string(key)
      try encoding.value(self[key]!)
    }
  }

  static func decodePairs(_ decoding: BinaryDecoding) throws -> Self {
    let count = try decoding.length()
    var dictionary: Self = [:]
    dictionary.reserveCapacity(count)
    for _ in 0..<count {
      let key = try decoding.string()
      dictionary[key] = try decoding.value(Value.self)
    }
    return dictionary
  }
}
