// Stage: model. When a case was last checked, and how often it should be.

/// A case's review state: `reviewed` (a date, or a date and who) and `review_every`, which
/// overrides the site's interval.
///
/// ```
/// reviewed: 2026-11-30                         →  Review(date: 2026-11-30)
/// reviewed: {date: 2026-11-30, by: Wei Zhang}  →  Review(date: 2026-11-30, reviewer: "Wei Zhang")
/// review_every: 6mo                            →  Review(every: 6 months)
/// ```
///
/// A case never reviewed counts from its `updated` date, else from its `date`: it was checked
/// when it was written.
package struct Review: Sendable, Hashable, Codable {
  package var date: Located<CaseDate>?
  package var reviewer: String?
  package var every: ReviewInterval?

  package init(date: Located<CaseDate>? = nil, reviewer: String? = nil, every: ReviewInterval? = nil) {
    self.date = date
    self.reviewer = reviewer
    self.every = every
  }
}

/// How long a review holds: `90d`, `12w`, `6mo`, `1y` (or `90 days`, `6 months`, `1 year`).
///
/// ```
/// 6mo after 2026-08-31  →  2027-02-28    months and years are calendar ones, the day kept
/// 2w after 2026-12-25   →  2027-01-08    where the month has it
/// ```
package struct ReviewInterval: Sendable, Hashable, Codable, CustomStringConvertible {
  package enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
    case days = "d", weeks = "w", months = "mo", years = "y"
  }

  package var count: Int
  package var unit: Unit

  package init(count: Int, unit: Unit) {
    self.count = count
    self.unit = unit
  }

  /// The site's interval when its config names none.
  package static let standard = ReviewInterval(count: 1, unit: .years)

  package init?(_ written: String) {
    let text = written.trimmingWhitespace.lowercased()
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    let unitText = String(text.dropFirst(digits.count)).trimmingWhitespace
    guard (1...4).contains(digits.count), let count = Int(digits), count > 0 else { return nil }
    let words: [String: Unit] = [
      "d": .days, "day": .days, "days": .days, "w": .weeks, "week": .weeks, "weeks": .weeks,
      "mo": .months, "month": .months, "months": .months, "y": .years, "year": .years, "years": .years,
    ]
    guard let unit = words[unitText] else { return nil }
    self.init(count: count, unit: unit)
  }

  /// `6mo`: how the pages and `cases.json` write it.
  package var description: String { "\(count)\(unit.rawValue)" }

  /// The day the interval ends, counted from `date`.
  package func after(_ date: CaseDate) -> CaseDate {
    switch unit {
    case .days: date.adding(days: count)
    case .weeks: date.adding(days: 7 * count)
    case .months: date.adding(months: count)
    case .years: date.adding(months: 12 * count)
    }
  }
}
