// Stage: Parse (a case's front matter rules). YAML front matter → typed FrontMatter, every
// problem a positioned diagnostic.

/// Checks the field rules of a case's front matter (CB016–CB024, CB027, CB028) and decodes it
/// into ``FrontMatter``: every key known, the required ones present, each value of its type and
/// form. The YAML itself is read and its syntax checked first (``YAMLMapping``).
///
/// All fields are read even after a problem, so one run reports every mistake.
///
/// ```
/// sumary: Linking fails   →  2:1: error: unknown key 'sumary'; did you mean 'summary'? [CB016]
/// date: 2025-02-30        →  3:7: error: 'date' 2025-02-30 is not a calendar date [CB020]
/// ```
package enum FrontMatterChecker {
  static let titleLimit = 120
  static let summaryLimit = 200
  static let lineLimit = 500

  /// What decoding gives: the front matter when every field is valid, and in any case the
  /// `related` entries and `lang`, so links and headings are still checked in a broken file.
  package struct Decoded: Sendable {
    package var frontMatter: FrontMatter?
    package var related: [Located<String>]
    package var lang: String?
  }

  /// Checks and decodes the YAML of a split case file.
  package static func check(_ split: FrontMatterSplitter.Split, diagnostics: inout FileDiagnostics) -> Decoded {
    guard let mapping = YAMLMapping.parse(split.yaml, lineOffset: 1, at: .fileStart, diagnostics: &diagnostics) else {
      return Decoded(frontMatter: nil, related: [], lang: nil)
    }
    let before = diagnostics.collected.errorCount
    var title: String?, summary: String?, date: Located<CaseDate>?, updated: Located<CaseDate>?
    var status = CaseStatus.resolved
    var tags: [String] = [], components: [String] = [], environment: [String] = [], signatures: [String] = []
    var references: [Reference] = [], related: [Located<String>] = [], lang: String?
    var ranges: [Located<Applicability.Range>] = [], fixes: [Located<Applicability.Fix>] = [], review = Review()

    for entry in mapping.entries {
      switch entry.key {
      case "title": title = mapping.text(entry, maximumLength: titleLimit, diagnostics: &diagnostics)
      case "summary": summary = mapping.text(entry, maximumLength: summaryLimit, diagnostics: &diagnostics)
      case "date": date = readDate(entry, in: mapping, diagnostics: &diagnostics)
      case "updated": updated = readDate(entry, in: mapping, diagnostics: &diagnostics)
      case "status":
        guard let text = mapping.text(entry, maximumLength: lineLimit, diagnostics: &diagnostics) else { break }
        if let value = CaseStatus(rawValue: text) {
          status = value
        } else {
          let names = CaseStatus.allCases.map(\.rawValue)
          let hint = Suggestion.closest(to: text, in: names).map { "; did you mean '\($0)'?" } ?? " (one of \(names.joined(separator: ", ")))"
          diagnostics.report(.invalidStatus, at: mapping.position(of: entry), "'status' '\(text)' is not a status\(hint)")
        }
      case "tags": tags = readSlugs(entry, in: mapping, diagnostics: &diagnostics)
      case "components": components = readSlugs(entry, in: mapping, diagnostics: &diagnostics)
      case "environment": environment = readList(entry, in: mapping, diagnostics: &diagnostics).map(\.value)
      case "signatures": signatures = readList(entry, in: mapping, maximumLength: 2_000, diagnostics: &diagnostics).map(\.value)
      case "references": references = readReferences(entry, in: mapping, diagnostics: &diagnostics)
      case "related": related = readList(entry, in: mapping, diagnostics: &diagnostics)
      case "lang":
        guard let text = mapping.text(entry, maximumLength: 35, diagnostics: &diagnostics) else { break }
        if LanguageTag.isValid(text) {
          lang = text
        } else {
          diagnostics.report(.invalidLanguage, at: mapping.position(of: entry), "'lang' '\(text)' is not a BCP 47 language tag (as en, zh, zh-Hans, pt-BR)")
        }
      case "applies_to":
        ranges = readVersions(entry, in: mapping, diagnostics: &diagnostics) { text in
          VersionRange.parse(text)
        }.map { Located(Applicability.Range(component: $0.component, range: $0.value), at: $0.position) }
      case "fixed_in":
        fixes = readVersions(entry, in: mapping, diagnostics: &diagnostics) { text in
          if text == VersionRange.unknown { return .success(nil as ComponentVersion?) }
          if let version = ComponentVersion(text), !VersionRange.looksLikeSpan(text) { return .success(version) }
          return .failure(VersionRange.RangeError(reason: "'\(text)' is not one version, the first with the fix (as 1.33.0, v1.8.2, 42 or unknown)"))
        }.map { Located(Applicability.Fix(component: $0.component, version: $0.value, text: $0.text), at: $0.position) }
      case "reviewed": review.date = readReviewed(entry, in: mapping, reviewer: &review.reviewer, diagnostics: &diagnostics)
      case "review_every":
        guard let text = mapping.text(entry, maximumLength: lineLimit, diagnostics: &diagnostics) else { break }
        if let interval = ReviewInterval(text) {
          review.every = interval
        } else {
          diagnostics.report(.invalidReview, at: mapping.position(of: entry), "'review_every' '\(text)' is not an interval (as 90d, 12w, 6mo or 1y)")
        }
      default:
        let hint = Suggestion.closest(to: entry.key, in: FrontMatter.keys).map { "; did you mean '\($0)'?" }
          ?? " (known keys: \(FrontMatter.keys.joined(separator: ", ")))"
        diagnostics.report(.unknownKey, at: entry.keyPosition, "unknown key '\(entry.key)'\(hint)")
      }
    }

    let present = Set(mapping.entries.map(\.key))
    for key in ["title", "summary", "date"] where !present.contains(key) {
      diagnostics.report(.missingField, at: .fileStart, "missing required field '\(key)'")
    }
    if let date, let updated, updated.value < date.value {
      diagnostics.report(.updatedBeforeDate, at: updated.position, "'updated' \(updated.value) is before 'date' \(date.value)")
    }
    for (key, located) in ranges.map({ ("applies_to", Located($0.value.component, at: $0.position)) }) + fixes.map({ ("fixed_in", Located($0.value.component, at: $0.position)) })
    where !components.contains(located.value) {
      let hint = Suggestion.closest(to: located.value, in: components).map { "; did you mean '\($0)'?" }
        ?? (components.isEmpty ? "; list it under 'components' first" : " (\(components.joined(separator: ", ")))")
      diagnostics.report(.unknownComponent, at: located.position, "'\(key)' names '\(located.value)', which is not one of the case's components\(hint)")
    }
    if let reviewed = review.date, let date, reviewed.value < date.value {
      diagnostics.report(.invalidReview, at: reviewed.position, "'reviewed' \(reviewed.value) is before 'date' \(date.value)")
    }
    guard diagnostics.collected.errorCount == before, let title, let summary, let date else {
      return Decoded(frontMatter: nil, related: related, lang: lang)
    }
    var frontMatter = FrontMatter(
      title: title, summary: InlineText(summary), date: date.value, updated: updated?.value, status: status,
      tags: tags, components: components, environment: environment, signatures: signatures,
      references: references, related: related, lang: lang,
      applicability: Applicability(appliesTo: ranges.map(\.value), fixedIn: fixes.map(\.value)), review: review)
    frontMatter.datePosition = date.position
    frontMatter.updatedPosition = updated?.position
    return Decoded(frontMatter: frontMatter, related: related, lang: lang)
  }

  private static func readDate(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping, diagnostics: inout FileDiagnostics) -> Located<CaseDate>? {
    guard let text = mapping.text(entry, maximumLength: lineLimit, diagnostics: &diagnostics) else { return nil }
    let at = mapping.position(of: entry)
    guard CaseDate.hasDateShape(text) else {
      diagnostics.report(.invalidDate, at: at, "'\(entry.key)' must be a date written YYYY-MM-DD, found '\(text)'")
      return nil
    }
    guard let date = CaseDate(text) else {
      diagnostics.report(.invalidDate, at: at, "'\(entry.key)' \(text) is not a calendar date")
      return nil
    }
    return Located(date, at: at)
  }

  /// A mapping of component → version text, each value read by `parse`: `applies_to` and
  /// `fixed_in`. Each entry is located at its key.
  private static func readVersions<Value>(
    _ entry: YAMLMapping.Entry, in mapping: YAMLMapping, diagnostics: inout FileDiagnostics, parse: (String) -> Result<Value, VersionRange.RangeError>
  ) -> [(component: String, value: Value, text: String, position: SourcePosition)] {
    guard case .mapping(let fields, _) = entry.value else {
      if mapping.isNull(entry.value) { return [] }
      diagnostics.report(.wrongType, at: mapping.position(of: entry), "'\(entry.key)' must map components to versions, as {cri-o: \">=1.32.0 <1.33\"} or one 'component: versions' per line; found \(YAMLMapping.describeKind(entry.value))")
      return []
    }
    var found: [(component: String, value: Value, text: String, position: SourcePosition)] = []
    for (key, value) in fields {
      guard let component = key.string else {
        diagnostics.report(.wrongType, at: key.position, "'\(entry.key)' keys must be component names, found \(YAMLMapping.describeKind(key))")
        continue
      }
      let valueEntry = YAMLMapping.Entry(key: "\(entry.key).\(component)", keyPosition: key.position, value: value)
      guard let text = mapping.text(valueEntry, maximumLength: lineLimit, diagnostics: &diagnostics) else { continue }
      switch parse(text) {
      case .success(let parsed): found.append((component, parsed, text, key.position))
      case .failure(let error): diagnostics.report(.invalidVersion, at: value.position, "'\(entry.key)' for '\(component)': \(error.reason)")
      }
    }
    return found
  }

  /// `reviewed: 2026-11-30` or `reviewed: {date: 2026-11-30, by: Wei Zhang}`.
  private static func readReviewed(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping, reviewer: inout String?, diagnostics: inout FileDiagnostics) -> Located<CaseDate>? {
    guard case .mapping(let fields, _) = entry.value else { return readDate(entry, in: mapping, diagnostics: &diagnostics) }
    var date: Located<CaseDate>?
    for (key, value) in fields {
      let name = key.string ?? ""
      let valueEntry = YAMLMapping.Entry(key: "reviewed.\(name)", keyPosition: key.position, value: value)
      switch name {
      case "date": date = readDate(valueEntry, in: mapping, diagnostics: &diagnostics)
      case "by": reviewer = mapping.text(valueEntry, maximumLength: 100, diagnostics: &diagnostics)
      default:
        let hint = Suggestion.closest(to: name, in: ["date", "by"]).map { "; did you mean '\($0)'?" } ?? " ('reviewed' has 'date' and 'by')"
        diagnostics.report(.unknownKey, at: key.position, "unknown key '\(name)' in 'reviewed'\(hint)")
      }
    }
    if date == nil, !fields.isEmpty { diagnostics.report(.missingField, at: entry.value.position, "'reviewed' is missing 'date'") }
    return date
  }

  private static func readList(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping, maximumLength: Int = lineLimit, diagnostics: inout FileDiagnostics) -> [Located<String>] {
    guard let items = mapping.textList(entry, maximumLength: maximumLength, diagnostics: &diagnostics) else { return [] }
    var seen = Set<String>()
    for item in items where !seen.insert(item.value).inserted {
      diagnostics.report(.duplicateEntry, at: item.position, "'\(entry.key)' lists '\(item.value)' twice")
    }
    return items
  }

  private static func readSlugs(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping, diagnostics: inout FileDiagnostics) -> [String] {
    let items = readList(entry, in: mapping, diagnostics: &diagnostics)
    for item in items where !Slug.isValid(item.value) {
      let lowered = item.value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
      let hint = Slug.isValid(lowered) ? "; write '\(lowered)'" : ""
      diagnostics.report(.invalidSlug, at: item.position, "'\(entry.key)' entry '\(item.value)' must be lowercase letters and digits joined by dashes, at most 40 characters\(hint)")
    }
    return items.map(\.value)
  }

  private static func readReferences(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping, diagnostics: inout FileDiagnostics) -> [Reference] {
    guard case .sequence(let sequence, _) = entry.value else {
      if mapping.isNull(entry.value) { return [] }
      diagnostics.report(.wrongType, at: mapping.position(of: entry), "'references' must be a list of '- title: …' / 'url: …' pairs; found \(YAMLMapping.describeKind(entry.value))")
      return []
    }
    var references: [Reference] = []
    for (index, item) in sequence.enumerated() {
      let at = item.position
      guard case .mapping(let fields, _) = item else {
        diagnostics.report(.wrongType, at: at, "reference \(index + 1) must have 'title' and 'url' fields; found \(YAMLMapping.describeKind(item))")
        continue
      }
      var title: String?, url: String?
      for (key, value) in fields {
        let name = key.string ?? ""
        let valueEntry = YAMLMapping.Entry(key: "references[\(index + 1)].\(name)", keyPosition: key.position, value: value)
        switch name {
        case "title": title = mapping.text(valueEntry, maximumLength: lineLimit, diagnostics: &diagnostics)
        case "url":
          guard let text = mapping.text(valueEntry, maximumLength: 2_000, diagnostics: &diagnostics) else { break }
          if let problem = WebURL.problem(with: text) {
            diagnostics.report(.invalidURL, at: mapping.position(of: valueEntry), "reference \(index + 1) url \(problem)")
          } else {
            url = text
          }
        default:
          let hint = Suggestion.closest(to: name, in: ["title", "url"]).map { "; did you mean '\($0)'?" } ?? " (a reference has 'title' and 'url')"
          diagnostics.report(.unknownKey, at: valueEntry.keyPosition, "unknown key '\(name)' in reference \(index + 1)\(hint)")
        }
      }
      let names = Set(fields.compactMap { $0.key.string })
      for required in ["title", "url"] where !names.contains(required) {
        diagnostics.report(.missingField, at: at, "reference \(index + 1) is missing '\(required)'")
      }
      if let title, let url { references.append(Reference(title: title, url: url)) }
    }
    return references
  }
}
