// Stage: Parse. What to do about a YAML syntax error, said where the mistake is.

internal import Foundation

extension YAMLMapping {
  /// A syntax error as libyaml reports it: where it stopped, its words, and where what it was
  /// reading began (a quoted value, a `[…]` list, a `{…}` mapping), when it says.
  struct SyntaxError {
    var position: SourcePosition?
    var message: String
    var context: (text: String, position: SourcePosition)? = nil
  }

  /// What a contributor should do about the commonest syntax errors, in their words rather
  /// than the parser's, at the line and column of the mistake; nil for any other error.
  ///
  /// libyaml stops where the text stops making sense, often a line or more after the mistake
  /// (a quote left open swallows the next field); the hint goes back to the mistake.
  ///
  /// ```
  /// \tstatus: open                 →  YAML cannot indent with tabs; use spaces (at the tab)
  /// title: CRI-O 1.32: RPM fails   →  a value with ': ' in it must be in quotes: title: "CRI-O 1.32: RPM fails"
  /// cri-o: >=1.32.0                →  a value starting with '>' must be in quotes: cri-o: ">=1.32.0"
  /// title: "OOM at night           →  the quote (") that starts this value is not closed on its line; end the value with "
  /// title: "the "OOM" killer"      →  a " inside a quoted value ends it; write \" instead: title: "the \"OOM\" killer"
  /// tags: [oom, memory             →  '[' is not closed on its line; end the list with ']'
  /// ```
  static func syntaxHint(_ error: SyntaxError, in yaml: String, lineOffset: Int) -> (SourcePosition, String)? {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    func line(_ position: SourcePosition) -> Substring? {
      lines.indices.contains(position.line - lineOffset - 1) ? lines[position.line - lineOffset - 1] : nil
    }
    // A quoted value never closed: the parser ran to the end of the text.
    if let context = error.context, context.text.hasSuffix("quoted scalar"), let text = line(context.position),
      let quote = text.dropFirst(max(0, context.position.column - 1)).first, quote == "\"" || quote == "'"
    {
      return (context.position, unclosed(quote))
    }
    // `tags: [oom` with no `]` before the parser stopped.
    if let context = error.context, context.text.hasSuffix("flow sequence") || context.text.hasSuffix("flow mapping"),
      let position = error.position, let opening = index(of: context.position, in: lines, lineOffset: lineOffset),
      let stop = index(of: position, in: lines, lineOffset: lineOffset), opening < stop
    {
      let bracket: (close: Character, kind: String)? = switch yaml[opening] {
      case "[": ("]", "list")
      case "{": ("}", "mapping")
      default: nil
      }
      if let bracket, !yaml[opening..<stop].contains(bracket.close) {
        return (context.position, "'\(yaml[opening])' is not closed on its line; end the \(bracket.kind) with '\(bracket.close)'")
      }
    }
    // A quote left open on an earlier line, closed by the first quote of a later one: the
    // parser stops on that later line.
    if let position = error.position {
      for (number, text) in lines.enumerated() where number + 1 + lineOffset < position.line {
        guard let value = value(of: text), let quote = value.text.first, quote == "\"" || quote == "'",
          closingQuote(of: value.text) == nil
        else { continue }
        let end = closingQuote(of: yaml[value.text.startIndex...])
        let endLine = end.map { yaml[value.text.startIndex..<$0].reduce(number + 1 + lineOffset) { $1 == "\n" ? $0 + 1 : $0 } }
        if endLine == nil || endLine == position.line {
          return (SourcePosition(line: number + 1 + lineOffset, column: value.column), unclosed(quote))
        }
      }
    }
    if error.message.contains("tab") || error.message.contains("cannot start any token") {
      // The first line indented with a tab, at or before the line the parser stopped at.
      let last = min((error.position?.line ?? lineOffset + lines.count) - lineOffset, lines.count)
      for number in 0..<max(last, 0) {
        let indent = lines[number].prefix { $0 == " " || $0 == "\t" }
        if let tab = indent.firstIndex(of: "\t") {
          return (SourcePosition(line: number + 1 + lineOffset, column: indent.distance(from: indent.startIndex, to: tab) + 1), "YAML cannot indent with tabs; use spaces")
        }
      }
    }
    guard let position = error.position, let text = line(position) else { return nil }
    // `cri-o: >=1.32.0`: YAML reads '>' (and '|') as the start of a block of text.
    if error.message.contains("scanning a block scalar") {
      guard let colon = text.range(of: ": ") else { return nil }
      let key = text[..<colon.lowerBound], value = text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
      guard let first = value.first, first == ">" || first == "|", value.count > 1 else { return nil }
      let column = text.distance(from: text.startIndex, to: colon.upperBound) + 1
      return (SourcePosition(line: position.line, column: column), "a value starting with '\(first)' must be in quotes: \(key.trimmingCharacters(in: .whitespaces)): \"\(value)\"")
    }
    if error.message.hasPrefix("mapping values are not allowed") {
      guard let colon = text.range(of: ": ") else { return nil }
      let key = text[..<colon.lowerBound], value = text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
      let quoted = "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
      return (position, "a value with ': ' in it must be in quotes: \(key): \(quoted)")
    }
    // `title: "the "OOM" killer"`: the second quote ends the value, and text follows it.
    if let value = value(of: text), let quote = value.text.first, quote == "\"" || quote == "'",
      let close = closingQuote(of: value.text), let last = value.text.lastIndex(of: quote), close < last
    {
      let inner = value.text[value.text.index(after: value.text.startIndex)..<last]
      let field = text[..<value.text.startIndex].drop { $0 == " " }
      let column = text.distance(from: text.startIndex, to: close) + 1
      let written = quote == "\"" ? "\\\"" : "''"
      return (
        SourcePosition(line: position.line, column: column),
        "a \(quote) inside a quoted value ends it; write \(written) instead: \(field)\(quote)\(escaping(quote, in: inner))\(quote)"
      )
    }
    return nil
  }

  private static func unclosed(_ quote: Character) -> String {
    "the quote (\(quote)) that starts this value is not closed on its line; end the value with \(quote)"
  }

  /// A line's value: what follows `key: `, `- ` or `- key: `, blanks skipped, and its column.
  private static func value(of line: Substring) -> (text: Substring, column: Int)? {
    var rest = line.drop { $0 == " " }, found = false
    if rest.hasPrefix("- ") {
      rest = rest.dropFirst(2).drop { $0 == " " }
      found = true
    }
    if let first = rest.first, first != "\"", first != "'", let colon = rest.range(of: ": ") {
      rest = rest[colon.upperBound...].drop { $0 == " " }
      found = true
    }
    guard found, !rest.isEmpty else { return nil }
    return (rest, line.distance(from: line.startIndex, to: rest.startIndex) + 1)
  }

  /// The closing quote of the quoted text `text` starts with, or nil when `text` does not
  /// hold it: `"…"` takes `\` escapes, `'…'` a doubled `''` for a quote.
  private static func closingQuote(of text: Substring) -> Substring.Index? {
    guard let quote = text.first else { return nil }
    var index = text.index(after: text.startIndex)
    while index < text.endIndex {
      let next = text.index(after: index)
      if quote == "\"" && text[index] == "\\" {
        index = next < text.endIndex ? text.index(after: next) : next
        continue
      }
      if text[index] == quote {
        guard quote == "'" && next < text.endIndex && text[next] == "'" else { return index }
        index = text.index(after: next)
        continue
      }
      index = next
    }
    return nil
  }

  /// `text` with each quote that would end a value in `quote`s written as one inside it.
  private static func escaping(_ quote: Character, in text: Substring) -> String {
    var written = "", index = text.startIndex
    while index < text.endIndex {
      let character = text[index], next = text.index(after: index)
      if quote == "\"" && character == "\\" && next < text.endIndex {
        written += "\\\(text[next])"
        index = text.index(after: next)
        continue
      }
      if character == quote {
        if quote == "'" && next < text.endIndex && text[next] == "'" {
          written += "''"
          index = text.index(after: next)
          continue
        }
        written += quote == "\"" ? "\\\"" : "''"
      } else {
        written.append(character)
      }
      index = next
    }
    return written
  }

  /// Where a line and column of the YAML (file numbering) lie in its text.
  private static func index(of position: SourcePosition, in lines: [Substring], lineOffset: Int) -> String.Index? {
    guard lines.indices.contains(position.line - lineOffset - 1) else { return nil }
    let line = lines[position.line - lineOffset - 1]
    return line.index(line.startIndex, offsetBy: max(0, position.column - 1), limitedBy: line.endIndex)
  }
}
