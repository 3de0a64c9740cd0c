// Stage: Render (man pages). Markdown blocks → man(7) roff.

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
  private(set) var text = ""
  static let lineLimit = 78
  /// The last request written, to skip paragraph macros that mandoc would ignore.
  private var lastRequest = ""

  /// The page header: `.TH`, left-adjusted text and no hyphenation (hyphens in copied
  /// commands would break them).
  mutating func header(title: String, section: Int, date: String, source: String, manual: String) {
    text += ".TH \(Roff.quoted(title)) \"\(section)\" \"\(date.filter { $0.isNumber || $0 == "-" })\" \(Roff.quoted(source)) \(Roff.quoted(manual))\n"
    text += ".ad l\n.nh\n"
    lastRequest = "TH"
  }

  /// The NAME line: `name \- summary`, wrapped only at spaces and without break points, so
  /// `lexgrog` reads back exactly the summary.
  mutating func nameLine(_ name: String, _ summary: String) {
    request("SH", ["NAME"])
    emit(atoms(plain: "\(name) - \(summary)", font: .regular, breakPoints: false))
  }

  // MARK: - Requests

  mutating func comment(_ line: String) {
    text += ".\\\" " + Roff.escape(line) + "\n"
  }

  mutating func request(_ name: String, _ arguments: [String] = []) {
    rawRequest(name + arguments.map { " " + Roff.quoted($0) }.joined())
  }

  /// A request whose arguments are already roff (`.IP \(bu 2`).
  mutating func rawRequest(_ line: String) {
    let name = String(line.prefix { $0 != " " })
    if name == "PP" && ["SH", "SS", "PP", "TH"].contains(lastRequest) { return }
    text += "." + line + "\n"
    lastRequest = name
  }

  /// A plain paragraph of text.
  mutating func paragraph(_ plain: String) {
    request("PP")
    line(plain)
  }

  /// One piece of plain text, wrapped.
  mutating func line(_ plain: String) {
    emit(atoms(plain: plain, font: .regular))
  }

  /// A no-fill block: every line shown as written.
  mutating func codeBlock(_ literal: String) {
    var lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    rawRequest("RS 4")
    rawRequest("nf")
    for line in lines {
      text += "\\&" + Roff.escape(Roff.expandTabs(line)) + "\n"
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
      emit(inlineAtoms(node.children, font: .regular))
    case .heading:
      if node.headingLevel <= 3 {
        request("SS", [node.plainText])
      } else {
        request("PP")
        emit(inlineAtoms(node.children, font: .bold))
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

  /// An indivisible piece of output: a character's roff, a font change, or a break opportunity,
  /// with its length as mandoc counts it (see ``cost(_:)``).
  enum Atom: Equatable {
    case text(String, cost: Int)
    case space
    case lineBreak

    /// A piece whose length is counted here.
    static func piece(_ text: String) -> Atom { .text(text, cost: RoffWriter.cost(text)) }

    var isSpace: Bool {
      if case .space = self { return true }
      return false
    }
  }

  /// The roff of each printable ASCII character, with its length.
  private static let asciiAtoms: [Atom] = (0..<128).map { byte in
    let piece = Roff.escape(Character(Unicode.Scalar(UInt8(byte))))
    return .text(piece, cost: piece.utf8.count)
  }
  private static let breakPoint = Atom.piece("\\:")

  private func atoms(plain: String, font: Font, breakPoints: Bool = true) -> [Atom] {
    var result: [Atom] = []
    if font != .regular { result.append(.piece(font.escape)) }
    var previousWide = false
    // Printable ASCII (with tabs and newlines): byte by byte, without grapheme breaking.
    if plain.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A }) {
      result.reserveCapacity(result.count + plain.utf8.count + 1)
      for byte in plain.utf8 {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A {
          result.append(.space)
          continue
        }
        result.append(Self.asciiAtoms[Int(byte)])
        if breakPoints && byte == UInt8(ascii: "/") { result.append(Self.breakPoint) }
      }
      if font != .regular { result.append(.piece(Font.regular.escape)) }
      return result
    }
    for character in plain {
      if character == " " || character == "\t" || character == "\n" {
        result.append(.space)
        previousWide = false
        continue
      }
      let wide = Self.isWide(character)
      if breakPoints && wide && previousWide { result.append(Self.breakPoint) }
      result.append(.piece(Roff.escape(character)))
      if breakPoints && character == "/" { result.append(Self.breakPoint) }
      previousWide = wide
    }
    if font != .regular { result.append(.piece(Font.regular.escape)) }
    return result
  }

  /// CJK characters, between which lines may break without a space.
  static func isWide(_ character: Character) -> Bool {
    guard let value = character.unicodeScalars.first?.value else { return false }
    return (0x2E80...0x9FFF).contains(value) || (0xAC00...0xD7AF).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFF00...0xFFEF).contains(value)
  }

  /// How long a piece is in mandoc's count: non-ASCII characters as their `\[uXXXX]` spelling.
  static func cost(_ piece: String) -> Int {
    piece.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : ($1.value > 0xFFFF ? 9 : 8)) }
  }

  private func inlineAtoms(_ nodes: [MarkdownNode], font: Font) -> [Atom] {
    var result: [Atom] = []
    for node in nodes {
      switch node.kind {
      case .text:
        result += atoms(plain: node.literal ?? "", font: .regular)
      case .code:
        result.append(.piece(font.withBold.escape))
        result += atoms(plain: node.literal ?? "", font: .regular)
        result.append(.piece(font.escape))
      case .emphasis:
        result.append(.piece(font.withItalic.escape))
        result += inlineAtoms(node.children, font: font.withItalic)
        result.append(.piece(font.escape))
      case .strong:
        result.append(.piece(font.withBold.escape))
        result += inlineAtoms(node.children, font: font.withBold)
        result.append(.piece(font.escape))
      case .softBreak:
        result.append(.space)
      case .lineBreak:
        result.append(.lineBreak)
      case .link:
        let label = node.plainText
        result += inlineAtoms(node.children, font: font)
        if let url = node.url, !url.isEmpty, url != label, "mailto:" + label != url {
          result.append(.space)
          result += atoms(plain: "<\(url)>", font: .regular)
        }
      case .image:
        result += atoms(plain: node.plainText, font: .regular)
      case .htmlInline:
        break
      default:
        result += inlineAtoms(node.children, font: font)
      }
    }
    return result
  }

  /// Writes atoms as text lines of at most ``lineLimit`` bytes.
  private mutating func emit(_ atoms: [Atom]) {
    lastRequest = ""
    var current: [UInt8] = []
    current.reserveCapacity(Self.lineLimit + 16)
    var currentCost = 0
    func flush(continued: Bool) {
      // An escaped newline continues the word on the next line without a space.
      if !current.isEmpty || continued {
        text += Roff.lineSafe(String(decoding: current, as: UTF8.self)) + (continued ? "\\\n" : "\n")
      }
      current.removeAll(keepingCapacity: true)
      currentCost = 0
    }
    // Drop leading and trailing spaces; collapse runs of spaces.
    var low = 0
    var high = atoms.count
    while low < high, atoms[low].isSpace { low += 1 }
    while high > low, atoms[high - 1].isSpace { high -= 1 }
    var index = low
    while index < high {
      switch atoms[index] {
      case .lineBreak:
        flush(continued: false)
        text += ".br\n"
      case .space:
        if index + 1 < high, atoms[index + 1].isSpace { break }
        // Break here if the next word would not fit.
        var wordLength = 0
        var lookahead = index + 1
        while lookahead < high, case .text(_, let cost) = atoms[lookahead] {
          wordLength += cost
          lookahead += 1
        }
        if currentCost + 1 + wordLength + 1 > Self.lineLimit && !current.isEmpty {
          flush(continued: false)
        } else if !current.isEmpty {
          current.append(UInt8(ascii: " "))
          currentCost += 1
        }
      case .text(let piece, let pieceCost):
        if currentCost + pieceCost + 1 > Self.lineLimit && !current.isEmpty {
          // A word longer than a line (a path, CJK text): continue it without a space.
          flush(continued: true)
        }
        current.append(contentsOf: piece.utf8)
        currentCost += pieceCost
      }
      index += 1
    }
    flush(continued: false)
  }
}
