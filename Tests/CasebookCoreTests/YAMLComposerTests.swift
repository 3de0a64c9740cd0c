// The tree made from libyaml's events: the one Yams makes from the same text.

@testable import CasebookCore
import Testing
import Yams

@Suite struct YAMLComposerTests {
  /// A value as both trees can tell it: its kind, its text and whether it is plain, and where
  /// it starts. A mapping lists its keys and values one after the other.
  indirect enum Shape: Equatable, CustomStringConvertible {
    case scalar(String, plain: Bool, at: SourcePosition)
    case sequence([Shape], at: SourcePosition)
    case mapping([Shape], at: SourcePosition)

    var description: String {
      switch self {
      case .scalar(let text, let plain, let at): "\(at)\(plain ? "" : "'")\(text.debugDescription)"
      case .sequence(let items, let at): "\(at)[\(items.map(\.description).joined(separator: ", "))]"
      case .mapping(let items, let at): "\(at){\(items.map(\.description).joined(separator: ", "))}"
      }
    }
  }

  static func shape(_ node: YAMLNode) -> Shape {
    switch node {
    case .scalar(let scalar): .scalar(scalar.string, plain: scalar.isPlain, at: scalar.position)
    case .sequence(let items, let at): .sequence(items.map(shape), at: at)
    case .mapping(let pairs, let at): .mapping(pairs.flatMap { [shape($0.key), shape($0.value)] }, at: at)
    }
  }

  static func shape(_ node: Yams.Node) -> Shape {
    let at = node.mark.map { SourcePosition(line: $0.line, column: $0.column) } ?? SourcePosition(line: 0, column: 0)
    switch node {
    case .scalar(let scalar): return .scalar(scalar.string, plain: scalar.style == .plain, at: at)
    case .sequence(let items): return .sequence(items.map(shape), at: at)
    case .mapping(let pairs): return .mapping(pairs.flatMap { [shape($0.key), shape($0.value)] }, at: at)
    case .alias: return .scalar("alias", plain: false, at: at)
    }
  }

  /// Random YAML: block and flow collections, every scalar style, empty values, comments,
  /// escapes and non-ASCII text; now and then a mistake.
  struct Writer {
    var generator = SystemRandomNumberGenerator()

    mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &generator)! }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }

    mutating func scalar() -> String {
      switch Int.random(in: 0..<9, using: &generator) {
      case 0: pick(["go", "linker", "2025-01-02", "12", "true", "null", "~", "a b c", "链接失败", "wazero_v1.9"])
      case 1: "'" + pick(["it''s", "a: b", "# not a comment", "", "  spaced  "]) + "'"
      case 2: "\"" + pick(["tab\\there", "line\\nbreak", "\\u00e9t\\u00e9", "quote \\\" inside", "", "nul\\0"]) + "\""
      case 3: pick(["ld: undefined reference to `x'", "E1001 (path:12:3)", "https://example.org/a?b=c#d"])
      case 4: pick(["[go, linker]", "[]", "{a: b, c: [d]}", "{}", "[a, [b, c], {d: e}]"])
      case 5: ""
      case 6: pick(["x", "y", "zz"]) + pick(["", " # a comment"])
      case 7: chance(10) ? pick(["[unclosed", "'open", "a: b: c", "- - -", "{a"]) : "plain"
      default: "\"" + pick(["中文", "😀 emoji", "back\\\\slash"]) + "\""
      }
    }

    mutating func value(indent: Int, depth: Int) -> String {
      let pad = String(repeating: " ", count: indent)
      switch depth < 3 ? Int.random(in: 0..<6, using: &generator) : 0 {
      case 1:  // a block sequence
        return "\n" + (0..<Int.random(in: 1...3, using: &generator)).map { _ in pad + "- " + value(indent: indent + 2, depth: depth + 1).drop { $0 == "\n" } }.joined()
      case 2:  // a block mapping
        return "\n" + mapping(indent: indent + 2, depth: depth + 1)
      case 3:  // a literal or folded block
        return " " + pick(["|", ">", "|-", ">+"]) + "\n" + pad + "  first line\n" + pad + "  second: line\n"
      default:
        let text = scalar()
        return (text.isEmpty ? "" : " " + text) + "\n"
      }
    }

    mutating func mapping(indent: Int, depth: Int) -> String {
      let keys = ["title", "summary", "tags", "a", "b", "链接", "'quoted key'", "\"dq\"", "k1"].shuffled(using: &generator)
      return keys.prefix(Int.random(in: 1...4, using: &generator)).map { key in
        String(repeating: " ", count: indent) + key + ":" + value(indent: indent, depth: depth)
      }.joined()
    }

    mutating func document() -> String {
      var text = pick(["", "# leading comment\n", "---\n"]) + mapping(indent: 0, depth: 0)
      if chance(5) { text += pick(["...\n", "---\nsecond: document\n", "a: &x 1\nb: *x\n"]) }
      return text
    }
  }

  @Test("the tree made from libyaml's events is Yams' tree, value for value and position for position, and fails where Yams fails")
  func sameTreeAsYams() throws {
    var writer = Writer()
    var compared = 0
    for _ in 0..<3_000 {
      let yaml = writer.document()
      var diagnostics = FileDiagnostics(file: "f.yml")
      let outcome = YAMLComposer.compose(yaml, lineOffset: 0, diagnostics: &diagnostics)
      let yams = Result { try Parser(yaml: yaml, resolver: .basic, encoding: .utf8).singleRoot() }
      switch (outcome, yams) {
      case (.document(let root), .success(let node)):
        #expect(root.map(Self.shape) == node.map(Self.shape), "\(yaml.debugDescription)")
        compared += 1
      case (.document, .failure(let error)):
        Issue.record("composed a tree Yams refuses (\(error)): \(yaml.debugDescription)")
      case (.refused, _):
        #expect(!diagnostics.collected.all.isEmpty, "refused without saying why: \(yaml.debugDescription)")
      case (.malformed, .success):
        Issue.record("refused a text Yams reads: \(yaml.debugDescription)")
      case (.malformed, .failure):
        break
      }
    }
    #expect(compared > 1_500, "most documents are valid YAML")
  }
}
