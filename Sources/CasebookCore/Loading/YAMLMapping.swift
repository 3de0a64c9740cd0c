// Stage: Parse. YAML through Yams' node API, so every key and value keeps its position.

internal import Yams

/// A YAML mapping with positioned keys and values, read through Yams' node API.
///
/// Used for case front matter and the site config alike. Reading never throws: every problem
/// becomes a diagnostic with the file line and column, and readers return nil for a value
/// they could not use.
struct YAMLMapping {
  struct Entry {
    var key: String
    var keyPosition: SourcePosition
    var value: Node
  }

  var entries: [Entry]
  /// Added to Yams' line numbers to get file line numbers.
  let lineOffset: Int

  /// Parses a YAML document that must be a mapping with text keys.
  ///
  /// - Parameters:
  ///   - yaml: the YAML text.
  ///   - lineOffset: how many file lines come before the YAML's first line.
  ///   - where: where to report a document that is empty or not a mapping.
  static func parse(_ yaml: String, lineOffset: Int, at start: SourcePosition, diagnostics: inout FileDiagnostics) -> YAMLMapping? {
    // Without a `&` or a `*` the text can hold no anchor and no alias, so nothing can expand:
    // the tree is built at once and its keys checked on it (``duplicateKeys(in:diagnostics:)``),
    // which finds what the event pass would. The event pass then runs only for a text that may
    // hold an anchor, and for one the tree could not be built from, since it reports a duplicate
    // key met before a syntax error instead of the error.
    let screened = yaml.utf8.contains { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }
    if screened {
      guard YAMLEventScanner.scan(yaml, lineOffset: lineOffset, diagnostics: &diagnostics) else { return nil }
    }
    let root: Node?
    do {
      // The parser must outlive the walk: Yams keeps anchors weakly. Every value is read as
      // text (dates, numbers and flags are checked by the decoders), so no tag is resolved:
      // the basic resolver spares a regular expression match per scalar.
      let parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
      root = try parser.singleRoot()
    } catch {
      if !screened {
        guard YAMLEventScanner.scan(yaml, lineOffset: lineOffset, diagnostics: &diagnostics) else { return nil }
      }
      if let error = error as? YamlError {
        let (position, message) = describe(error, lineOffset: lineOffset)
        diagnostics.report(.yamlSyntax, at: position ?? start, "YAML syntax error: \(message)")
      } else {
        diagnostics.report(.yamlSyntax, at: start, "YAML syntax error: \(error)")
      }
      return nil
    }
    var result = YAMLMapping(entries: [], lineOffset: lineOffset)
    if !screened, let root, result.duplicateKeys(in: root, diagnostics: &diagnostics) { return nil }
    guard let root, case .mapping(let mapping) = root else {
      let found = root.map(describeKind) ?? "nothing"
      diagnostics.report(.frontMatterNotMapping, at: start, "expected 'key: value' fields, found \(found)")
      return nil
    }
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        diagnostics.report(.wrongType, at: result.position(of: key) ?? start, "keys must be plain words, found \(describeKind(key))")
        continue
      }
      result.entries.append(Entry(key: scalar.string, keyPosition: result.position(of: key) ?? start, value: value))
    }
    return result
  }

  /// Reports every key given twice in one mapping, at its second occurrence, as
  /// ``YAMLEventScanner`` does; returns whether there was one.
  ///
  /// ```
  /// title: A
  /// title: B   →  2:1 duplicate key 'title' (first given at line 1) [CB014]
  /// ```
  private func duplicateKeys(in node: Node, diagnostics: inout FileDiagnostics) -> Bool {
    var found = false
    func walk(_ node: Node) {
      switch node {
      case .mapping(let mapping):
        var keys: [String: SourcePosition] = [:]
        for (key, value) in mapping {
          if case .scalar(let scalar) = key, let at = position(of: key) {
            if let first = keys[scalar.string] {
              YAMLEventScanner.reportDuplicate(scalar.string, at: at, first: first, diagnostics: &diagnostics)
              found = true
            } else {
              keys[scalar.string] = at
            }
          } else {
            walk(key)
          }
          walk(value)
        }
      case .sequence(let sequence):
        for item in sequence { walk(item) }
      case .scalar, .alias:
        break
      }
    }
    walk(node)
    return found
  }

  func position(of node: Node) -> SourcePosition? {
    node.mark.map { SourcePosition(line: $0.line + lineOffset, column: $0.column) }
  }

  /// The value's position, or the key's for values Yams gives no mark (empty values).
  func position(of entry: Entry) -> SourcePosition {
    position(of: entry.value) ?? entry.keyPosition
  }

  // MARK: - Typed readers

  /// One line of text, 1 to `maximumLength` characters.
  func text(_ entry: Entry, maximumLength: Int, diagnostics: inout FileDiagnostics) -> String? {
    text(entry.value, field: "'\(entry.key)'", fallback: entry.keyPosition, maximumLength: maximumLength, diagnostics: &diagnostics)
  }

  /// A list of one-line texts; a single text where a list belongs is a type error.
  func textList(_ entry: Entry, maximumLength: Int, diagnostics: inout FileDiagnostics) -> [Located<String>]? {
    guard case .sequence(let sequence) = entry.value else {
      if isNull(entry.value) { return [] }
      let example = entry.value.scalar.map { "[\($0.string)]" } ?? "[first, second]"
      diagnostics.report(.wrongType, at: position(of: entry), "'\(entry.key)' must be a list, as \(example) or one '- item' per line; found \(Self.describeKind(entry.value))")
      return nil
    }
    var items: [Located<String>] = []
    var ok = true
    for (index, item) in sequence.enumerated() {
      let at = position(of: item) ?? position(of: entry)
      if let value = text(item, field: "item \(index + 1) of '\(entry.key)'", fallback: at, maximumLength: maximumLength, diagnostics: &diagnostics) {
        items.append(Located(value, at: at))
      } else {
        ok = false
      }
    }
    return ok ? items : nil
  }

  /// `field` names the value in a message; it is built only when there is one to report.
  private func text(_ node: Node, field: @autoclosure () -> String, fallback: SourcePosition, maximumLength: Int, diagnostics: inout FileDiagnostics) -> String? {
    let at = position(of: node) ?? fallback
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

  func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node else { return false }
    return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  static func describeKind(_ node: Node) -> String {
    switch node {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .scalar: "text"
    case .alias: "an alias"
    }
  }

  private static func describe(_ error: YamlError, lineOffset: Int) -> (SourcePosition?, String) {
    func shift(_ mark: Mark) -> SourcePosition { SourcePosition(line: mark.line + lineOffset, column: mark.column) }
    func withContext(_ problem: String, _ context: YamlError.Context?) -> String {
      guard let context else { return problem }
      let at = shift(context.mark)
      return "\(problem) (\(context.text) at line \(at.line), column \(at.column))"
    }
    switch error {
    case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
      return (shift(mark), withContext(problem, context))
    case let .duplicatedKeysInMapping(duplicates, context):
      return (shift(context.mark), "duplicate keys \(duplicates.joined(separator: ", "))")
    default:
      return (nil, "\(error)")
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
