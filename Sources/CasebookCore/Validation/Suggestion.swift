// Stage: Validate. Near-miss suggestions for unknown keys, headings and case ids.

/// Finds the candidate a mistyped word most likely meant, by edit distance.
///
/// ```
/// Suggestion.closest(to: "sumary", in: ["title", "summary"])  →  "summary"
/// Suggestion.closest(to: "Root Causes", in: ["Root cause"])   →  "Root cause"
/// ```
package enum Suggestion {
  /// The closest candidate within a distance that still reads as a typo, or nil.
  ///
  /// Comparison ignores letter case. The allowed distance grows with the word: 1 for words of
  /// up to four letters, 2 up to eight, then a third of the length.
  package static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let needle = Array(word.lowercased())
    let limit = needle.count <= 4 ? 1 : (needle.count <= 8 ? 2 : needle.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(needle, Array(candidate.lowercased()))
      guard distance <= limit, distance > 0 || word != candidate else { continue }
      if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// Levenshtein distance with adjacent transpositions counted as one edit.
  package static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
