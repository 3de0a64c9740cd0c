// Stage: Parse. A YAML value as the readers of front matter and of the config see it.

/// A YAML value and the position where it starts in the file.
///
/// Only what front matter and the config are made of: text, lists and mappings. Anchors and
/// aliases are refused before a tree is made (``YAMLComposer``), and tags play no part: every
/// value is read as text, and dates, numbers and flags are checked by the readers.
///
/// ```
/// tags: [go, linker]   →  .mapping([(.scalar("tags"), .sequence([.scalar("go"), .scalar("linker")]))])
/// ```
enum YAMLNode {
  case scalar(Scalar)
  case sequence([YAMLNode], at: SourcePosition)
  case mapping([(key: YAMLNode, value: YAMLNode)], at: SourcePosition)

  struct Scalar {
    var string: String
    /// Written without quotes and not as a block: only such a value can be a null (`~`,
    /// `null` or nothing at all).
    var isPlain: Bool
    var position: SourcePosition
  }

  /// Where the value starts (for a value left empty, where the next token starts, as libyaml
  /// marks it).
  var position: SourcePosition {
    switch self {
    case .scalar(let scalar): scalar.position
    case .sequence(_, let position), .mapping(_, let position): position
    }
  }

  /// The text of a scalar; nil for a list or a mapping.
  var string: String? {
    guard case .scalar(let scalar) = self else { return nil }
    return scalar.string
  }
}
