// Stage: model.

/// A calendar date written `YYYY-MM-DD`, checked against the real calendar.
///
/// `2024-02-29` is valid, `2025-02-30` is not. No time of day and no time zone: the same file
/// gives the same date anywhere, which keeps builds deterministic.
package struct CaseDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  package let year: Int
  package let month: Int
  package let day: Int

  package init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CaseDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses exactly `YYYY-MM-DD`.
  package init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Whether the text has the `YYYY-MM-DD` shape, real date or not.
  package static func hasDateShape(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count == 10 else { return false }
    for (index, scalar) in scalars.enumerated() {
      let isDigit = ("0"..."9").contains(scalar)
      if index == 4 || index == 7 { if scalar != "-" { return false } } else if !isDigit { return false }
    }
    return true
  }

  package static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  package static func < (lhs: CaseDate, rhs: CaseDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  package var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Kept between builds as one number, `YYYYMMDD`.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(year * 10_000 + month * 100 + day)
  }

  package init(from decoder: any Decoder) throws {
    let packed = try decoder.singleValueContainer().decode(Int.self)
    guard let date = CaseDate(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100) else {
      throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "\(packed) is not a date"))
    }
    self = date
  }
}
