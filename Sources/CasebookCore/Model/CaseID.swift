// Stage: model.

/// The identifier of a case: its file name without `.md`, also its URL path and man page name.
///
/// Lowercase letters and digits in dash-separated words, starting with a letter, 3 to 80
/// characters: `crio-fedora41-wazero-linkname`.
package struct CaseID: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  package let rawValue: String

  /// Accepts only valid ids; see ``problem(with:)`` for why one is refused.
  package init?(rawValue: String) {
    guard CaseID.problem(with: rawValue) == nil else { return nil }
    self.rawValue = rawValue
  }

  package var description: String { rawValue }

  package static func < (lhs: CaseID, rhs: CaseID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Why a string is not a valid id, in words a contributor can act on; nil when it is valid.
  package static func problem(with text: String) -> String? {
    let count = text.unicodeScalars.count
    if count < 3 || count > 80 { return "must be 3 to 80 characters long (it has \(count))" }
    if !Slug.isLowercaseWords(text) {
      return "must be lowercase letters and digits in words joined by single dashes"
    }
    guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else {
      return "must start with a letter"
    }
    return nil
  }

  /// A valid id close to an invalid one: lower-cased, with every run of other characters
  /// made one dash; nil when that is not valid either.
  ///
  /// ```
  /// "Nginx_Reload"   →  "nginx-reload"
  /// "CRI-O 1.32 fix" →  "cri-o-1-32-fix"
  /// "42"             →  nil
  /// ```
  package static func suggestion(for text: String) -> CaseID? {
    CaseID(rawValue: text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-"))
  }
}

/// Lowercase slugs used for tags and components: `go`, `cri-o`, `rpm-build`.
package enum Slug {
  /// Whether the text is `^[a-z0-9]+(-[a-z0-9]+)*$`.
  package static func isLowercaseWords(_ text: String) -> Bool {
    var previousWasDash = true
    for scalar in text.unicodeScalars {
      if scalar == "-" {
        if previousWasDash { return false }
        previousWasDash = true
      } else if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        previousWasDash = false
      } else {
        return false
      }
    }
    return !previousWasDash
  }

  /// Whether the text is a valid slug: lowercase words, 1 to 40 characters.
  package static func isValid(_ text: String) -> Bool {
    text.unicodeScalars.count <= 40 && isLowercaseWords(text)
  }
}
