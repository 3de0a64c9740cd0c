// Stage: Parse. YAML events from libyaml made into a tree, with the safety checks on the way.

internal import CYaml

/// Reads YAML as libyaml's event stream into a ``YAMLNode`` tree, refusing anchors, aliases,
/// tags and duplicate keys, and a list item that ran on into a line meant as the next item.
///
/// Aliases can make a tiny document expand exponentially (the "billion laughs" attack), and
/// front matter has no use for anchors, so any anchor or alias is refused. The pass is linear
/// in the size of the text. Duplicate keys are reported at their second occurrence, which is
/// where a contributor wants the cursor. Every problem before the end of the stream (or before
/// a syntax error) is reported; the tree is given only when there was none.
///
/// Yams would build its own tree from the same events, but it makes an object for each event
/// and a tag for each value and hashes every key, most of the time spent on front matter.
/// Syntax errors are still
/// described by Yams (``YAMLMapping``), from the same libyaml.
///
/// ```
/// a: &x [1]   →  1:4 YAML anchors are not allowed in front matter ('&x') [CB015]
/// b: *x       →  2:4 YAML aliases are not allowed in front matter ('*x') [CB015]
/// c: !!python/object/apply:os.system [ls]  →  3:4 YAML tags are not allowed in front matter ('!!python/object/apply:os.system') [CB029]
/// d:
///   - one
///     - two   →  6:5 this line is part of the list item above, not an item of its own: … [CB012]
/// ```
///
/// Tags are refused because front matter is data, not objects: a tag either does nothing
/// here or asks a YAML library elsewhere to build something.
enum YAMLComposer {
  enum Outcome {
    /// The document's root; nil for a stream with no document.
    case document(YAMLNode?)
    /// An anchor, alias or duplicate key, each reported.
    case refused
    /// Not YAML that libyaml reads, or more than one document: nothing reported.
    case malformed
  }

  /// A sequence or mapping whose end is not reached yet.
  private struct Open {
    var position: SourcePosition
    var isMapping: Bool
    /// A sequence's items; a mapping's keys and values, one after the other.
    var items: [YAMLNode] = []
    /// A mapping's text keys so far, where each was first given.
    var keys: [String: SourcePosition] = [:]
  }

  static func compose(_ yaml: String, lineOffset: Int, diagnostics: inout FileDiagnostics) -> Outcome {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return .malformed }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    var refused = false
    var open: [Open] = []
    var root: YAMLNode?
    var documents = 0
    var reportedAliases = Set<String>()  // one report per anchor name, not per use

    func position(_ mark: yaml_mark_t) -> SourcePosition {
      SourcePosition(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }
    func refuseAnchor(_ pointer: UnsafeMutablePointer<UInt8>?, at mark: yaml_mark_t) {
      guard let pointer else { return }
      diagnostics.report(.yamlAlias, at: position(mark), "YAML anchors are not allowed in front matter ('&\(String(cString: pointer))'); write the value out")
      refused = true
    }
    func refuseTag(_ pointer: UnsafeMutablePointer<UInt8>?, at mark: yaml_mark_t) {
      guard let pointer else { return }
      let tag = String(cString: pointer)
      let written = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
      diagnostics.report(.yamlTag, at: position(mark), "YAML tags are not allowed in front matter ('\(written)'); write the value plainly, in quotes if it is text")
      refused = true
    }
    /// A plain scalar that runs over several lines, one of which starts with `- `: a list item
    /// indented further than the one above, read as this item's text. (The text is split into
    /// lines only for such a scalar, which few files have.)
    func refuseRunOn(_ scalar: yaml_event_t) {
      let first = Int(scalar.start_mark.line), last = Int(scalar.end_mark.line)
      guard last > first, open.last?.isMapping == false else { return }
      let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
      guard last < lines.count else { return }
      for number in (first + 1)...last {
        let line = lines[number]
        let indent = line.prefix { $0 == " " }.count
        guard line.dropFirst(indent).hasPrefix("- ") else { continue }
        let above = lines[first].prefix { $0 == " " }.count
        diagnostics.report(
          .yamlSyntax, at: SourcePosition(line: number + 1 + lineOffset, column: indent + 1),
          "this line is part of the list item above (its text runs on to here), not an item of its own: did you mean a list? Put its '-' under the '-' of line \(first + 1 + lineOffset), at column \(above + 1)")
        refused = true
        return
      }
    }
    func add(_ node: YAMLNode) {
      guard !open.isEmpty else {
        root = node
        return
      }
      if open[open.count - 1].isMapping, open[open.count - 1].items.count % 2 == 0, case .scalar(let key) = node {
        if let first = open[open.count - 1].keys[key.string] {
          diagnostics.report(.duplicateKey, at: key.position, "duplicate key '\(key.string)' (first given at line \(first.line))")
          refused = true
        } else {
          open[open.count - 1].keys[key.string] = key.position
        }
      }
      open[open.count - 1].items.append(node)
    }

    var text = yaml
    return text.withUTF8 { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        let mark = event.start_mark
        switch event.type {
        case YAML_STREAM_END_EVENT:
          return refused ? .refused : .document(root)
        case YAML_DOCUMENT_START_EVENT:
          documents += 1
          if documents > 1 { return refused ? .refused : .malformed }
        case YAML_ALIAS_EVENT:
          let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
          if reportedAliases.insert(name).inserted {
            diagnostics.report(.yamlAlias, at: position(mark), "YAML aliases are not allowed in front matter ('*\(name)'); write the value out")
          }
          refused = true
          add(.scalar(YAMLNode.Scalar(string: "", isPlain: false, position: position(mark))))
        case YAML_SCALAR_EVENT:
          let scalar = event.data.scalar
          refuseAnchor(scalar.anchor, at: mark)
          refuseTag(scalar.tag, at: mark)
          if scalar.style == YAML_PLAIN_SCALAR_STYLE { refuseRunOn(event) }
          let string = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
          add(.scalar(YAMLNode.Scalar(string: string, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, position: position(mark))))
        case YAML_SEQUENCE_START_EVENT:
          refuseAnchor(event.data.sequence_start.anchor, at: mark)
          refuseTag(event.data.sequence_start.tag, at: mark)
          open.append(Open(position: position(mark), isMapping: false))
        case YAML_MAPPING_START_EVENT:
          refuseAnchor(event.data.mapping_start.anchor, at: mark)
          refuseTag(event.data.mapping_start.tag, at: mark)
          open.append(Open(position: position(mark), isMapping: true))
        case YAML_SEQUENCE_END_EVENT:
          guard let sequence = open.popLast() else { return .malformed }
          add(.sequence(sequence.items, at: sequence.position))
        case YAML_MAPPING_END_EVENT:
          guard let mapping = open.popLast() else { return .malformed }
          let pairs = stride(from: 0, to: mapping.items.count - 1, by: 2).map { (key: mapping.items[$0], value: mapping.items[$0 + 1]) }
          add(.mapping(pairs, at: mapping.position))
        default:
          break
        }
      }
      return refused ? .refused : .malformed
    }
  }
}
