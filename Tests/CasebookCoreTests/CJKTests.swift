// One CJK classification: search's bigram characters, the man pages' wide characters, and the
// browser's copy of the first.

import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite struct CJKTests {
  @Test("ideographic characters are wide; CJK punctuation and full-width forms are wide only; Latin is neither")
  func classes() {
    for text in ["链", "ぁ", "ア", "한", "丽", "𠀀", "㐀"] {
      let scalar = text.unicodeScalars.first!
      #expect(CJK.isIdeographic(scalar) && CJK.isWide(scalar), "\(text)")
    }
    for text in ["，", "。", "（", "ㄅ", "⺀"] {
      let scalar = text.unicodeScalars.first!
      #expect(!CJK.isIdeographic(scalar) && CJK.isWide(scalar), "\(text)")
    }
    for text in ["a", "é", "ß", "—", "α", " "] {
      let scalar = text.unicodeScalars.first!
      #expect(!CJK.isIdeographic(scalar) && !CJK.isWide(scalar), "\(text)")
    }
  }

  @Test("search.js tells ideographic characters by the same ranges")
  func browserMirror() throws {
    let script = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Templates/assets/search.js"), encoding: .utf8)
    let function = try #require(script.firstMatch(of: /function isCJK\(ch\) \{(?<body>[^}]*)\}/)?.body)
    let ranges = function.matches(of: /v >= 0x(?<low>[0-9A-F]+) && v <= 0x(?<high>[0-9A-F]+)/).map { (UInt32($0.low, radix: 16)!, UInt32($0.high, radix: 16)!) }
    #expect(ranges.count == 6)
    // Every range's ends and the values just outside them classify the same in both.
    for (low, high) in ranges {
      for value in [low, high] { #expect(CJK.isIdeographic(Unicode.Scalar(value)!), "\(String(value, radix: 16))") }
    }
    let inJS = { (value: UInt32) in ranges.contains { $0.0 <= value && value <= $0.1 } }
    let differing = (UInt32(0)...0x3_0000).filter { value in
      Unicode.Scalar(value).map { CJK.isIdeographic($0) != inJS(value) } ?? false
    }
    #expect(differing.isEmpty, "\(differing.prefix(5).map { String($0, radix: 16) })")
  }
}
