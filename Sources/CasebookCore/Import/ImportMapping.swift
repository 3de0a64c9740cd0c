// Stage: model (site-wide settings). Which headings of an existing runbook become which section.

/// How `casebook import` maps the headings of existing runbooks to the sections of a case: a
/// preset's headings, the config's `import.headings` laid over them, and every heading a case
/// itself may have (English and the config's language aliases, 症状 and the like).
///
/// ```
/// alert-runbook:     Meaning, Impact → symptom; Diagnosis → root-cause; Mitigation → solutions
/// problem-solution:  Problem → symptom; Cause → root-cause; Solution → solutions
/// lookup("## Mitigation steps")  →  nil     lookup("mitigation")  →  .solutions
/// ```
package struct ImportMapping: Sendable, Equatable {
  package enum Preset: String, Sendable, CaseIterable {
    /// Prometheus and Kubernetes alert runbooks: Meaning, Impact, Diagnosis, Mitigation.
    case alertRunbook = "alert-runbook"
    /// Plain problem reports: Problem, Cause, Solution.
    case problemSolution = "problem-solution"

    var headings: [SectionKind: [String]] {
      switch self {
      case .alertRunbook:
        [
          .symptom: ["Meaning", "Impact", "Summary", "Description", "Alert"],
          .background: ["Overview", "Context", "Details"],
          .rootCause: ["Diagnosis", "Investigation", "Causes", "Possible causes"],
          .solutions: ["Mitigation", "Remediation", "Resolution", "Fix"],
          .validation: ["Verification", "Verify"],
          .lessons: ["Prevention", "Notes"],
        ].merging(Self.chinese) { $0 + $1 }
      case .problemSolution:
        [
          .symptom: ["Problem", "Symptoms", "Issue", "Error"],
          .background: ["Context", "Environment"],
          .rootCause: ["Cause", "Reason", "Why"],
          .solutions: ["Solution", "Fix", "Workaround", "Resolution"],
          .validation: ["Verification", "Test", "Testing"],
          .lessons: ["Lessons learned", "Prevention"],
        ].merging(Self.chinese) { $0 + $1 }
      }
    }

    static let chinese: [SectionKind: [String]] = [
      .symptom: ["问题", "现象", "告警含义", "影响"], .rootCause: ["原因", "诊断"],
      .solutions: ["解决办法", "解决方法", "处理", "缓解"], .validation: ["验证方法"],
    ]
  }

  package var preset: Preset?
  /// The config's `import.headings`: section → headings, laid over the preset's.
  package var headings: [SectionKind: [String]]

  package init(preset: Preset? = nil, headings: [SectionKind: [String]] = [:]) {
    self.preset = preset
    self.headings = headings
  }

  /// The section a runbook heading stands for, or nil: the config's headings, the preset's
  /// (both presets' when none is chosen), then a case's own (``SiteConfig`` aliases too).
  /// Letter case, repeated spaces and a trailing colon do not count.
  package func section(for heading: String, config: SiteConfig) -> SectionKind? {
    let wanted = Self.normalized(heading)
    let presets = preset.map { [$0] } ?? Preset.allCases
    for table in [headings] + presets.map(\.headings) {
      for kind in SectionKind.allCases where table[kind]?.contains(where: { Self.normalized($0) == wanted }) == true { return kind }
    }
    for kind in SectionKind.allCases {
      let own = [kind.heading] + config.languages.flatMap { $0.headings[kind] ?? [] }
      if own.contains(where: { Self.normalized($0) == wanted }) { return kind }
    }
    if wanted == "solution" { return .solutions }
    return nil
  }

  static func normalized(_ heading: String) -> String {
    var text = heading.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    while let last = text.last, last == ":" || last == "：" { text.removeLast() }
    return text
  }
}
