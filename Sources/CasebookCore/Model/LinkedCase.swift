// Stage: model. A link in a case body to another case.

/// A link in a case body to another case, written as that case's file name, with a section's
/// anchor if wanted.
///
/// The file name is what the other case is beside this one in `Content/cases`, so the link
/// also works where the Markdown is read as files (GitHub, an editor's preview); on the site it
/// goes to the other case's page (``sitePath(from:)``), in a man page it names the other case's
/// page, and `casebook lint` checks that the case exists (``RelatedCaseChecker``).
///
/// ```
/// crio-fedora44-wazero-dt-textrel.md                →  the case crio-fedora44-wazero-dt-textrel
/// ./crio-fedora44-wazero-dt-textrel.md#root-cause   →  the same, at its root cause; on the site,
///                                                      ../crio-fedora44-wazero-dt-textrel/index.html#root-cause
/// https://example.org/a.md, notes/a.md, #symptom    →  nil: not a link to a case
/// ```
package struct LinkedCase: Sendable, Hashable, Codable {
  /// The other case's id as written: the file name without `.md`, which may name no case.
  package var id: String
  /// The anchor after `#`, if any.
  package var fragment: String?

  /// The link a destination makes, or nil when it is not a case's file name.
  package init?(destination: String) {
    var path = Substring(destination)
    if let hash = path.firstIndex(of: "#") {
      let anchor = path[path.index(after: hash)...]
      fragment = anchor.isEmpty ? nil : String(anchor)
      path = path[..<hash]
    }
    if path.hasPrefix("./") { path = path.dropFirst(2) }
    guard path.count > 3, path.hasSuffix(".md"), !path.contains(where: { "/:?\\".contains($0) }) else { return nil }
    id = String(path.dropLast(3))
  }

  /// Where the link goes on the site from the page or runbook of the case `from`; nil when
  /// ``id`` is not a valid case id.
  package func sitePath(from: CaseID) -> String? {
    guard let id = CaseID(rawValue: id) else { return nil }
    return SiteRoutes.link(from: SiteRoutes.casePage(from), to: SiteRoutes.casePage(id)) + (fragment.map { "#" + $0 } ?? "")
  }
}
