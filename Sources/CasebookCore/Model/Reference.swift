// Stage: model.

/// A source the case relies on: an issue, a commit, a mailing-list post, a manual page.
package struct Reference: Sendable, Hashable, Codable {
  package var title: String
  /// An absolute `http` or `https` URL.
  package var url: String

  package init(title: String, url: String) {
    self.title = title
    self.url = url
  }
}

/// A value from the front matter together with where it was written, for later checks.
package struct Located<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
  package var value: Value
  package var position: SourcePosition

  package init(_ value: Value, at position: SourcePosition) {
    self.value = value
    self.position = position
  }
}
