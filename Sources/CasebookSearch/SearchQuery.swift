// Stage: Search. What a user typed, read as words, phrases, a prefix or a pasted log.

internal import CasebookCore

/// A parsed query.
///
/// ```
/// `"go:linkname" vendor undef`  →  phrases ["go:linkname"], words ["vendor", "undef"], prefix "undef"
/// a pasted log (several lines)  →  log lines, matched against signatures line by line
/// ```
package struct SearchQuery: Equatable, Sendable {
  package var words: [String] = []
  package var phrases: [String] = []
  /// Every non-empty line, when the query is a pasted log of more than one line.
  package var lines: [String] = []
  /// Whether the last word may be the start of a longer one (the user is still typing it).
  package var prefixLast = false

  package var isLog: Bool { lines.count > 1 }

  static let lineLimit = 200
  static let logTokenLimit = 40
  /// A line longer than this is pasted, not typed: its double quotes quote names in the
  /// message (`failed to start "wazero"`), and are text, not phrase marks.
  static let quotedPhraseLimit = 60

  package init(_ text: String) {
    let trimmedEnd = String(text.reversed().drop { $0 == "\n" || $0 == "\r" }.reversed())
    let rawLines = trimmedEnd.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" }
      .map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    if rawLines.count > 1 {
      lines = Array(rawLines.prefix(Self.lineLimit))
      return
    }
    let single = rawLines.first ?? ""
    lines = single.isEmpty ? [] : [single]
    var rest = ""
    var inQuote = false
    var phrase = ""
    let quotesArePhrases = single.unicodeScalars.count <= Self.quotedPhraseLimit
    for character in single {
      if character == "\"" && quotesArePhrases {
        if inQuote {
          if !phrase.trimmingWhitespace.isEmpty { phrases.append(phrase.trimmingWhitespace) }
          phrase = ""
          rest += " "
        }
        inQuote.toggle()
      } else if inQuote {
        phrase.append(character)
      } else {
        rest.append(character)
      }
    }
    if inQuote { rest += " " + phrase }  // an unclosed quote is plain words
    words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    prefixLast = !words.isEmpty && text.last.map { !$0.isWhitespace && $0 != "\"" } == true
  }
}
