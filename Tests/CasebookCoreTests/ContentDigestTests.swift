import CasebookCore
import Testing

@Suite struct ContentDigestTests {
  @Test("a digest tells bytes apart, empty from a zero byte too")
  func differentBytes() {
    #expect(ContentDigest.of(Array("abcdefghi".utf8)) != ContentDigest.of(Array("abcdefghj".utf8)))
    #expect(ContentDigest.of([]) != ContentDigest.of([0]))
  }

  @Test("a file digested as its parts come has the digest of the whole, however it is cut")
  func streamedDigest() {
    var generator = SystemRandomNumberGenerator()
    for length in [0, 1, 7, 8, 9, 63, 64, 65, 1_000] {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      for _ in 0..<20 {
        var cuts = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Int.random(in: 0...length, using: &generator) }.sorted()
        cuts = [0] + cuts + [length]
        var stream = ContentDigest.Stream()
        for (from, to) in zip(cuts, cuts.dropFirst()) { stream.add(Array(bytes[from..<to])) }
        #expect(stream.value == ContentDigest.of(bytes), "\(length) bytes cut at \(cuts)")
      }
    }
  }

  @Test("fields keep their bounds: (ab, c) is not (a, bc)")
  func fields() {
    func key(_ fields: [String]) -> UInt64 {
      var stream = ContentDigest.Stream()
      for field in fields { stream.add(field: field) }
      return stream.value
    }
    #expect(key(["ab", "c"]) != key(["a", "bc"]))
    #expect(key(["ab", ""]) != key(["ab"]))
    #expect(key(["ab", "c"]) == key(["ab", "c"]))
  }
}
