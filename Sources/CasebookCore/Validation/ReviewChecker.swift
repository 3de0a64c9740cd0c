// Stage: Validate (lint only). What a case's dates say as of a given day: past its review
// date, or dated after it.

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

  /// The dates more than a day after `today` (CB064): a case records what has happened, so a
  /// date to come is a slip of the year or month (and would list the case first for as long,
  /// or hold off its review), one warning at each. The day after is let pass: a case written
  /// in the morning east of UTC is dated a day ahead of a CI runner's clock.
  ///
  /// ```
  /// date: 2027-11-26 (at line 4), today 2026-12-04
  ///   →  4:7: warning: 'date' 2027-11-26 is after today, 2026-12-04: write the day it happened [CB064]
  /// reviewed: {date: 2026-12-14, by: ana} (at line 12), today 2026-12-04
  ///   →  12:18: warning: 'reviewed' 2026-12-14 is after today, 2026-12-04: write the day it was reviewed [CB064]
  /// ```
  package static func future(_ records: [CaseRecord], today: CaseDate) -> [Diagnostic] {
    records.flatMap { record -> [Diagnostic] in
      let fm = record.frontMatter
      let dates: [(field: String, date: CaseDate?, at: SourcePosition?, day: String)] = [
        ("date", fm.date, fm.datePosition, "it happened"), ("updated", fm.updated, fm.updatedPosition, "it was revised"),
        ("reviewed", fm.review.date?.value, fm.review.date?.position, "it was reviewed"),
      ]
      return dates.compactMap { field, date, at, day -> Diagnostic? in
        guard let date, today.adding(days: 1) < date else { return nil }
        return Diagnostic(
          file: record.file, position: at ?? .fileStart, rule: .futureDate, message: "'\(field)' \(date) is after today, \(today): write the day \(day)")
      }
    }
  }
}
