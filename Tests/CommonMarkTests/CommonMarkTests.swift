import CommonMark
import Testing

@Suite struct CommonMarkTests {
  @Test("parse copies kinds, levels, literals and byte positions")
  func parseTree() {
    let (document, flattened) = CommonMark.parse("\n\n## Symptom\n\nIt `fails` *now*.\n\n```go\nx := 1\n```\n")
    #expect(!flattened)
    #expect(document.kind == .document)
    #expect(document.children.map(\.kind) == [.heading, .paragraph, .codeBlock])
    let heading = document.children[0]
    #expect(heading.headingLevel == 2)
    #expect(heading.start == CommonMarkPosition(line: 3, column: 1))
    #expect(heading.plainText == "Symptom")
    #expect(document.children[1].plainText == "It fails now.")
    #expect(document.children[1].children.map(\.kind) == [.text, .code, .text, .emphasis, .text])
    let code = document.children[2]
    #expect(code.fenceInfo == "go")
    #expect(code.literal == "x := 1\n")
  }

  @Test("columns are UTF-8 bytes, as libcmark reports them")
  func byteColumns() {
    let (document, _) = CommonMark.parse("症状 <b>x</b>\n")
    let html = document.children[0].children.first { $0.kind == .htmlInline }
    #expect(html?.start == CommonMarkPosition(line: 1, column: 8))
  }

  @Test("nesting beyond the limit is kept as text, not lost")
  func deepNesting() {
    let source = String(repeating: "> ", count: CommonMark.maximumDepth + 50) + "deep words\n"
    let (document, flattened) = CommonMark.parse(source)
    #expect(flattened)
    #expect(document.plainText.contains("deep words"))
  }

  @Test("HTML rendering is always safe")
  func safeHTML() {
    let html = CommonMark.renderHTML("<script>alert(1)</script>\n\n[x](javascript:alert(1)) *ok*\n", options: [.unsafe])
    #expect(!html.contains("<script"))
    #expect(!html.contains("javascript:"))
    #expect(html.contains("<em>ok</em>"))
  }
}
