// Stage: Parse. A safety pass over YAML events before the tree is built.

internal import CYaml

/// Reads YAML as libyaml's event stream and reports anchors, aliases and duplicate keys.
///
/// It runs before Yams builds a tree from a text that may hold an anchor (one with a `&` or a
/// `*`), because aliases can make a tiny document expand exponentially (the "billion laughs"
/// attack), and Yams hashes alias keys while composing. Front matter has no use for anchors,
/// so any anchor or alias is refused. The pass is linear in the size of the text. Duplicate
/// keys are found here too, at the second occurrence, which is where a contributor wants the
/// cursor (``YAMLMapping`` finds them on the tree of a text without anchors).
///
/// ```
/// a: &x [1]   →  1:4 YAML anchors are not allowed in front matter ('&x') [CB015]
/// b: *x       →  2:4 YAML aliases are not allowed in front matter ('*x') [CB015]
/// ```
enum YAMLEventScanner {
  private enum Frame {
    case mapping(keys: [String: SourcePosition], expectingKey: Bool)
    case sequence
  }

  /// Scans the YAML; returns false when it found anything that must stop the tree from being
  /// built. Syntax errors are left to the composer, which reports them with context.
  static func scan(_ yaml: String, lineOffset: Int, diagnostics: inout FileDiagnostics) -> Bool {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return true }
    defer { yaml_parser_delete(&parser) }
    var clean = true
    var frames: [Frame] = []
    var reportedAliases = Set<String>()  // one report per anchor name, not per use
    let bytes = Array(yaml.utf8)

    func position(_ mark: yaml_mark_t) -> SourcePosition {
      SourcePosition(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }
    func completeNode() {
      guard case .mapping(let keys, let expectingKey)? = frames.last else { return }
      frames[frames.count - 1] = .mapping(keys: keys, expectingKey: !expectingKey)
    }
    func anchor(_ pointer: UnsafeMutablePointer<UInt8>?, at mark: yaml_mark_t) {
      guard let pointer else { return }
      let name = String(cString: pointer)
      diagnostics.report(.yamlAlias, at: position(mark), "YAML anchors are not allowed in front matter ('&\(name)'); write the value out")
      clean = false
    }

    bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        let mark = event.start_mark
        switch event.type {
        case YAML_STREAM_END_EVENT:
          return
        case YAML_ALIAS_EVENT:
          let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
          if reportedAliases.insert(name).inserted {
            diagnostics.report(.yamlAlias, at: position(mark), "YAML aliases are not allowed in front matter ('*\(name)'); write the value out")
          }
          clean = false
          completeNode()
        case YAML_SCALAR_EVENT:
          anchor(event.data.scalar.anchor, at: mark)
          if case .mapping(var keys, true)? = frames.last {
            let key = String(decoding: UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length), as: UTF8.self)
            if let first = keys[key] {
              reportDuplicate(key, at: position(mark), first: first, diagnostics: &diagnostics)
              clean = false
            } else {
              keys[key] = position(mark)
            }
            frames[frames.count - 1] = .mapping(keys: keys, expectingKey: true)
          }
          completeNode()
        case YAML_SEQUENCE_START_EVENT:
          anchor(event.data.sequence_start.anchor, at: mark)
          frames.append(.sequence)
        case YAML_MAPPING_START_EVENT:
          anchor(event.data.mapping_start.anchor, at: mark)
          frames.append(.mapping(keys: [:], expectingKey: true))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
          _ = frames.popLast()
          completeNode()
        default:
          break
        }
      }
    }
    return clean
  }

  /// A key given a second time in one mapping, reported where it is given again.
  static func reportDuplicate(_ key: String, at position: SourcePosition, first: SourcePosition, diagnostics: inout FileDiagnostics) {
    diagnostics.report(.duplicateKey, at: position, "duplicate key '\(key)' (first given at line \(first.line))")
  }
}
