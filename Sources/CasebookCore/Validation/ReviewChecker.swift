// Stage: Validate (lint only). Cases past their review date, as of a given day.

/// Finds the cases whose review has run out (CB063): their last review (else their `updated`,
/// else their `date`) plus their `review_every` (else the site's) is before `today`. Only
/// `casebook lint` asks, since the answer changes with the day and a build's must not.
///
/// ```
/// date: 2025-01-10, site review_every 1y, today 2026-12-04
///   →  1:1: warning: last reviewed 2025-01-10, 693 days ago; its review was due 2026-01-10
///      (every 1y): check the case, then set 'reviewed: 2026-12-04' [CB063]
/// reviewed: 2026-06-01 (at line 9), review_every: 90d, today 2026-12-04
///   →  9:11: warning: last reviewed 2026-06-01, 186 days ago; its review was due 2026-08-30 …
/// ```
package enum ReviewChecker {
  /// The warnings, the longest overdue first (ties in file order).
  package static func overdue(_ records: [CaseRecord], config: SiteConfig, today: CaseDate) -> [Diagnostic] {
    let late = records.compactMap { record -> (due: CaseDate, diagnostic: Diagnostic)? in
      let fm = record.frontMatter
      let due = config.reviewDue(of: fm)
      guard due < today else { return nil }
      let last = config.lastReviewed(fm)
      let every = fm.review.every ?? config.reviewEvery
      let message = "last reviewed \(last), \(last.days(until: today)) days ago; its review was due \(due) (every \(every)): check the case, then set 'reviewed: \(today)'"
      return (due, Diagnostic(file: record.file, position: fm.review.date?.position ?? .fileStart, rule: .reviewOverdue, message: message))
    }
    return late.sorted { ($0.due, $0.diagnostic.file) < ($1.due, $1.diagnostic.file) }.map(\.diagnostic)
  }
}
