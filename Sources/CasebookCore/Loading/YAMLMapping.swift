// Stage: Parse. YAML front matter and config as a mapping whose keys and values keep their positions.

internal import Foundation
internal import Yams

/// A YAML mapping with positioned keys and values (``YAMLComposer``'s tree).
///
/// Used for case front matter and the site config alike. Reading never throws: every problem
/// becomes a diagnostic with the file line and column, and readers return nil for a value
/// they could not use.
struct YAMLMapping {
  struct Entry {
    var key: String
    var keyPosition: SourcePosition
    var value: YAMLNode
  }

  var entries: [Entry]

  /// Parses a YAML document that must be a mapping with text keys.
  ///
  /// - Parameters:
  ///   - yaml: the YAML text.
  ///   - lineOffset: how many file lines come before the YAML's first line.
  ///   - where: where to report a document that is empty or not a mapping.
  static func parse(_ yaml: String, lineOffset: Int, at start: SourcePosition, diagnostics: inout FileDiagnostics) -> YAMLMapping? {
    let root: YAMLNode?
    switch YAMLComposer.compose(yaml, lineOffset: lineOffset, diagnostics: &diagnostics) {
    case .document(let document):
      root = document
    case .refused:
      return nil
    case .malformed:
      reportSyntaxError(in: yaml, lineOffset: lineOffset, at: start, diagnostics: &diagnostics)
      return nil
    }
    guard let root, case .mapping(let mapping, _) = root else {
      let found = root.map(describeKind) ?? "nothing"
      diagnostics.report(.frontMatterNotMapping, at: start, "expected 'key: value' fields, found \(found)")
      return nil
    }
    var result = YAMLMapping(entries: [])
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        diagnostics.report(.wrongType, at: key.position, "keys must be plain words, found \(describeKind(key))")
        continue
      }
      result.entries.append(Entry(key: scalar.string, keyPosition: scalar.position, value: value))
    }
    return result
  }

  /// Reports why Yams cannot read the text: the same libyaml, with Yams' words for the problem
  /// and its context.
  private static func reportSyntaxError(in yaml: String, lineOffset: Int, at start: SourcePosition, diagnostics: inout FileDiagnostics) {
    do {
      let parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
      _ = try parser.singleRoot()
      diagnostics.report(.yamlSyntax, at: start, "YAML syntax error")
    } catch let error as YamlError {
      let described = describe(error, lineOffset: lineOffset)
      if let (hintPosition, hint) = syntaxHint(described, in: yaml, lineOffset: lineOffset) {
        diagnostics.report(.yamlSyntax, at: hintPosition, hint)
      } else {
        diagnostics.report(.yamlSyntax, at: described.position ?? start, "YAML syntax error: \(described.message)")
      }
    } catch {
      diagnostics.report(.yamlSyntax, at: start, "YAML syntax error: \(error)")
    }
  }

  /// The value's position.
  func position(of entry: Entry) -> SourcePosition {
    entry.value.position
  }

  // MARK: - Typed readers

  /// One line of text, 1 to `maximumLength` characters.
  func text(_ entry: Entry, maximumLength: Int, diagnostics: inout FileDiagnostics) -> String? {
    text(entry.value, field: "'\(entry.key)'", maximumLength: maximumLength, diagnostics: &diagnostics)
  }

  /// A list of one-line texts; a single text where a list belongs is a type error.
  func textList(_ entry: Entry, maximumLength: Int, diagnostics: inout FileDiagnostics) -> [Located<String>]? {
    guard case .sequence(let sequence, _) = entry.value else {
      if isNull(entry.value) { return [] }
      let example = entry.value.string.map { "[\($0)]" } ?? "[first, second]"
      diagnostics.report(.wrongType, at: position(of: entry), "'\(entry.key)' must be a list, as \(example) or one '- item' per line; found \(Self.describeKind(entry.value))")
      return nil
    }
    var items: [Located<String>] = []
    var ok = true
    for (index, item) in sequence.enumerated() {
      let at = item.position
      if let value = text(item, field: "item \(index + 1) of '\(entry.key)'", maximumLength: maximumLength, diagnostics: &diagnostics) {
        items.append(Located(value, at: at))
      } else {
        ok = false
      }
    }
    return ok ? items : nil
  }

  /// `field` names the value in a message; it is built only when there is one to report.
  private func text(_ node: YAMLNode, field: @autoclosure () -> String, maximumLength: Int, diagnostics: inout FileDiagnostics) -> String? {
    let at = node.position
    // The common case, printable ASCII with no space around it, is already valid one-line text.
    if case .scalar(let scalar) = node, !isNull(node), let first = scalar.string.utf8.first, let last = scalar.string.utf8.last,
      first != 0x20, last != 0x20, scalar.string.utf8.count <= maximumLength, scalar.string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F })
    {
      return scalar.string
    }
    let field = field()
    guard case .scalar(let scalar) = node else {
      diagnostics.report(.wrongType, at: at, "\(field) must be text, found \(Self.describeKind(node))")
      return nil
    }
    if isNull(node) {
      diagnostics.report(.invalidText, at: at, "\(field) is empty")
      return nil
    }
    let value = scalar.string.trimmingWhitespace
    if value.isEmpty {
      diagnostics.report(.invalidText, at: at, "\(field) is empty")
      return nil
    }
    if value.contains(where: \.isNewline) {
      diagnostics.report(.invalidText, at: at, "\(field) must be one line")
      return nil
    }
    if value.count > maximumLength {
      diagnostics.report(.invalidText, at: at, "\(field) is \(value.count) characters long; the limit is \(maximumLength)")
      return nil
    }
    if let control = value.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
      diagnostics.report(.invalidText, at: at, "\(field) contains the control character U+\(String(control.value, radix: 16, uppercase: true).leftPadded(to: 4))")
      return nil
    }
    return value
  }

  func isNull(_ node: YAMLNode) -> Bool {
    guard case .scalar(let scalar) = node else { return false }
    return scalar.isPlain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  static func describeKind(_ node: YAMLNode) -> String {
    switch node {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .scalar: "text"
    }
  }

  private static func describe(_ error: YamlError, lineOffset: Int) -> SyntaxError {
    func shift(_ mark: Mark) -> SourcePosition { SourcePosition(line: mark.line + lineOffset, column: mark.column) }
    switch error {
    case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
      guard let context else { return SyntaxError(position: shift(mark), message: problem) }
      let at = shift(context.mark)
      return SyntaxError(
        position: shift(mark), message: "\(problem) (\(context.text) at line \(at.line), column \(at.column))", context: (context.text, at))
    case let .duplicatedKeysInMapping(duplicates, context):
      return SyntaxError(position: shift(context.mark), message: "duplicate keys \(duplicates.joined(separator: ", "))")
    default:
      return SyntaxError(position: nil, message: "\(error)")
    }
  }

}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  package var trimmingWhitespace: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }

  func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
