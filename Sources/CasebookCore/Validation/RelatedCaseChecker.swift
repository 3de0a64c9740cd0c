// Stage: Validate (across cases).

/// Checks every `related` entry names another case that exists, and every link of a body to
/// another case (``LinkedCase``) a case that exists.
///
/// Both are checked on every build, not kept with a file's parse result: whether another case
/// exists can change without the file changing.
///
/// ```
/// related: [crio-fedora44-wazero-dtextrel]  →  error: related case 'crio-fedora44-wazero-dtextrel'
///                                                does not exist; did you mean 'crio-fedora44-wazero-dt-textrel'? [CB025]
/// [the follow-up](crio-fedora44-wazero-dtextrel.md)  →  error: linked case 'crio-fedora44-wazero-dtextrel'
///                                                does not exist; did you mean 'crio-fedora44-wazero-dt-textrel'? [CB043]
/// ```
package enum RelatedCaseChecker {
  /// - Parameters:
  ///   - related: the entries of one case, with positions.
  ///   - id: the case's own id.
  ///   - known: the ids of every case file found, valid or not, so a broken neighbour does not
  ///     cascade into errors here.
  package static func check(_ related: [Located<String>], of id: CaseID, known: Set<CaseID>, diagnostics: inout FileDiagnostics) {
    for entry in related {
      if entry.value == id.rawValue {
        diagnostics.report(.selfRelated, at: entry.position, "a case cannot be related to itself")
      } else if CaseID(rawValue: entry.value).map(known.contains) != true {
        let hint = Suggestion.closest(to: entry.value, in: known.subtracting([id]).map(\.rawValue).sorted()).map { "; did you mean '\($0)'?" } ?? ""
        diagnostics.report(.unknownRelatedCase, at: entry.position, "related case '\(entry.value)' does not exist\(hint)")
      }
    }
  }

  /// - Parameters:
  ///   - links: the links of one case's body, with positions.
  ///   - known: the ids of every case file found.
  package static func check(links: [Located<LinkedCase>], known: Set<CaseID>, diagnostics: inout FileDiagnostics) {
    for link in links where CaseID(rawValue: link.value.id).map(known.contains) != true {
      let hint = Suggestion.closest(to: link.value.id, in: known.map(\.rawValue).sorted()).map { "; did you mean '\($0)'?" } ?? ""
      diagnostics.report(.unknownLinkedCase, at: link.position, "linked case '\(link.value.id)' does not exist\(hint)")
    }
  }
}
