// Stage: CLI. The day reviews are judged on.

internal import CasebookCore
internal import Foundation

/// Today's date for review checks: `--today` when given, else `CASEBOOK_TODAY` (`YYYY-MM-DD`,
/// for a CI run or a test that must not change with the day it runs), else the local
/// calendar's. `new` and `import` date new cases with it, `lint` and `search` judge reviews by it; a
/// build's output never depends on the day.
enum Today {
  static func date(given: String? = nil) -> CaseDate {
    if let given, let date = CaseDate(given) { return date }
    if let text = ProcessInfo.processInfo.environment["CASEBOOK_TODAY"], let date = CaseDate(text) { return date }
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CaseDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CaseDate(dayNumber: 0)
  }
}
