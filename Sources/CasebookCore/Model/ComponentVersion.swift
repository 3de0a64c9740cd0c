// Stage: model. A version of a component as people write it; ordered by mxcl/Version.

package import Version

/// A version of a component, as a package, a distribution or a tool names it: a dotted number,
/// ordered as semantic versions are, or a release name, equal only to itself.
///
/// ```
/// 1.32.4            →  .number(1.32.4)
/// v1.8.2            →  .number(1.8.2)
/// 41                →  .number(41.0.0)
/// 0:1.32.0-1.fc41   →  .number(1.32.0)          the epoch and the package release are dropped
/// 1.33.0-rc.1       →  .number(1.33.0-rc.1)     a pre-release, before 1.33.0
/// 1.33.0~rc1        →  .number(1.33.0-rc1)      RPM's and Debian's pre-release mark
/// Rawhide           →  .name("rawhide")
/// 1.2.3.4, 1..2     →  nil
/// ```
///
/// A dash followed by a digit starts a distribution's package release (`-1.fc41`, `-0ubuntu1`),
/// which says how the package was built, not which upstream version it carries; a dash
/// followed by a letter starts a pre-release. `search.js` (`parseVersion`) reads versions the
/// same way, and `Tests/CasebookSearchTests/Fixtures/versions.json` holds the cases both pass.
package enum ComponentVersion: Sendable, Hashable, CustomStringConvertible {
  case number(Version)
  case name(String)

  /// The most digits a number of a version may have.
  static let digitLimit = 9

  package init?(_ text: String) {
    guard let parsed = Self.parse(text) else { return nil }
    self = parsed.version
  }

  /// The version and how many of its three numbers were written (`1.32` → 2): a range reads
  /// `1.32` as every 1.32 release.
  static func parse(_ written: String) -> (version: ComponentVersion, parts: Int)? {
    var text = Substring(written.trimmingWhitespace)
    guard !text.isEmpty, text.utf8.count <= 100 else { return nil }
    if let first = text.first, first.isASCII, first.isLetter, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }),
      !(first == "v" && text.dropFirst().first?.isNumber == true)
    {
      return (.name(text.lowercased()), 0)
    }
    if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy(\.isASCIIDigit), colon != text.startIndex {
      text = text[text.index(after: colon)...]  // an epoch
    }
    if text.first == "v" { text = text.dropFirst() }
    if let plus = text.firstIndex(of: "+") { text = text[..<plus] }  // build metadata
    var prerelease: [String] = []
    if let mark = text.firstIndex(where: { $0 == "-" || $0 == "~" }) {
      let rest = text[text.index(after: mark)...]
      guard let next = rest.first else { return nil }
      if next.isASCIIDigit && text[mark] == "-" {
        text = text[..<mark]  // a package release
      } else {
        prerelease = rest.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard prerelease.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 40 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }),
          prerelease.allSatisfy({ !$0.allSatisfy(\.isASCIIDigit) || $0.count <= digitLimit })
        else { return nil }
        text = text[..<mark]
      }
    }
    let numbers = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...3).contains(numbers.count), numbers.allSatisfy({ !$0.isEmpty && $0.count <= digitLimit && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
    let values = numbers.map { Int($0)! } + Array(repeating: 0, count: 3 - numbers.count)
    return (.number(Version(values[0], values[1], values[2], pre: prerelease)), numbers.count)
  }

  /// Reads the form ``description`` writes, exactly: three numbers and a pre-release as
  /// semantic versioning writes them (`1.33.0-0` is a pre-release here, not a package
  /// release), or a name. The parse cache and the search index's comparisons are read so.
  package init?(canonical text: String) {
    let halves = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    let numbers = halves[0].split(separator: ".", omittingEmptySubsequences: false)
    if numbers.count == 3, numbers.allSatisfy({ !$0.isEmpty && $0.count <= Self.digitLimit && $0.allSatisfy(\.isASCIIDigit) }),
      halves.count == 1 || halves[1].split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }),
      let version = Version(text)
    {
      self = .number(version)
    } else if let first = text.first, first.isASCII, first.isLetter, let name = ComponentVersion(text), case .name = name {
      self = name
    } else {
      return nil
    }
  }

  /// `1.32.0`, `1.33.0-rc.1`, `rawhide`: the form the search index stores and search.js reads.
  package var description: String {
    switch self {
    case .number(let version): version.description
    case .name(let name): name
    }
  }

  /// Whether `self` comes before `other`; nil when they cannot be compared (a name and a
  /// number, or two names).
  package func precedes(_ other: ComponentVersion) -> Bool? {
    guard case .number(let a) = self, case .number(let b) = other else { return nil }
    return a < b
  }
}

extension ComponentVersion: Codable {
  package init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let version = ComponentVersion(canonical: text) else {
      throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "\(text) is not a version"))
    }
    self = version
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
