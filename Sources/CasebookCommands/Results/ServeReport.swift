// Stage: CLI. What `casebook serve` did, returned to its caller when it stops.

/// What `casebook serve` did, returned when it stops.
package struct ServeReport: Sendable, Equatable {
  /// Builds made (the first one included), those stopped by errors, and those that changed the
  /// site and so reloaded the open pages.
  package var builds = 0
  package var failed = 0
  package var reloads = 0
}
