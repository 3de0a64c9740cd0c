// Stage: model.

/// Where a case stands: fixed for good, worked around, or still open.
package enum CaseStatus: String, Sendable, Hashable, CaseIterable, Codable {
  case resolved
  case workaround
  case open
}
