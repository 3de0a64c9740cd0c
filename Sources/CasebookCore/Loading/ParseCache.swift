// Stage: Parse (kept between builds). What parsing a case file gave, without its Markdown.

/// Every case file's parse result from the last build, so that a build reads and parses only
/// the files that changed: the result without the Markdown body and its sections (a build that
/// renders the case reads the body again, ``CaseLoader/body(of:)``, and outlines it on the
/// parse it renders from), with the file's diagnostics and digest.
///
/// The command layer keeps it in `.casebook-cache/` (``CacheCoder``, entries encoded and
/// decoded a group at a time on every core) and uses an entry only for a file whose stamp is
/// the one the last build read, with the same config.
///
/// ```
/// Content/cases/a.md unchanged → its entry: front matter, sections, warnings, digest
/// ```
package struct ParseCache: Sendable {
  package struct Entry: Sendable, Codable {
    /// The ``ContentDigest`` of the file as parsed.
    package var digest: UInt64
    /// The parse result, with an empty body.
    package var loaded: CaseLoader.Loaded
  }

  /// Entries by file path.
  package var entries: [String: Entry] = [:]

  /// The groups of the file this cache was read from, by ``groupKey(_:)``: a group whose files
  /// are all unchanged is copied when the cache is saved again, not encoded again.
  private var encodedGroups: [UInt64: [UInt8]] = [:]

  package init() {}

  /// The parse results of these files, by path, without their bodies and sections (a build
  /// outlines again the body of a case it renders, on the parse it renders from); with the
  /// cache the unchanged files' results came from, whose groups are copied where they still stand.
  package init(_ loaded: [CaseLoader.Loaded], digests: [String: UInt64], reusing previous: ParseCache? = nil) {
    for var item in loaded {
      guard let digest = digests[item.file] else { continue }
      item.record?.body = ""
      item.record?.sections = []
      entries[item.file] = Entry(digest: digest, loaded: item)
    }
    encodedGroups = previous?.encodedGroups ?? [:]
  }

  /// Completes the entry of a file loaded without checking its body (a build checks bodies in
  /// its Cases stage) with what checking it reported and the links to other cases it found.
  /// Only complete entries are saved (``bytes``).
  package mutating func bodyChecked(_ file: String, diagnostics: Diagnostics, linkedCases: [Located<LinkedCase>]) {
    guard var entry = entries[file], !entry.loaded.bodyChecked else { return }
    for diagnostic in diagnostics.all { entry.loaded.diagnostics.restore(diagnostic) }
    entry.loaded.record?.linkedCases = linkedCases
    entry.loaded.bodyChecked = true
    entries[file] = entry
  }

  /// The same cache with every file named as `rename` names it: kept with paths relative to
  /// the project root, used with the paths of this run (``ProjectLayout/relative(_:)``).
  package func relocated(_ rename: (String) -> String) -> ParseCache {
    var moved = self
    moved.entries = [:]
    for (path, var entry) in entries {
      let file = rename(path)
      entry.loaded.file = file
      entry.loaded.record?.file = file
      entry.loaded.diagnostics = entry.loaded.diagnostics.relocated(to: file)
      moved.entries[file] = entry
    }
    return moved
  }

  /// The same cache with only the entries `isIncluded` accepts.
  package func filter(_ isIncluded: (_ path: String) -> Bool) -> ParseCache {
    var kept = self
    for path in entries.keys where !isIncluded(path) { kept.entries[path] = nil }
    return kept
  }

  /// What the cache file holds (``CacheCoder``, kind `parsed`): the complete entries in groups
  /// (by a digest of their path, so that an edit or a new file changes one group), each
  /// encoded on its own, on every core; nil if one cannot be.
  package var groups: [[UInt8]]? {
    var groups = Array(repeating: [Entry](), count: Self.groupCount)
    for (path, entry) in entries.sorted(by: { $0.key < $1.key }) where entry.loaded.bodyChecked {
      groups[Int(ContentDigest.of(Array(path.utf8)) % UInt64(Self.groupCount))].append(entry)
    }
    let previous = encodedGroups
    let encoded = groups.filter { !$0.isEmpty }.concurrentMap { group in previous[Self.groupKey(group)] ?? (try? BinaryEncoding.encode(group)) }
    guard !encoded.contains(where: { $0 == nil }) else { return nil }
    return encoded.map { $0! }
  }

  /// The cache file, whole.
  package var bytes: [UInt8] { groups.flatMap { try? CacheCoder.encode($0, kind: "parsed") } ?? [] }

  static let groupCount = 64

  /// What a group holds: each entry's path and file digest.
  private static func groupKey(_ group: [Entry]) -> UInt64 {
    var key = ContentDigest.Stream()
    for entry in group {
      key.add(field: entry.loaded.file)
      key.add(field: entry.digest)
    }
    return key.value
  }

  /// Reads a cache back; nil when the bytes are of another kind or damaged in any way.
  package init?(bytes: [UInt8]) {
    guard let groups = CacheCoder.decode([[UInt8]].self, from: bytes, kind: "parsed") else { return nil }
    let decoded = groups.concurrentMap { try? BinaryDecoding.decode([Entry].self, from: $0) }
    entries.reserveCapacity(decoded.reduce(0) { $0 + ($1?.count ?? 0) })
    for (bytes, group) in zip(groups, decoded) {
      guard let group else { return nil }
      for entry in group { entries[entry.loaded.file] = entry }
      encodedGroups[Self.groupKey(group)] = bytes
    }
  }
}
