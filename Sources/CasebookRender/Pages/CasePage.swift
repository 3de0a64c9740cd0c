// Stage: Render. One case's page and its runbook view.

package import CasebookCore

/// A case page's view model: metadata, the body by section, and links to other cases.
package struct CasePage: Sendable {
  package var page: PageInfo
  /// The interface's words in the case's language.
  package var ui: InterfaceText
  package var card: CaseCard
  package var environment: [String]
  /// `applies_to` and `fixed_in`, as written.
  package var appliesTo: [VersionView]
  package var fixedIn: [VersionView]
  package var review: ReviewView
  package var signatures: [String]
  package var toc: [TocEntry]
  package var sections: [SectionView]
  /// The items of the table of contents and the sections, as HTML (``CasePageHTML``).
  package var contents: String
  package var body: String
  package var references: [ReferenceView]
  package var related: [CaseLink]
  package var similar: [CaseLink]
  package var editURL: String?
  package var runbookURL: String
  package var sourcePath: String
  // Mustache sees stored properties only, so emptiness is spelled out for the templates.
  package var hasEnvironment: Bool
  package var hasAppliesTo: Bool
  package var hasFixedIn: Bool
  package var hasSignatures: Bool
  package var hasReferences: Bool
  package var hasRelated: Bool
  package var hasSimilar: Bool
  package var hasComponents: Bool
  package var hasTags: Bool
}

/// One entry of the table of contents, with the alternatives under Solutions.
package struct TocEntry: Sendable {
  package var anchor: String
  package var title: String
  package var children: [TocEntry]
  package var hasChildren: Bool

  package init(anchor: String, title: String, children: [TocEntry]) {
    self.anchor = anchor
    self.title = title
    self.children = children
    hasChildren = !children.isEmpty
  }
}

/// One section of the body: its heading (with its id) and its HTML from libcmark.
package struct SectionView: Sendable {
  package var anchor: String
  package var headingHTML: String
  package var bodyHTML: String
  package var alternatives: [AlternativeView]
}

/// One alternative fix under Solutions.
package struct AlternativeView: Sendable {
  package var anchor: String
  package var number: Int
  package var title: String
  package var headingHTML: String
  package var bodyHTML: String
  /// The runbook's steps: each top-level block of the alternative.
  package var steps: [StepView]
  /// Whether a step is a shell command (the runbook offers to copy them all).
  package var hasCode: Bool
  /// What became of it (``SolutionStatus``, its raw value), and the word for it on the page.
  package var status: String? = nil
  package var statusLabel: String? = nil
  /// Considered or rejected: the runbook folds it away, after the others.
  package var isSetAside = false
}

/// One item of a runbook checklist: a step to tick (an ordered list's item, a code block) or
/// context to read (prose, a bullet list), and whether it is a shell command to run.
package struct StepView: Sendable {
  package var id: String
  /// Counted among the steps to tick; 0 for context.
  package var number: Int
  package var html: String
  package var isStep: Bool
  package var isCommand: Bool
}

/// A component and its versions (a range, or the version with the fix), as written.
package struct VersionView: Sendable {
  package var component: String
  package var versions: String
  /// False for `unknown`, which shows as the interface's word, not as code.
  package var known: Bool
}

/// When the case was last checked, by whom, and when its review runs out: site.js tells the
/// reader how long ago that was and marks a case past its due day (the page itself does not
/// change with the day it is read).
package struct ReviewView: Sendable {
  package var date: String
  package var reviewer: String?
  package var every: String
  package var due: String
}

/// A reference as shown on the page.
package struct ReferenceView: Sendable {
  package var title: String
  package var url: String
}

/// The runbook view of a case: the alternatives and the validation as numbered checklists.
package struct RunbookPage: Sendable {
  package var page: PageInfo
  package var ui: InterfaceText
  package var card: CaseCard
  package var caseURL: String
  package var alternatives: [AlternativeView]
  package var validation: AlternativeView
  package var hasAlternatives: Bool
  /// The solutions and the validation as checklists, in HTML (``RunbookHTML``).
  package var procedure: String
}

extension CasePage: TemplateFields {
  package static let fields: TemplateFieldTable<CasePage> = ["page": { $0.page }, "ui": { $0.ui }, "card": { $0.card }, "environment": { $0.environment.map(TemplateText.init) }, "appliesTo": { $0.appliesTo }, "fixedIn": { $0.fixedIn }, "review": { $0.review }, "signatures": { $0.signatures.map(TemplateText.init) }, "toc": { $0.toc }, "sections": { $0.sections }, "contents": { TemplateText($0.contents) }, "body": { TemplateText($0.body) }, "references": { $0.references }, "related": { $0.related }, "similar": { $0.similar }, "editURL": { $0.editURL.map(TemplateText.init) }, "runbookURL": { TemplateText($0.runbookURL) }, "sourcePath": { TemplateText($0.sourcePath) }, "hasEnvironment": { $0.hasEnvironment }, "hasAppliesTo": { $0.hasAppliesTo }, "hasFixedIn": { $0.hasFixedIn }, "hasSignatures": { $0.hasSignatures }, "hasReferences": { $0.hasReferences }, "hasRelated": { $0.hasRelated }, "hasSimilar": { $0.hasSimilar }, "hasComponents": { $0.hasComponents }, "hasTags": { $0.hasTags }]
}

extension VersionView: TemplateFields {
  package static let fields: TemplateFieldTable<VersionView> = ["component": { TemplateText($0.component) }, "versions": { TemplateText($0.versions) }, "known": { $0.known }]
}

extension ReviewView: TemplateFields {
  package static let fields: TemplateFieldTable<ReviewView> = ["date": { TemplateText($0.date) }, "reviewer": { $0.reviewer.map(TemplateText.init) }, "every": { TemplateText($0.every) }, "due": { TemplateText($0.due) }]
}

extension TocEntry: TemplateFields {
  package static let fields: TemplateFieldTable<TocEntry> = ["anchor": { TemplateText($0.anchor) }, "title": { TemplateText($0.title) }, "children": { $0.children }, "hasChildren": { $0.hasChildren }]
}

extension SectionView: TemplateFields {
  package static let fields: TemplateFieldTable<SectionView> = ["anchor": { TemplateText($0.anchor) }, "headingHTML": { TemplateText($0.headingHTML) }, "bodyHTML": { TemplateText($0.bodyHTML) }, "alternatives": { $0.alternatives }]
}

extension AlternativeView: TemplateFields {
  package static let fields: TemplateFieldTable<AlternativeView> = ["anchor": { TemplateText($0.anchor) }, "number": { $0.number }, "title": { TemplateText($0.title) }, "headingHTML": { TemplateText($0.headingHTML) }, "bodyHTML": { TemplateText($0.bodyHTML) }, "steps": { $0.steps }, "hasCode": { $0.hasCode }, "status": { $0.status.map(TemplateText.init) }, "statusLabel": { $0.statusLabel.map(TemplateText.init) }, "isSetAside": { $0.isSetAside }]
}

extension StepView: TemplateFields {
  package static let fields: TemplateFieldTable<StepView> = ["id": { TemplateText($0.id) }, "number": { $0.number }, "html": { TemplateText($0.html) }, "isStep": { $0.isStep }, "isCommand": { $0.isCommand }]
}

extension ReferenceView: TemplateFields {
  package static let fields: TemplateFieldTable<ReferenceView> = ["title": { TemplateText($0.title) }, "url": { TemplateText($0.url) }]
}

extension RunbookPage: TemplateFields {
  package static let fields: TemplateFieldTable<RunbookPage> = ["page": { $0.page }, "ui": { $0.ui }, "card": { $0.card }, "caseURL": { TemplateText($0.caseURL) }, "alternatives": { $0.alternatives }, "validation": { $0.validation }, "hasAlternatives": { $0.hasAlternatives }, "procedure": { TemplateText($0.procedure) }]
}
