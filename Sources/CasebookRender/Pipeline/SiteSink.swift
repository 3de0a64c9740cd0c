// Stage: Render → Write. Where a build's files go, part by part.

/// Receives a build's files part by part: a folder being written, a comparison with a folder,
/// or memory.
///
/// A build renders one part of the site (listing pages, a batch of cases' pages and man pages,
/// a group of search index files), hands it over and drops it, so the whole rendered site is
/// never held at once. A file too large to hold whole (cases.json carries the text of every
/// case) comes a part at a time, as the Cases stage makes it.
package protocol SiteSink {
  mutating func accept(_ files: [OutputFile]) throws
  /// Receives the next part of a file made a part at a time; the file is complete at ``finish(_:)``.
  mutating func append(_ part: [UInt8], to path: String) throws
  /// Receives the end of a file made a part at a time (``append(_:to:)``), even one that had no part.
  mutating func finish(_ path: String) throws
  /// Takes over files of the previous build as they are, instead of receiving them again
  /// (the build found that they would come out the same); false when it cannot, because it
  /// knows no previous build or not every one of these files, and then the build renders them.
  /// By default it cannot.
  mutating func keep(_ paths: [String]) -> Bool
  /// The previous build's version of a file, to copy parts of it into the new one; nil when
  /// the sink knows no previous build (the default) or that file was not part of it.
  func previousFile(_ path: String) -> (any PreviousFile)?
}

/// A file of the previous build, read a range of bytes at a time.
package protocol PreviousFile: Sendable {
  func read(_ range: Range<Int>) throws -> [UInt8]
}

extension SiteSink {
  package mutating func keep(_ paths: [String]) -> Bool { false }

  package func previousFile(_ path: String) -> (any PreviousFile)? { nil }
}

extension SiteOutput: SiteSink {
  package mutating func accept(_ files: [OutputFile]) throws {
    for file in files { add(file) }
  }

  package mutating func append(_ part: [UInt8], to path: String) throws {
    partial[path, default: []] += part
  }

  package mutating func finish(_ path: String) throws {
    add(OutputFile(path: path, bytes: partial.removeValue(forKey: path) ?? []))
  }
}
