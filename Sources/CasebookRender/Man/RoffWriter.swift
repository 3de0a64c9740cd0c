// Stage: Render (man pages). Markdown blocks → man(7) roff.

internal import CasebookCore
internal import CommonMark

/// Writes man(7) roff from Markdown blocks, one request or text line at a time.
///
/// Text lines are wrapped at 78 bytes as mandoc counts them (a CJK character counts as its
/// `\[uXXXX]` spelling), at spaces or, inside a long word, with an escaped newline, which joins
/// lines without a space for groff, mandoc and lexgrog alike. Long words get `\:` break points
/// after `/` and between CJK characters, so groff never has to overrun a line. Code blocks are
/// no-fill blocks with every line kept.
///
/// ```
/// Run `make`:        →  .PP
///                       Run \fBmake\fR:
/// ```
/// ```                →  .RS 4
/// .PHONY: all           .nf
/// ```                   \&.PHONY: all
///                       .fi
///                       .RE
/// ```
struct RoffWriter {
  /// The page so far, as UTF-8.
  private var output: [UInt8] = []
  private var filler = LineFiller()
  static let lineLimit = 78

  /// The page written so far.
  var text: String { String(decoding: output, as: UTF8.self) }
  /// The last request written, to skip paragraph macros that mandoc would ignore.
  private var lastRequest = ""

  /// The page header: `.TH`, left-adjusted text and no hyphenation (hyphens in copied
  /// commands would break them).
  mutating func header(title: String, section: Int, date: String, source: String, manual: String) {
    write(".TH \(Roff.quoted(title)) \"\(section)\" \"\(date.filter { $0.isNumber || $0 == "-" })\" \(Roff.quoted(source)) \(Roff.quoted(manual))\n")
    write(".ad l\n.nh\n")
    lastRequest = "TH"
  }

  /// The NAME line: `name \- summary`, wrapped only at spaces and without break points, so
  /// `lexgrog` reads back exactly the summary.
  mutating func nameLine(_ name: String, _ summary: String) {
    request("SH", ["NAME"])
    filled { $0.plain("\(name) - \(summary)", breakPoints: false) }
  }

  // MARK: - Requests

  private mutating func write(_ string: String) {
    output.append(contentsOf: string.utf8)
  }

  mutating func comment(_ line: String) {
    write(".\\\" " + Roff.escape(line) + "\n")
  }

  mutating func request(_ name: String, _ arguments: [String] = []) {
    rawRequest(name + arguments.map { " " + Roff.quoted($0) }.joined())
  }

  /// A request whose arguments are already roff (`.IP \(bu 2`).
  mutating func rawRequest(_ line: String) {
    let name = String(line.prefix { $0 != " " })
    if name == "PP" && ["SH", "SS", "PP", "TH"].contains(lastRequest) { return }
    output.append(UInt8(ascii: "."))
    write(line)
    output.append(UInt8(ascii: "\n"))
    lastRequest = name
  }

  /// A plain paragraph of text.
  mutating func paragraph(_ plain: String) {
    request("PP")
    line(plain)
  }

  /// One piece of plain text, wrapped.
  mutating func line(_ plain: String) {
    filled { $0.plain(plain) }
  }

  /// A no-fill block: every line shown as written.
  mutating func codeBlock(_ literal: String) {
    // Lines split on the byte: a line feed is a character of its own (text reaches here with
    // LF line endings only), and splitting characters would find every grapheme's end.
    var lines = literal.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    if lines.last?.isEmpty == true { lines.removeLast() }
    rawRequest("RS 4")
    rawRequest("nf")
    for line in lines {
      write("\\&")
      write(Roff.escape(Roff.expandTabs(line)))
      output.append(UInt8(ascii: "\n"))
    }
    lastRequest = "nf"
    rawRequest("fi")
    rawRequest("RE")
  }

  // MARK: - Markdown blocks

  /// Writes blocks of a section body; `###` and deeper headings become subsections or bold lines.
  mutating func blocks(_ nodes: [MarkdownNode]) {
    for node in nodes { block(node, inList: false) }
  }

  private mutating func block(_ node: MarkdownNode, inList: Bool) {
    switch node.kind {
    case .paragraph:
      if !inList { request("PP") }
      filled { $0.inline(node.children, font: .regular) }
    case .heading:
      if node.headingLevel <= 3 {
        request("SS", [node.plainText])
      } else {
        request("PP")
        filled { $0.inline(node.children, font: .bold) }
      }
    case .codeBlock:
      if !inList { request("PP") }
      codeBlock(node.literal ?? "")
    case .list:
      list(node)
    case .blockQuote:
      rawRequest("RS 4")
      for child in node.children { block(child, inList: false) }
      rawRequest("RE")
    case .thematicBreak:
      rawRequest("sp")
    case .htmlBlock, .customBlock:
      break  // raw HTML is never rendered
    default:
      if !node.children.isEmpty { for child in node.children { block(child, inList: inList) } }
    }
  }

  private mutating func list(_ node: MarkdownNode) {
    var number = node.listStart
    for item in node.children {
      let tag = node.listOrdered ? "\(number)." : "\\(bu"
      number += 1
      rawRequest("IP \(node.listOrdered ? "\"\(tag)\"" : tag) \(node.listOrdered ? 4 : 2)")
      for (index, child) in item.children.enumerated() {
        switch child.kind {
        case .paragraph:
          if index > 0 { rawRequest("IP \"\" \(node.listOrdered ? 4 : 2)") }
          block(child, inList: true)
        case .list:
          rawRequest("RS \(node.listOrdered ? 4 : 2)")
          list(child)
          rawRequest("RE")
        default:
          block(child, inList: true)
        }
      }
    }
  }

  // MARK: - Inline text

  enum Font {
    case regular, italic, bold, boldItalic
    var escape: String {
      switch self {
      case .regular: "\\fR"
      case .italic: "\\fI"
      case .bold: "\\fB"
      case .boldItalic: "\\f(BI"
      }
    }
    var withBold: Font { self == .italic || self == .boldItalic ? .boldItalic : .bold }
    var withItalic: Font { self == .bold || self == .boldItalic ? .boldItalic : .italic }
  }

  /// Feeds plain text to the line filler: each character's roff as a piece, with `\:` break
  /// points after `/`, between CJK characters, and after every ``longRun`` characters of a run
  /// that has none (a pasted line of `[[[[…` or a long hash), so groff never has to overrun a
  /// line or search a whole paragraph for a break.
  private mutating func plain(_ plain: String, breakPoints: Bool = true) {
    // Printable ASCII (with tabs and newlines): byte by byte, without grapheme breaking.
    var text = plain
    let ascii = text.withUTF8 { bytes -> Bool in
      guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A }) else { return false }
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }
      var index = 0
      while index < bytes.count {
        if isSpace(bytes[index]) {
          filler.space(into: &output)
          index += 1
          continue
        }
        // A word: whole when nothing in it is escaped or followed by a break point.
        var end = index
        var whole = true
        while end < bytes.count, !isSpace(bytes[end]) {
          if Roff.isSpecial(bytes[end]) || (breakPoints && bytes[end] == UInt8(ascii: "/")) { whole = false }
          end += 1
        }
        let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
        index = end
        if breakPoints && word.count > Self.longRun { whole = false }
        guard !whole else {
          // A space after it ends the word here (most words): placed at once.
          if end < bytes.count { filler.word(word, into: &output) } else { filler.bytes(word) }
          continue
        }
        var run = 0
        for byte in word {
          if breakPoints && run == Self.longRun {
            filler.piece("\\:")
            run = 0
          }
          run += 1
          if Roff.isSpecial(byte) {
            filler.piece(Roff.escape(Character(Unicode.Scalar(byte))))
          } else {
            filler.byte(byte)
            if breakPoints && byte == UInt8(ascii: "/") {
              filler.piece("\\:")
              run = 0
            }
          }
        }
      }
      return true
    }
    if !ascii {
      var previousWide = false
      var run = 0
      for character in plain {
        if character == " " || character == "\t" || character == "\n" {
          filler.space(into: &output)
          previousWide = false
          run = 0
          continue
        }
        let wide = Self.isWide(character)
        if breakPoints && ((wide && previousWide) || run == Self.longRun) {
          filler.piece("\\:")
          run = 0
        }
        run += 1
        filler.piece(Roff.escape(character))
        if breakPoints && character == "/" {
          filler.piece("\\:")
          run = 0
        }
        previousWide = wide
      }
    }
  }

  /// The most characters a run goes without a break point.
  static let longRun = 60

  /// CJK characters, between which lines may break without a space (``CJK/isWide(_:)``).
  static func isWide(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(CJK.isWide) ?? false
  }

  /// How long a piece is in mandoc's count: non-ASCII characters as their `\[uXXXX]` spelling.
  static func cost(_ piece: String) -> Int {
    piece.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : ($1.value > 0xFFFF ? 9 : 8)) }
  }

  private mutating func inline(_ nodes: [MarkdownNode], font: Font) {
    for node in nodes {
      switch node.kind {
      case .text:
        plain(node.literal ?? "")
      case .code:
        filler.piece(font.withBold.escape)
        plain(node.literal ?? "")
        filler.piece(font.escape)
      case .emphasis:
        filler.piece(font.withItalic.escape)
        inline(node.children, font: font.withItalic)
        filler.piece(font.escape)
      case .strong:
        filler.piece(font.withBold.escape)
        inline(node.children, font: font.withBold)
        filler.piece(font.escape)
      case .softBreak:
        filler.space(into: &output)
      case .lineBreak:
        filler.lineBreak(into: &output)
      case .link:
        let label = node.plainText
        inline(node.children, font: font)
        if let linked = node.url.flatMap(LinkedCase.init(destination:)) {
          // Another case: the name of its man page.
          if label != linked.id {
            filler.space(into: &output)
            plain("(\(linked.id)(7))")
          }
        } else if let url = node.url, !url.isEmpty, url != label, "mailto:" + label != url {
          filler.space(into: &output)
          plain("<\(url)>")
        }
      case .image:
        plain(node.plainText)
      case .htmlInline:
        break
      default:
        inline(node.children, font: font)
      }
    }
  }

  /// Writes the text that `feed` gives the line filler as text lines of at most ``lineLimit``
  /// bytes.
  private mutating func filled(_ feed: (inout RoffWriter) -> Void) {
    lastRequest = ""
    feed(&self)
    filler.finish(into: &output)
  }
}

/// Fills pieces of roff (a character's escape, a font change, a break point, each with its
/// length as mandoc counts it) into text lines of at most ``RoffWriter/lineLimit``.
///
/// Words (the pieces between two spaces) go whole onto a line if they fit, and onto the next
/// line if not; runs of spaces count as one, and spaces at either end of the text as none. A
/// word longer than a line is cut between two pieces and continued with an escaped newline.
/// Each line is written once it is full, so a paragraph is never held as a list of pieces.
///
/// ```
/// "Run " "\fB" "m" "a" "k" "e" "\fR" ":"   →  Run \fBmake\fR:
/// ```
private struct LineFiller {
  /// The line being filled, and its length as mandoc counts it.
  private var line: [UInt8] = []
  private var lineCost = 0
  /// The word being read: its bytes, its length, and where each of its pieces lies (with the
  /// piece's length), to cut it if it is longer than a line. A piece of one byte that counts
  /// one (most of them) is not listed: every byte outside a listed piece is such a piece.
  private var word: [UInt8] = []
  private var wordCost = 0
  private var pieces: [(start: Int, end: Int, cost: Int)] = []
  /// Whether a piece came since the last space, even an empty one (which places that space).
  private var started = false
  /// Whether a space came since the last word.
  private var pendingSpace = false

  init() {
    line.reserveCapacity(RoffWriter.lineLimit + 16)
    word.reserveCapacity(RoffWriter.lineLimit + 16)
  }

  /// A printable ASCII character that roff shows as itself.
  mutating func byte(_ byte: UInt8) {
    word.append(byte)
    wordCost += 1
    started = true
  }

  /// Printable ASCII characters that roff shows as themselves.
  mutating func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
    word.append(contentsOf: bytes)
    wordCost += bytes.count
    started = started || !bytes.isEmpty
  }

  /// Printable ASCII characters that roff shows as themselves, ending a word: placed on the
  /// line at once when no word is open and they fit, as ``bytes(_:)`` then ``space(into:)``
  /// would place them, without first copying them into the word.
  mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    if !started {
      placeSpace(before: bytes.count, into: &output)
      if lineCost + bytes.count + 1 <= RoffWriter.lineLimit {
        line.append(contentsOf: bytes)
        lineCost += bytes.count
        return
      }
    }
    self.bytes(bytes)
    endWord(into: &output)
  }

  mutating func piece(_ piece: String) {
    let start = word.count
    word.append(contentsOf: piece.utf8)
    let cost = RoffWriter.cost(piece)
    wordCost += cost
    started = true
    if word.count - start != 1 || cost != 1, word.count > start { pieces.append((start, word.count, cost)) }
  }

  mutating func space(into output: inout [UInt8]) {
    endWord(into: &output)
    pendingSpace = true
  }

  /// A hard line break: `.br`.
  mutating func lineBreak(into output: inout [UInt8]) {
    endWord(into: &output)
    placeSpace(before: 0, into: &output)
    flush(continued: false, into: &output)
    output.append(contentsOf: ".br\n".utf8)
  }

  /// Ends the text: the last word placed, a trailing space dropped, the last line written.
  mutating func finish(into output: inout [UInt8]) {
    endWord(into: &output)
    pendingSpace = false
    flush(continued: false, into: &output)
  }

  /// Places the space before a word of `cost`: a line break if the word would not fit after
  /// it, nothing at the start of a line.
  private mutating func placeSpace(before cost: Int, into output: inout [UInt8]) {
    guard pendingSpace else { return }
    pendingSpace = false
    guard !line.isEmpty else { return }
    if lineCost + 1 + cost + 1 > RoffWriter.lineLimit {
      flush(continued: false, into: &output)
    } else {
      line.append(UInt8(ascii: " "))
      lineCost += 1
    }
  }

  private mutating func endWord(into output: inout [UInt8]) {
    guard started else { return }
    placeSpace(before: wordCost, into: &output)
    if lineCost + wordCost + 1 <= RoffWriter.lineLimit {
      line += word
      lineCost += wordCost
    } else {
      // Longer than what is left of the line: cut between pieces.
      var start = 0
      var listed = pieces.startIndex
      while start < word.count {
        var end = start + 1
        var cost = 1
        if listed < pieces.endIndex, pieces[listed].start == start {
          (end, cost) = (pieces[listed].end, pieces[listed].cost)
          listed += 1
        }
        if lineCost + cost + 1 > RoffWriter.lineLimit && !line.isEmpty {
          flush(continued: true, into: &output)
        }
        line += word[start..<end]
        lineCost += cost
        start = end
      }
    }
    word.removeAll(keepingCapacity: true)
    pieces.removeAll(keepingCapacity: true)
    wordCost = 0
    started = false
  }

  /// Writes the line (guarded by ``Roff/startsUnsafely(_:)``); a continued line ends with an escaped
  /// newline, which joins it to the next without a space.
  private mutating func flush(continued: Bool, into output: inout [UInt8]) {
    if !line.isEmpty || continued {
      if line.isEmpty || Roff.startsUnsafely(line[0]) { output.append(contentsOf: "\\&".utf8) }
      output += line
      output.append(contentsOf: (continued ? "\\\n" : "\n").utf8)
    }
    line.removeAll(keepingCapacity: true)
    lineCost = 0
  }
}
