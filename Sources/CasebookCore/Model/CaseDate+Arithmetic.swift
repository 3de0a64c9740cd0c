// Stage: model. Counting days between case dates.

extension CaseDate {
  /// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before it).
  ///
  /// ```
  /// 1970-01-01  →  0
  /// 2026-12-04  →  20791
  /// ```
  package var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `dayNumber` days after 1970-01-01, clamped to the years 1 to 9999.
  package init(dayNumber: Int) {
    let z = min(max(dayNumber, -719_162), 2_932_896) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self = CaseDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
  }

  package func adding(days: Int) -> CaseDate { CaseDate(dayNumber: dayNumber + days) }

  /// The same day `months` later, or the month's last day when it is shorter.
  package func adding(months: Int) -> CaseDate {
    let index = min(year * 12 + (month - 1) + months, 9999 * 12 + 11)
    let newYear = index / 12, newMonth = index % 12 + 1
    return CaseDate(year: newYear, month: newMonth, day: min(day, CaseDate.daysIn(month: newMonth, year: newYear)))!
  }

  /// Whole days from `self` to `other` (negative when `other` is earlier).
  package func days(until other: CaseDate) -> Int { other.dayNumber - dayNumber }
}
