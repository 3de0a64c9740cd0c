// Stage: model. What became of one alternative fix.

/// The status of an alternative under Solutions, written at the end of its `###` heading in
/// parentheses, first word first: the runbook leads with the recommended one (else the
/// adopted one) and folds away the ones only considered or rejected.
///
/// ```
/// ### Build in module mode (recommended, not adopted)   →  .recommended
/// ### Let ld accept undefined symbols (adopted in Fedora)  →  .adopted
/// ### 关闭严格符号检查（考虑过，未采用）                      →  .considered
/// ### Use the internal linker (Go 1.21 or later)           →  nil (not a status)
/// ### Retry (recomended)                                   →  lint: did you mean 'recommended'?
/// ```
package enum SolutionStatus: String, Sendable, Hashable, Codable, CaseIterable {
  case recommended, adopted, workaround, considered, rejected

  /// The Chinese words that say the same, first word of the parentheses as well.
  static let chinese: [String: SolutionStatus] = [
    "推荐": .recommended, "建议": .recommended, "采用": .adopted, "已采用": .adopted, "临时方案": .workaround,
    "权宜之计": .workaround, "考虑过": .considered, "否决": .rejected, "已否决": .rejected, "弃用": .rejected,
  ]

  /// Where the runbook puts it: recommended first, then adopted, workarounds, unmarked, and the
  /// considered and rejected ones last.
  package var order: Int {
    switch self {
    case .recommended: 0
    case .adopted: 1
    case .workaround: 2
    case .considered: 4
    case .rejected: 5
    }
  }

  /// Solutions in the order a runbook takes them (``order``, the unmarked ones after the
  /// workarounds), each with its place among all of them; equals keep the order they have.
  ///
  /// ```
  /// [a (considered), b, c (recommended)]  →  [(2, c), (1, b), (0, a)]
  /// ```
  package static func inRunbookOrder<Item>(_ items: [Item], status: (Item) -> SolutionStatus?) -> [(offset: Int, element: Item)] {
    let unmarked = 3
    return items.enumerated().sorted {
      (status($0.element)?.order ?? unmarked, $0.offset) < (status($1.element)?.order ?? unmarked, $1.offset)
    }.map { (offset: $0.offset, element: $0.element) }
  }

  /// Whether the runbook folds it away: a fix not to follow.
  package var isSetAside: Bool { self == .considered || self == .rejected }

  /// What a heading's trailing parentheses say: a status, a near miss of one (with the word
  /// as written and the status it probably means), or nothing.
  package enum Marker: Equatable, Sendable {
    case status(SolutionStatus)
    case misspelt(String, suggestion: SolutionStatus)
    case none
  }

  package static func marker(in title: String) -> Marker {
    let text = title.trimmingWhitespace
    guard let close = text.last, close == ")" || close == "）" else { return .none }
    guard let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return .none }
    let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingWhitespace
    let separators: Set<Character> = [" ", ",", "，", "、", ";", "；", ":", "："]
    let first = String(inside.prefix { !separators.contains($0) })
    if let status = SolutionStatus(rawValue: first.lowercased()) ?? chinese[first] { return .status(status) }
    let names = allCases.map(\.rawValue)
    if first.count >= 5, let near = Suggestion.closest(to: first.lowercased(), in: names), let status = SolutionStatus(rawValue: near) {
      return .misspelt(first, suggestion: status)
    }
    return .none
  }
}
