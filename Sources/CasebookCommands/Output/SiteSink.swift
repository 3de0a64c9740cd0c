// Stage: Write. Where a build's files go, part by part.

internal import CasebookRender

/// Receives a build's files part by part: a folder being written, a comparison with a folder,
/// or memory.
///
/// A build renders one part of the site (listing pages, a batch of case pages, the search
/// index, a batch of man pages), hands it over and drops it, so the whole rendered site is
/// never held at once.
protocol SiteSink {
  mutating func accept(_ files: [OutputFile]) throws
}

extension SiteOutput: SiteSink {
  mutating func accept(_ files: [OutputFile]) throws {
    for file in files { add(file) }
  }
}
