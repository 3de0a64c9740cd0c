// Stage: Validate (across cases).

/// Checks every `related` entry names another case that exists.
///
/// ```
/// related: [crio-fedora44-wazero-dtextrel]  →  error: related case 'crio-fedora44-wazero-dtextrel'
///                                                does not exist; did you mean 'crio-fedora44-wazero-dt-textrel'? [CB025]
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
}
