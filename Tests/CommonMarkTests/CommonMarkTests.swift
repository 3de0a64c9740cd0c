import Ccmark
import CommonMark
import Foundation
import Synchronization
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

  /// The outline the tree gives: what `CommonMark.outline` must give without building it.
  static func outlineFromTree(_ text: String) -> (blocks: [BlockOutline], flattened: Bool) {
    func html(in node: MarkdownNode) -> [BlockOutline.HTML] {
      (node.kind == .htmlBlock || node.kind == .htmlInline ? [BlockOutline.HTML(start: node.start, literal: node.literal)] : [])
        + node.children.flatMap(html)
    }
    func links(in node: MarkdownNode) -> [BlockOutline.Link] {
      (node.kind == .link || node.kind == .image ? [BlockOutline.Link(start: node.start, destination: node.url ?? "", isImage: node.kind == .image)] : [])
        + node.children.flatMap(links)
    }
    let (document, flattened) = CommonMark.parse(text)
    let blocks = document.children.map { block in
      BlockOutline(
        kind: block.kind, headingLevel: block.headingLevel, start: block.start, endLine: block.end?.line ?? 0, literal: block.kind == .htmlBlock ? block.literal : nil,
        plainText: block.plainText, html: html(in: block), links: links(in: block))
    }
    return (blocks, flattened)
  }

  @Test("the outline of a document is what its tree gives", arguments: [
    "\n\n## Symptom\n\nIt `fails` *now*.\n\n```go\nx := 1\n```\n",
    "<!-- note -->\n\n## A <b>bold</b> heading\n\n<div>\nblock\n</div>\n\n---\n\ntext<br>more  \nhard break\n",
    "- one\n- two\n\n  second paragraph\n\n  > quoted *x*\n  > ```\n  > code\n  > ```\n\n1. a\n2. b\n",
    "> a\n>\n> - b\n>   - c\n>\n>     d\n\n![alt *text*](i.png \"t\") [link `code`](u)\n",
    "### Alt\n\n    indented code\n\nlast",
    "- see [a *b*](a.md#x) and <https://c.example>\n\n> [d](<d e.md>) and ![i](i.md) [[e]](e.md)\n",
    "- item\n\n  ```\n  code\n  ```\n\n  after code\n\n> ```\n> quoted code\n> ```\n> after quoted code\n",
    "",
    String(repeating: "> ", count: 200) + "deep words\n\nafter\n",
    String(repeating: "- ", count: 140) + "deep item <i>x</i>\n\n" + String(repeating: "> ", count: 127) + "- edge\n",
  ])
  func outlineMatchesTree(_ text: String) {
    let outline = CommonMark.parseBlocks(text)
    let tree = Self.outlineFromTree(text)
    #expect(outline.flattened == tree.flattened)
    #expect(outline.outline == tree.blocks)
  }

  @Test("a link may be given another destination in the HTML, still in safe mode; the outline and the trees keep it as written")
  func linkDestinations() {
    let text = "[a](a.md#x \"t\") [b](https://b.example/) [c](c.md)\n"
    let parsed = CommonMark.parseBlocks(text, products: [.html, .tree]) { destination in
      switch destination {
      case "a.md#x": "../a/index.html#x\" onclick=\"x"
      case "c.md": "javascript:alert(1)"
      default: nil
      }
    }
    #expect(parsed.html == [#"<p><a href="../a/index.html#x%22%20onclick=%22x" title="t">a</a> <a href="https://b.example/">b</a> c</p>"# + "\n"])
    #expect(parsed.outline[0].links.map(\.destination) == ["a.md#x", "https://b.example/", "c.md"])
    #expect(parsed.blocks[0].children.compactMap(\.url) == ["a.md#x", "https://b.example/", "c.md"])
  }

  @Test("the outline of every case of the site is what its tree gives")
  func outlineMatchesTreeOnCases() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Content/cases").standardized
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
    #expect(!names.isEmpty)
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      #expect(CommonMark.parseBlocks(text).outline == Self.outlineFromTree(text).blocks, "\(name)")
    }
  }

  @Test("documents parsed into the thread's arena render as with the system's allocator, on every core, at every size")
  func arenaRendering() {
    // Blocks of every kind, some of them far larger than an arena block (256 KB), so that
    // buffers grow in place, move, and get blocks of their own.
    var generator = SystemRandomNumberGenerator()
    func block(_ number: Int) -> String {
      let words = (0..<Int.random(in: 1...40, using: &generator)).map { "w\($0 * number % 97)" }.joined(separator: " ")
      switch Int.random(in: 0..<9, using: &generator) {
      case 0: return "## Heading \(number) *em*"
      case 1: return "```sh\n" + String(repeating: "make install \(number) && ./run --flag=\(number)\n", count: [1, 20, 9000].randomElement(using: &generator)!) + "```"
      case 2: return "- \(words)\n- [ref\(number % 5)] and `code`\n  - nested **\(words)**"
      case 3: return "> quoted \(words)\n>\n> > deeper <span>html</span>"
      case 4: return "[ref\(number % 5)]: https://example.org/\(number) \"title\""
      case 5: return String(repeating: words + " ", count: [1, 50, 12000].randomElement(using: &generator)!)
      case 6: return "1. one\n2. ![img](javascript:x) [link](vbscript:y)\n3. <b>raw</b>"
      case 7: return "    indented code \(number)"
      default: return words + "  \nhard break \\\n" + words
      }
    }
    let texts = (0..<64).map { _ in (0..<Int.random(in: 0...30, using: &generator)).map(block).joined(separator: "\n\n") + "\n" }
    /// libcmark's rendering with its own allocator, in safe mode, with the refused link and
    /// image of the blocks above as the wrapper leaves them (their text).
    @Sendable func systemRendering(_ text: String) -> String {
      var text = text
      let html = text.withUTF8 { bytes in
        bytes.withMemoryRebound(to: CChar.self) { chars -> String in
          guard let rendered = cmark_markdown_to_html(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT) else { return "" }
          defer { free(rendered) }
          return String(cString: rendered)
        }
      }
      return html.replacingOccurrences(of: #"<img src="" alt="img" />"#, with: "img").replacingOccurrences(of: #"<a href="">link</a>"#, with: "link")
    }
    let mismatches = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: texts.count) { index in
      let text = texts[index]
      let parsed = CommonMark.parseBlocks(text, products: [.html])
      let count = parsed.outline.count
      let grouped = parsed.html.joined()
      if grouped != CommonMark.renderHTML(text) || grouped != systemRendering(text) || CommonMark.parse(text).document.children.count != count {
        mismatches.withLock { $0.append(String(text.prefix(200))) }
      }
    }
    #expect(mismatches.withLock { $0 } == [])
  }

  @Test("HTML rendering is always safe")
  func safeHTML() {
    let html = CommonMark.renderHTML("<script>alert(1)</script>\n\n[x](javascript:alert(1)) *ok*\n", options: [.unsafe])
    #expect(!html.contains("<script"))
    #expect(!html.contains("javascript:"))
    #expect(html.contains("<em>ok</em>"))
  }

  @Test("a line reads as inline Markdown: code spans, emphasis and strong keep their styles, links and images their text, raw HTML and entities read as text")
  func inlineRuns() {
    func runs(_ line: String) -> [String] {
      CommonMark.inlineRuns(of: [line])[0].map { ($0.code ? "c" : "") + ($0.emphasis ? "e" : "") + ($0.strong ? "s" : "") + ":" + $0.text }
    }
    #expect(runs("After `nginx -s reload`, *some* workers") == [":After ", "c:nginx -s reload", ":, ", "e:some", ": workers"])
    #expect(runs("**bold *both*** and `a<b`") == ["s:bold ", "es:both", ": and ", "c:a<b"])
    #expect(runs("see [the docs](javascript:alert(1)) or ![a diagram](x.png)") == [":see the docs or a diagram"])
    #expect(runs("x <b>y</b> &amp; &lt;z&gt;") == [":x <b>y</b> & <z>"])
    #expect(runs("  ```a``` then  ") == ["c:a", ": then"], "a code span at the start is not a fence; spaces around go")
    #expect(runs("") == [])
  }

  @Test("a line that would start a block reads as its text, and reads the same whatever lines are parsed with it")
  func inlineRunsNeverBlocks() {
    let starts = [
      "# heading", "###### six", "> quote", "- item", "* item", "+ item", "1. first", "12) twelfth", "---", "***", "* * *", "___", "```",
      "```go", "~~~", "<div>", "<!-- open", "<script>alert(1)", "<pre>", "[ref]: https://example.org/", "    indented", "=====",
      "<?php", "<![CDATA[x", "<!DOCTYPE",
      // A combining mark joins the character before it into one Swift Character; libcmark reads bytes.
      "```\u{301}", "~~~\u{301}", "[\u{301}ref]: https://example.org/", "[ref]:\u{301}https://example.org/", "- \u{301}item", "1. \u{301}x",
      ">\u{301} quote", "#\u{301}",
    ]
    for line in starts {
      #expect(CommonMark.inlineRuns(of: [line])[0] == [InlineRun(text: line.trimmingCharacters(in: .whitespaces))], "\(line)")
    }
    let mixed = starts + ["[\u{301}ref] and [ref] used", "\u{FEFF}*a byte order mark* first", "*emphasis* first", "`code` first", "plain"]
    let together = CommonMark.inlineRuns(of: mixed + mixed.reversed())
    #expect(together == (mixed + mixed.reversed()).map { CommonMark.inlineRuns(of: [$0])[0] })
    #expect(together[mixed.count - 3] == [InlineRun(text: "emphasis", emphasis: true), InlineRun(text: " first")])
  }
}
