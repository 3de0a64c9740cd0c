// Stage: all (diagnostics are shared by every stage).

/// Every rule Casebook checks, each with a stable code that never changes meaning.
///
/// The codes are the contributors' contract: `docs/case-format.md` lists each one (a test keeps
/// the two in step), and tools may filter on them. New rules take new codes; retired codes are
/// never reused.
package enum Rule: String, Sendable, Hashable, CaseIterable, Codable {
  // Files
  case invalidFileName
  case fileTooLarge
  case invalidUTF8
  case nulByte
  case symlinkOutsideContent
  case unreadableFile
  // Front matter
  case missingFrontMatter
  case unterminatedFrontMatter
  case yamlSyntax
  case frontMatterNotMapping
  case duplicateKey
  case yamlAlias
  case yamlTag
  case unknownKey
  case missingField
  case wrongType
  case invalidText
  case invalidDate
  case updatedBeforeDate
  case invalidStatus
  case invalidSlug
  case invalidURL
  case unknownRelatedCase
  case selfRelated
  case unknownLinkedCase
  case invalidLanguage
  case duplicateEntry
  case invalidVersion
  case unknownComponent
  case invalidReview
  // Review
  case reviewOverdue
  case futureDate
  // Body
  case textBeforeFirstSection
  case unknownSection
  case missingSection
  case duplicateSection
  case sectionOutOfOrder
  case emptySection
  case solutionsWithoutAlternatives
  case levelOneHeading
  case emptyAlternative
  case unknownSolutionStatus
  case nestingTooDeep
  case rawHTML
  case unclosedBlock
  case relativeLink
  // Site config
  case missingConfig
  case unknownLanguage
  case invalidHeadingAlias

  /// The stable code printed at the end of every message, as `[CB016]`.
  package var code: String {
    switch self {
    case .invalidFileName: "CB001"
    case .fileTooLarge: "CB002"
    case .invalidUTF8: "CB003"
    case .nulByte: "CB004"
    case .symlinkOutsideContent: "CB005"
    case .unreadableFile: "CB006"
    case .missingFrontMatter: "CB010"
    case .unterminatedFrontMatter: "CB011"
    case .yamlSyntax: "CB012"
    case .frontMatterNotMapping: "CB013"
    case .duplicateKey: "CB014"
    case .yamlAlias: "CB015"
    case .yamlTag: "CB029"
    case .unknownKey: "CB016"
    case .missingField: "CB017"
    case .wrongType: "CB018"
    case .invalidText: "CB019"
    case .invalidDate: "CB020"
    case .updatedBeforeDate: "CB021"
    case .invalidStatus: "CB022"
    case .invalidSlug: "CB023"
    case .invalidURL: "CB024"
    case .unknownRelatedCase: "CB025"
    case .selfRelated: "CB026"
    case .unknownLinkedCase: "CB043"
    case .invalidLanguage: "CB027"
    case .duplicateEntry: "CB028"
    case .invalidVersion: "CB060"
    case .unknownComponent: "CB061"
    case .invalidReview: "CB062"
    case .reviewOverdue: "CB063"
    case .futureDate: "CB064"
    case .textBeforeFirstSection: "CB030"
    case .unknownSection: "CB031"
    case .missingSection: "CB032"
    case .duplicateSection: "CB033"
    case .sectionOutOfOrder: "CB034"
    case .emptySection: "CB035"
    case .solutionsWithoutAlternatives: "CB036"
    case .levelOneHeading: "CB037"
    case .emptyAlternative: "CB038"
    case .unknownSolutionStatus: "CB042"
    case .nestingTooDeep: "CB039"
    case .rawHTML: "CB040"
    case .unclosedBlock: "CB041"
    case .relativeLink: "CB044"
    case .missingConfig: "CB050"
    case .unknownLanguage: "CB051"
    case .invalidHeadingAlias: "CB052"
    }
  }

  /// The families rules come in, each checked in one place: docs/case-format.md lists the rules
  /// under their family's heading, which names that place (a test keeps the two in step).
  package enum Family: String, Sendable, CaseIterable {
    case files = "Files"
    case frontMatterSyntax = "Front matter syntax"
    case frontMatterFields = "Front matter fields"
    case acrossCases = "Across cases"
    case sections = "Sections"
    case blocks = "Blocks"
    case siteConfig = "Site config"
    case review = "Review"

    /// Where the family's rules are checked, as the documentation's heading names it.
    package var checkedBy: String {
      switch self {
      case .files: "ContentReader, SourceText, CaseLoader.caseID(forPath:)"
      case .frontMatterSyntax: "FrontMatterSplitter, YAMLComposer, YAMLMapping"
      case .frontMatterFields: "FrontMatterChecker"
      case .acrossCases: "RelatedCaseChecker"
      case .sections: "SectionChecker"
      case .blocks: "BlockChecker"
      case .siteConfig: "SiteConfig.load, ContentCheck.parse"
      case .review: "ReviewChecker"
      }
    }
  }

  /// The family the rule belongs to.
  package var family: Family {
    switch self {
    case .invalidFileName, .fileTooLarge, .invalidUTF8, .nulByte, .symlinkOutsideContent, .unreadableFile: .files
    case .missingFrontMatter, .unterminatedFrontMatter, .yamlSyntax, .frontMatterNotMapping, .duplicateKey, .yamlAlias, .yamlTag: .frontMatterSyntax
    case .unknownRelatedCase, .selfRelated, .unknownLinkedCase: .acrossCases
    case .unknownKey, .missingField, .wrongType, .invalidText, .invalidDate, .updatedBeforeDate, .invalidStatus, .invalidSlug, .invalidURL, .invalidLanguage, .duplicateEntry,
      .invalidVersion, .unknownComponent, .invalidReview:
      .frontMatterFields
    case .reviewOverdue, .futureDate: .review
    case .textBeforeFirstSection, .unknownSection, .missingSection, .duplicateSection, .sectionOutOfOrder, .emptySection, .solutionsWithoutAlternatives, .levelOneHeading, .emptyAlternative,
      .unknownSolutionStatus:
      .sections
    case .nestingTooDeep, .rawHTML, .unclosedBlock, .relativeLink: .blocks
    case .missingConfig, .unknownLanguage, .invalidHeadingAlias: .siteConfig
    }
  }

  /// Warnings do not fail `casebook lint` or stop a build; everything else is an error.
  package var defaultSeverity: Diagnostic.Severity {
    switch self {
    case .duplicateEntry, .rawHTML, .relativeLink, .reviewOverdue, .futureDate: .warning
    default: .error
    }
  }
}
