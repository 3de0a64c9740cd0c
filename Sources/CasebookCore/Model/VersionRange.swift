// Stage: model. The versions of a component a case applies to.

internal import Version

/// Which versions of a component a case applies to, as `applies_to` writes them: alternatives
/// joined by `||`, each a set of comparisons that must all hold, npm's range syntax.
///
/// ```
/// >=1.32.0 <1.33       →  [[>=1.32.0, <1.33.0-0]]
/// 1.32                 →  [[>=1.32.0, <1.33.0-0]]      every 1.32 release (so 1.32.x, 1.32.*)
/// 1.32.0 - 1.32.13     →  [[>=1.32.0, <=1.32.13]]
/// 41 || 42 || rawhide  →  [[>=41.0.0, <42.0.0-0], [>=42.0.0, <43.0.0-0], [=rawhide]]
/// *, unknown           →  [[]]                          any version (`unknown` says so on the page)
/// >=rawhide            →  error: a release name is equal only to itself; write 'rawhide' alone
/// ```
///
/// The upper bounds made from a partial version end in `-0`, the lowest pre-release, so that
/// `<1.33` leaves out `1.33.0-rc.1` as well. Versions are read by ``ComponentVersion``.
/// search.js checks the same comparisons (`inRange`), which the search index stores in
/// ``normalized`` form.
package struct VersionRange: Sendable, Hashable, Codable, CustomStringConvertible {
  package enum Operator: String, Sendable, Hashable, Codable, CaseIterable {
    case atLeast = ">=", above = ">", atMost = "<=", below = "<", equal = "="
  }

  package struct Comparison: Sendable, Hashable, Codable, CustomStringConvertible {
    package var op: Operator
    package var version: ComponentVersion

    package func holds(for candidate: ComponentVersion) -> Bool {
      if op == .equal { return candidate == version }
      guard let before = candidate.precedes(version), let after = version.precedes(candidate) else { return false }
      switch op {
      case .atLeast: return !before
      case .above: return after
      case .atMost: return !after
      case .below: return before
      case .equal: return false
      }
    }

    package var description: String { op.rawValue + version.description }
  }

  /// The range as written.
  package var text: String
  /// Any alternative whose comparisons all hold admits a version; an empty one admits all.
  package var alternatives: [[Comparison]]

  /// Whether the range was written `unknown`: it admits every version and says so.
  package var isUnknown: Bool { text == Self.unknown }
  package static let unknown = "unknown"

  package var description: String { text }

  /// The comparisons as text, as the search index stores them: `[[">=1.32.0", "<1.33.0-0"]]`.
  package var normalized: [[String]] { alternatives.map { $0.map(\.description) } }

  package func contains(_ version: ComponentVersion) -> Bool {
    alternatives.contains { $0.allSatisfy { $0.holds(for: version) } }
  }

  /// Whether ``normalized`` comparisons, as the search index stores them, admit a version;
  /// a comparison that cannot be read admits none.
  package static func contains(normalized: [[String]], _ version: ComponentVersion) -> Bool {
    normalized.contains { alternative in
      alternative.allSatisfy { text in
        guard let op = Operator.allCases.filter({ text.hasPrefix($0.rawValue) }).max(by: { $0.rawValue.count < $1.rawValue.count }),
          let bound = ComponentVersion(canonical: String(text.dropFirst(op.rawValue.count)))
        else { return false }
        return Comparison(op: op, version: bound).holds(for: version)
      }
    }
  }

  /// Reads a range; the error says what is wrong with it, for a diagnostic.
  package static func parse(_ written: String) -> Result<VersionRange, RangeError> {
    let text = written.trimmingWhitespace
    if text == unknown || text == "*" { return .success(VersionRange(text: text, alternatives: [[]])) }
    var alternatives: [[Comparison]] = []
    for part in text.components(separatedBy: "||") {
      switch alternative(part.trimmingWhitespace) {
      case .success(let comparisons): alternatives.append(comparisons)
      case .failure(let error): return .failure(error)
      }
    }
    return .success(VersionRange(text: text, alternatives: alternatives))
  }

  package struct RangeError: Error, Equatable, Sendable {
    package var reason: String

    package init(reason: String) {
      self.reason = reason
    }
  }

  private static func alternative(_ text: String) -> Result<[Comparison], RangeError> {
    guard !text.isEmpty else { return .failure(RangeError(reason: "an alternative between '||' is empty")) }
    var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    if words.count == 3, words[1] == "-" {
      guard let low = partial(words[0]), let high = partial(words[2]) else {
        return .failure(RangeError(reason: "'\(text)' must be two versions, as '1.32.0 - 1.32.13'"))
      }
      guard case .some = low.bounds, case .some = high.bounds else {
        return .failure(RangeError(reason: "a release name is equal only to itself; write '\(words[0])' alone"))
      }
      var comparisons = [Comparison(op: .atLeast, version: low.bounds!.low)]
      if let upper = high.bounds!.upper { comparisons.append(upper.inclusive ? Comparison(op: .atMost, version: upper.version) : Comparison(op: .below, version: upper.version)) }
      return .success(comparisons)
    }
    // `>= 1.32`: an operator written apart from its version.
    var index = 0
    while index < words.count {
      if Operator(rawValue: words[index]) != nil {
        guard index + 1 < words.count else { return .failure(RangeError(reason: "'\(words[index])' needs a version after it")) }
        words[index] += words.remove(at: index + 1)
      }
      index += 1
    }
    var comparisons: [Comparison] = []
    for word in words {
      let op = Operator.allCases.filter { word.hasPrefix($0.rawValue) }.max { $0.rawValue.count < $1.rawValue.count }
      let versionText = String(word.dropFirst(op?.rawValue.count ?? 0))
      let looksLikeSpan = Self.looksLikeSpan(versionText)
      guard !looksLikeSpan, let version = partial(versionText) else {
        if looksLikeSpan || (versionText.contains("-") && words.count > 1) { return .failure(RangeError(reason: "write a span with spaces around its dash, as '1.32.0 - 1.32.13'")) }
        return .failure(RangeError(reason: "'\(versionText)' is not a version (as 1.32.4, 1.32, v1.8.2, 41 or rawhide)"))
      }
      guard let bounds = version.bounds else {
        guard op == nil || op == .equal, words.count == 1 else {
          return .failure(RangeError(reason: "a release name is equal only to itself; write '\(versionText)' alone, as '41 || \(versionText)'"))
        }
        comparisons.append(Comparison(op: .equal, version: version.name!))
        continue
      }
      switch op ?? .equal {
      case .equal:
        if let exact = bounds.exact {
          comparisons.append(Comparison(op: .equal, version: exact))
        } else {
          comparisons.append(Comparison(op: .atLeast, version: bounds.low))
          if let upper = bounds.upper { comparisons.append(Comparison(op: .below, version: upper.version)) }
        }
      case .atLeast: comparisons.append(Comparison(op: .atLeast, version: bounds.low))
      case .above:
        if let exact = bounds.exact {
          comparisons.append(Comparison(op: .above, version: exact))
        } else if bounds.upper != nil {
          comparisons.append(Comparison(op: .atLeast, version: bounds.next))
        } else {
          return .failure(RangeError(reason: "no version is above '\(versionText)'"))
        }
      case .below: comparisons.append(Comparison(op: .below, version: bounds.exact ?? bounds.lowestPrerelease))
      case .atMost:
        if let exact = bounds.exact {
          comparisons.append(Comparison(op: .atMost, version: exact))
        } else if let upper = bounds.upper {
          comparisons.append(Comparison(op: .below, version: upper.version))
        }
      }
    }
    return .success(comparisons)
  }

  /// Whether a word is two dotted versions joined by a dash, `1.32.0-1.33.0`: it reads as a
  /// version and its package release, but is meant as a span.
  package static func looksLikeSpan(_ word: String) -> Bool {
    let halves = word.split(separator: "-", omittingEmptySubsequences: false)
    return halves.count == 2 && halves.allSatisfy { $0.contains(".") && $0.allSatisfy { $0.isASCIIDigit || $0 == "." } }
  }

  /// A version as a range writes it: whole (`1.32.4`), partial (`1.32`, `1.32.x`, `*`) or a
  /// release name.
  private struct Partial {
    var name: ComponentVersion?
    var bounds: Bounds?

    struct Bounds {
      /// The version itself, when all three numbers were written.
      var exact: ComponentVersion?
      /// The lowest version the partial one covers, `1.32` → `1.32.0`.
      var low: ComponentVersion
      /// `1.32.0-0`: below every 1.32 release, its pre-releases too.
      var lowestPrerelease: ComponentVersion
      /// The first version past it, `1.32` → `1.33.0-0` (exclusive); nil for `*`; for an
      /// exact version, itself (inclusive).
      var upper: (version: ComponentVersion, inclusive: Bool)?
      /// `1.32` → `1.33.0`: the first release past it.
      var next: ComponentVersion
    }
  }

  private static func partial(_ text: String) -> Partial? {
    var numbersText = text
    var wildcards = 0
    while numbersText.hasSuffix(".x") || numbersText.hasSuffix(".X") || numbersText.hasSuffix(".*") {
      numbersText.removeLast(2)
      wildcards += 1
    }
    if ["x", "X", "*"].contains(numbersText) { return Partial(name: nil, bounds: Partial.Bounds(exact: nil, low: .number(.init(0, 0, 0)), lowestPrerelease: .number(.init(0, 0, 0, pre: ["0"])), upper: nil, next: .number(.init(0, 0, 0)))) }
    guard let (version, parts) = ComponentVersion.parse(numbersText) else { return nil }
    guard case .number(let number) = version else {
      return wildcards == 0 ? Partial(name: version, bounds: nil) : nil
    }
    if parts == 3 && wildcards == 0 {
      let lowest = number.prereleaseIdentifiers.isEmpty ? ComponentVersion.number(.init(number.major, number.minor, number.patch, pre: ["0"])) : version
      return Partial(name: nil, bounds: Partial.Bounds(exact: version, low: version, lowestPrerelease: lowest, upper: (version, true), next: version))
    }
    guard number.prereleaseIdentifiers.isEmpty, parts + wildcards <= 3 else { return nil }
    let next = parts == 1 ? Version(number.major + 1, 0, 0) : Version(number.major, number.minor + 1, 0)
    return Partial(
      name: nil,
      bounds: Partial.Bounds(
        exact: nil, low: version, lowestPrerelease: .number(.init(number.major, number.minor, 0, pre: ["0"])),
        upper: (.number(.init(next.major, next.minor, 0, pre: ["0"])), false), next: .number(next)))
  }
}
