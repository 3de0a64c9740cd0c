// Stage: Parse (the site config).

internal import Foundation

extension SiteConfig {
  /// Reads and checks `Content/casebook.yml`.
  ///
  /// Returns nil only when the file is not a YAML mapping at all. A config with errors is still
  /// returned, with what could be read, so cases are checked against the languages it does
  /// define instead of failing in a cascade; the errors stop any build.
  ///
  /// ```
  /// default_language: fr   →  3:19: error: default language 'fr' is not under 'languages' [CB051]
  /// ```
  package static func load(_ file: SourceFile, diagnostics: inout FileDiagnostics) -> SiteConfig? {
    guard let source = SourceText(file, diagnostics: &diagnostics),
      let mapping = YAMLMapping.parse(source.text, lineOffset: 0, at: .fileStart, diagnostics: &diagnostics)
    else { return nil }
    var config = SiteConfig(title: "", description: "", languages: [])
    var present = Set<String>()
    var defaultLanguagePosition = SourcePosition.fileStart
    for entry in mapping.entries {
      present.insert(entry.key)
      switch entry.key {
      case "title": config.title = mapping.text(entry, maximumLength: 120, diagnostics: &diagnostics) ?? ""
      case "description": config.description = mapping.text(entry, maximumLength: 300, diagnostics: &diagnostics) ?? ""
      case "manual": config.manual = mapping.text(entry, maximumLength: 80, diagnostics: &diagnostics) ?? ""
      case "review_every":
        guard let text = mapping.text(entry, maximumLength: 40, diagnostics: &diagnostics) else { break }
        if let interval = ReviewInterval(text) {
          config.reviewEvery = interval
        } else {
          diagnostics.report(.invalidReview, at: mapping.position(of: entry), "'review_every' '\(text)' is not an interval (as 90d, 12w, 6mo or 1y)")
        }
      case "page_size":
        guard let text = mapping.text(entry, maximumLength: 40, diagnostics: &diagnostics) else { break }
        if let size = Int(text), pageSizes.contains(size) {
          config.pageSize = size
        } else {
          diagnostics.report(.wrongType, at: mapping.position(of: entry), "'page_size' must be a whole number from \(pageSizes.lowerBound) to \(pageSizes.upperBound); found '\(text)'")
        }
      case "base_url":
        guard let text = mapping.text(entry, maximumLength: 2_000, diagnostics: &diagnostics) else { break }
        if let problem = WebURL.problem(with: text) {
          diagnostics.report(.invalidURL, at: mapping.position(of: entry), "'base_url' \(problem)")
        } else {
          config.baseURL = text.hasSuffix("/") ? text : text + "/"
        }
      case "edit_url":
        guard let text = mapping.text(entry, maximumLength: 2_000, diagnostics: &diagnostics) else { break }
        if let problem = WebURL.problem(with: text.replacingPlaceholders(path: "p", id: "i")) {
          diagnostics.report(.invalidURL, at: mapping.position(of: entry), "'edit_url' \(problem)")
        } else if !text.contains("{path}") && !text.contains("{id}") {
          diagnostics.report(.invalidURL, at: mapping.position(of: entry), "'edit_url' must contain {path} or {id}")
        } else {
          config.editURL = text
        }
      case "default_language":
        defaultLanguagePosition = mapping.position(of: entry)
        config.defaultLanguage = mapping.text(entry, maximumLength: 35, diagnostics: &diagnostics) ?? "en"
      case "languages":
        config.languages = readLanguages(entry, in: mapping, diagnostics: &diagnostics)
      case "import":
        config.importMapping = readImport(entry, in: mapping, diagnostics: &diagnostics)
      default:
        let hint = Suggestion.closest(to: entry.key, in: keys).map { "; did you mean '\($0)'?" } ?? " (known keys: \(keys.joined(separator: ", ")))"
        diagnostics.report(.unknownKey, at: entry.keyPosition, "unknown key '\(entry.key)'\(hint)")
      }
    }
    for key in ["title", "description", "default_language", "languages"] where !present.contains(key) {
      diagnostics.report(.missingField, at: .fileStart, "missing required field '\(key)'")
    }
    if present.contains("languages") && present.contains("default_language") && config.language(for: nil) == nil {
      diagnostics.report(.unknownLanguage, at: defaultLanguagePosition, "default language '\(config.defaultLanguage)' is not under 'languages'")
    }
    if config.languages.isEmpty { config.languages = [Language(tag: config.defaultLanguage, name: config.defaultLanguage)] }
    return config
  }

  private static func readLanguages(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping, diagnostics: inout FileDiagnostics) -> [Language] {
    guard case .mapping(let tags, _) = entry.value else {
      diagnostics.report(.wrongType, at: mapping.position(of: entry), "'languages' must map language tags to settings, as 'en: {name: English}'; found \(YAMLMapping.describeKind(entry.value))")
      return []
    }
    var languages: [Language] = []
    for (tagNode, settings) in tags {
      let tag = tagNode.string ?? ""
      let at = tagNode.position
      guard LanguageTag.isValid(tag) else {
        diagnostics.report(.invalidLanguage, at: at, "'\(tag)' is not a BCP 47 language tag (as en, zh, pt-BR)")
        continue
      }
      guard case .mapping(let fields, _) = settings else {
        diagnostics.report(.wrongType, at: settings.position, "language '\(tag)' must have settings, as 'name: English'; found \(YAMLMapping.describeKind(settings))")
        continue
      }
      var language = Language(tag: tag, name: tag)
      for (key, value) in fields {
        let name = key.string ?? ""
        let field = YAMLMapping.Entry(key: "languages.\(tag).\(name)", keyPosition: key.position, value: value)
        switch name {
        case "name": language.name = mapping.text(field, maximumLength: 80, diagnostics: &diagnostics) ?? tag
        case "headings": language.headings = readHeadings(field, in: mapping, diagnostics: &diagnostics)
        case "interface": language.interface = readInterface(field, in: mapping, diagnostics: &diagnostics)
        default:
          let hint = Suggestion.closest(to: name, in: ["name", "headings", "interface"]).map { "; did you mean '\($0)'?" } ?? " (a language has 'name', 'headings' and 'interface')"
          diagnostics.report(.unknownKey, at: field.keyPosition, "unknown key '\(name)' in language '\(tag)'\(hint)")
        }
      }
      languages.append(language)
    }
    return languages
  }

  /// `import`: the preset and the headings `casebook import` maps to sections.
  ///
  /// ```
  /// import: {preset: alert-runbook, headings: {root-cause: [Diagnosis, Triage]}}
  /// import: {preset: alerts}  →  error: 'import.preset' 'alerts' is not a preset; did you mean 'alert-runbook'? [CB016]
  /// ```
  private static func readImport(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping, diagnostics: inout FileDiagnostics) -> ImportMapping {
    guard case .mapping(let fields, _) = entry.value else {
      diagnostics.report(.wrongType, at: mapping.position(of: entry), "'import' must have settings, as 'preset: alert-runbook' and 'headings: {…}'; found \(YAMLMapping.describeKind(entry.value))")
      return ImportMapping()
    }
    var result = ImportMapping()
    for (key, value) in fields {
      let name = key.string ?? ""
      let field = YAMLMapping.Entry(key: "import.\(name)", keyPosition: key.position, value: value)
      switch name {
      case "preset":
        guard let text = mapping.text(field, maximumLength: 40, diagnostics: &diagnostics) else { break }
        let names = ImportMapping.Preset.allCases.map(\.rawValue)
        if let preset = ImportMapping.Preset(rawValue: text) {
          result.preset = preset
        } else {
          let hint = Suggestion.closest(to: text, in: names).map { "; did you mean '\($0)'?" } ?? " (\(names.joined(separator: ", ")))"
          diagnostics.report(.unknownKey, at: mapping.position(of: field), "'import.preset' '\(text)' is not a preset\(hint)")
        }
      case "headings": result.headings = readHeadings(field, in: mapping, diagnostics: &diagnostics)
      default:
        let hint = Suggestion.closest(to: name, in: ["preset", "headings"]).map { "; did you mean '\($0)'?" } ?? " ('import' has 'preset' and 'headings')"
        diagnostics.report(.unknownKey, at: key.position, "unknown key '\(name)' in 'import'\(hint)")
      }
    }
    return result
  }

  /// A language's `interface`: words of the pages that override the built-in ones.
  ///
  /// ```
  /// interface: {contents: 本页内容}   →  ["contents": "本页内容"]
  /// interface: {contnets: 本页内容}   →  error: 'contnets' is not a word of the interface; did you mean 'contents'? [CB016]
  /// ```
  private static func readInterface(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping, diagnostics: inout FileDiagnostics) -> [String: String] {
    guard case .mapping(let fields, _) = entry.value else {
      diagnostics.report(.wrongType, at: mapping.position(of: entry), "'interface' must map words of the interface to text, as 'contents: 目录'; found \(YAMLMapping.describeKind(entry.value))")
      return [:]
    }
    var words: [String: String] = [:]
    for (key, value) in fields {
      let name = key.string ?? ""
      guard InterfaceText.keys.contains(name) else {
        let hint = Suggestion.closest(to: name, in: InterfaceText.keys).map { "; did you mean '\($0)'?" } ?? " (docs/case-format.md lists them)"
        diagnostics.report(.unknownKey, at: key.position, "'\(name)' is not a word of the interface\(hint)")
        continue
      }
      let field = YAMLMapping.Entry(key: "interface.\(name)", keyPosition: key.position, value: value)
      if let text = mapping.text(field, maximumLength: 200, diagnostics: &diagnostics) { words[name] = text }
    }
    return words
  }

  private static func readHeadings(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping, diagnostics: inout FileDiagnostics) -> [SectionKind: [String]] {
    guard case .mapping(let fields, _) = entry.value else {
      diagnostics.report(.wrongType, at: mapping.position(of: entry), "'headings' must map sections to headings, as 'symptom: 症状'; found \(YAMLMapping.describeKind(entry.value))")
      return [:]
    }
    var headings: [SectionKind: [String]] = [:]
    var owner: [String: SectionKind] = [:]
    for (key, value) in fields {
      let name = key.string ?? ""
      let at = key.position
      guard let kind = SectionKind(rawValue: name) else {
        let slugs = SectionKind.allCases.map(\.slug)
        let hint = Suggestion.closest(to: name, in: slugs).map { "; did you mean '\($0)'?" } ?? " (sections: \(slugs.joined(separator: ", ")))"
        diagnostics.report(.invalidHeadingAlias, at: at, "'\(name)' is not a section\(hint)")
        continue
      }
      let field = YAMLMapping.Entry(key: "headings.\(name)", keyPosition: at, value: value)
      let texts: [Located<String>]
      if case .sequence = value {
        texts = mapping.textList(field, maximumLength: 80, diagnostics: &diagnostics) ?? []
      } else {
        texts = mapping.text(field, maximumLength: 80, diagnostics: &diagnostics).map { [Located($0, at: mapping.position(of: field))] } ?? []
      }
      for text in texts {
        let normalized = SectionChecker.normalized(text.value)
        if let other = owner[normalized], other != kind {
          diagnostics.report(.invalidHeadingAlias, at: text.position, "heading '\(text.value)' is already used for '\(other.slug)'")
        }
        owner[normalized] = kind
      }
      headings[kind] = texts.map(\.value)
    }
    return headings
  }
}

extension String {
  /// Fills an edit-URL pattern: `{path}` with the file's path, `{id}` with the case id.
  package func replacingPlaceholders(path: String, id: String) -> String {
    replacingOccurrences(of: "{path}", with: path).replacingOccurrences(of: "{id}", with: id)
  }
}
