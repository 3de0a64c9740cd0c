import CasebookCore
import Testing

@Suite struct CacheCoderTests {
  struct Sample: Codable, Equatable {
    enum Kind: String, Codable { case one, two }
    var number: Int
    var note: String?
    var kinds: [Kind?]
    var byName: [String: [Int32]]
    var nested: [[UInt64]]
    /// Empty lists of another element type: an empty array casts to any array type, so the
    /// coder must go by the static type.
    var lists: [[String]]
    var ratio: Double
    var small: Int16
    var flag: Bool?
    var last: String
  }

  static let sample = Sample(
    number: -42, note: nil, kinds: [.two, nil, .one], byName: ["b": [1, -2, Int32.max], "a": [], "中文": [7]],
    nested: [[], [UInt64.max, 0]], lists: [[], ["x"], []], ratio: -0.125, small: -300, flag: false, last: "after an absent optional")

  @Test("a value reads back as it was: absent optionals, nils in lists, dictionaries, every primitive")
  func roundTrip() throws {
    let bytes = try CacheCoder.encode(Self.sample, kind: "test")
    #expect(CacheCoder.decode(Sample.self, from: bytes, kind: "test") == Self.sample)
    var present = Self.sample
    present.note = "here"
    present.flag = nil
    #expect(CacheCoder.decode(Sample.self, from: try CacheCoder.encode(present, kind: "test"), kind: "test") == present)
  }

  @Test("the same value gives the same bytes: dictionaries are written in key order")
  func deterministic() throws {
    var reordered = [String: [Int32]]()
    for key in ["中文", "a", "b"] { reordered[key] = Self.sample.byName[key] }
    var other = Self.sample
    other.byName = reordered
    #expect(try CacheCoder.encode(other, kind: "test") == CacheCoder.encode(Self.sample, kind: "test"))
  }

  @Test("bytes of another kind, version or layout, cut, lengthened or changed give nil, never a crash")
  func refusals() throws {
    let bytes = try CacheCoder.encode(Self.sample, kind: "test")
    #expect(CacheCoder.decode(Sample.self, from: bytes, kind: "other") == nil)
    #expect(CacheCoder.decode(Sample.self, from: Array("casebook test 0\n".utf8) + bytes.dropFirst(CacheCoder.header(kind: "test").count), kind: "test") == nil)
    #expect(CacheCoder.decode([String].self, from: bytes, kind: "test") == nil, "another layout")
    for cut in [0, 1, 10, 20, bytes.count / 2, bytes.count - 1] {
      #expect(CacheCoder.decode(Sample.self, from: Array(bytes.prefix(cut)), kind: "test") == nil)
    }
    #expect(CacheCoder.decode(Sample.self, from: bytes + [0], kind: "test") == nil)
    // Every byte of the payload changed in turn: the checksum refuses each.
    let payloadStart = CacheCoder.header(kind: "test").count + 8
    for index in payloadStart..<bytes.count {
      var changed = bytes
      changed[index] ^= 0x41
      #expect(CacheCoder.decode(Sample.self, from: changed, kind: "test") == nil)
    }
    // A payload whose checksum holds but whose fields are not the type's: refused by the tags.
    struct Renamed: Codable { var count: Int }
    #expect(CacheCoder.decode(Renamed.self, from: try CacheCoder.encode(["number": 1], kind: "test"), kind: "test") == nil)
    #expect(CacheCoder.decode(Renamed.self, from: try CacheCoder.encode(Self.sample, kind: "test"), kind: "test") == nil)
  }

  @Test("a large value is handed over in parts of about a megabyte that join into the file; a list a type encodes itself is patched before its part goes")
  func parts() throws {
    struct Item: Codable, Equatable {
      var name: String
      var span: Range<Int>
      var pair: ClosedRange<Int>
    }
    let items = (0..<60_000).map { Item(name: "item \($0)", span: $0..<($0 + 3), pair: 0...$0) }
    var parts: [[UInt8]] = []
    let checksum = try CacheCoder.encode(items, kind: "test") { parts.append($0) }
    let joined = parts.flatMap { $0 }
    #expect(parts.count > 4)
    // The header, parts of about a megabyte (one ends before an open range's count), the
    // rest, the checksum.
    #expect(parts.dropFirst().dropLast(2).allSatisfy { abs($0.count - BinaryEncoding.partSize) < 1_000 }, "\(parts.map(\.count))")
    #expect(CacheCoder.checksum(of: joined) == checksum)
    #expect(joined == (try CacheCoder.encode(items, kind: "test")))
    #expect(CacheCoder.decode([Item].self, from: joined, kind: "test") == items)
  }
}
