// Stage: model (turning an existing runbook into a case record). Text in, case file text out.

internal import CommonMark

/// One Markdown runbook made into a case record: its headings mapped to the sections of a
/// case (``ImportMapping``), its title, id and summary found, front matter written, and every
/// choice that is not a plain mapping said as a note at the runbook's line.
///
/// ```
/// KubePodCrashLooping.md                       →  kube-pod-crash-looping.md
///   # KubePodCrashLooping                          title: "KubePodCrashLooping"
///   ## Meaning   Pod is in a restart loop.         summary: "Pod is in a restart loop."
///   ## Impact    Service degraded.                 ## Symptom  ### Meaning … ### Impact …
///   ## Diagnosis kubectl describe pod …            ## Root cause …
///   ## Mitigation  Fix the crash.                  ## Solutions  ### Mitigation …
///   ## Related alerts  …                           ## Background  ### Related alerts (imported section) …
///                                                  ## Validation  _Not in the imported runbook: …_
/// ```
///
/// Lines are copied as written — code blocks, links, lists — except headings, which move to
/// the level their new place needs. Nothing is dropped: a section no heading maps goes into
/// Background under its own heading, marked; text before the first section opens Background;
/// a required section the runbook lacks gets one line saying so, for the contributor to
/// replace (and the notes say so).
package struct RunbookImport: Sendable {
  package struct Note: Sendable, Equatable, CustomStringConvertible {
    /// The runbook's line (1-based).
    package var line: Int
    package var message: String

    package init(line: Int, message: String) {
      self.line = line
      self.message = message
    }

    package var description: String { "\(line): \(message)" }
  }

  package var id: String
  package var title: String
  package var summary: String
  /// The case file.
  package var text: String
  /// Which runbook headings went into which section, in the case's order: `symptom ← Meaning, Impact`.
  package var placed: [(section: SectionKind, from: [String])]
  package var notes: [Note]

  /// What the case's front matter says besides what the runbook gives.
  package struct Options: Sendable {
    package var date: CaseDate
    package var status: CaseStatus
    package var lang: String?

    package init(date: CaseDate, status: CaseStatus = .resolved, lang: String? = nil) {
      self.date = date
      self.status = status
      self.lang = lang
    }
  }

  /// A part of a section: one runbook section's lines, under its heading.
  private struct Part {
    var heading: String?
    var line: Int
    var lines: [String]
    var mapped: Bool
  }

  /// Converts `source`, the text of the runbook file `fileName`; `taken` holds the ids in use.
  package init(_ source: String, fileName: String, options: Options, mapping: ImportMapping, config: SiteConfig, taken: Set<String>) {
    var notes: [Note] = []
    // Line ends as libcmark counts lines: \r\n, \n or a lone \r.
    var text = source.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    // Front matter of another tool (Hugo, Jekyll), between `---` lines: its title is kept, the
    // rest is not ours.
    var lineOffset = 0
    var frontTitle: String?
    let allLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if allLines.first == "---", let end = allLines.dropFirst().firstIndex(of: "---") {
      let yaml = allLines[1..<end]
      for line in yaml where line.hasPrefix("title:") {
        frontTitle = String(line.dropFirst(6)).trimmingWhitespace.trimmingCharacters(in: ["\"", "'"])
      }
      let keys = yaml.compactMap { $0.first?.isLetter == true ? $0.split(separator: ":").first.map(String.init) : nil }.filter { $0 != "title" }
      if !keys.isEmpty { notes.append(Note(line: 1, message: "front matter left out (\(keys.joined(separator: ", "))); its title is kept")) }
      lineOffset = end + 1
      text = allLines[(end + 1)...].joined(separator: "\n")
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Each heading with its last line: its own for `# …`, the underline's for a setext one
    // (libcmark's end line of a setext heading can run past its underline).
    let headings = CommonMark.parseBlocks(text).outline.filter { $0.kind == .heading && $0.start != nil }.map { heading in
      var heading = heading
      let start = heading.start!.line
      if lines[start - 1].trimmingWhitespace.hasPrefix("#") {
        heading.endLine = start
      } else {
        heading.endLine = (start..<lines.count).first { Self.isUnderline(lines[$0]) }.map { $0 + 1 } ?? start
      }
      return heading
    }

    // The title: a first level-1 heading that is not a section's, else the other tool's
    // front matter, else the file name.
    var rest = headings
    var title: String
    let bodyStart = 1
    if let first = headings.first, first.headingLevel == 1, mapping.section(for: first.plainText, config: config) == nil {
      title = first.plainText.trimmingWhitespace
      rest.removeFirst()
      // Its lines leave the body; text above it (rare) stays, in Background.
      for line in first.start!.line...first.endLine { lines[line - 1] = "" }
    } else {
      title = frontTitle ?? Self.humanized(fileName)
      notes.append(Note(line: 1, message: "no '# title' heading: the title is \(frontTitle == nil ? "made from the file name" : "the front matter's")"))
    }
    title = Self.oneLine(title)
    if title.isEmpty { title = Self.humanized(fileName) }
    if title.count > 120 {
      title = String(title.prefix(119)) + "…"
      notes.append(Note(line: (headings.first?.start?.line ?? 1) + lineOffset, message: "the title is cut to 120 characters"))
    }

    // The sections: headings at the level of the first one a section maps (else the highest).
    let mappedLevels = rest.filter { mapping.section(for: $0.plainText, config: config) != nil }.map(\.headingLevel)
    let sectionLevel = mappedLevels.min() ?? rest.map(\.headingLevel).min() ?? 2
    let boundaries = rest.filter { $0.headingLevel <= sectionLevel }
    // A heading as written (markup kept), on one line: `## Fix it ##` → `Fix it`; a setext
    // heading's lines joined.
    func written(_ heading: BlockOutline) -> String {
      let line = heading.start!.line
      guard heading.endLine > line else { return Self.headingText(lines[line - 1], setext: false) }
      return lines[(line - 1)..<(heading.endLine - 1)].map(\.trimmingWhitespace).joined(separator: " ")
    }
    // Headings inside a section move to where a case needs them: one level under `##`.
    for heading in rest where heading.headingLevel > sectionLevel {
      let line = heading.start!.line
      let level = min(6, heading.headingLevel - sectionLevel + 2)
      let text = written(heading)
      for extra in line...heading.endLine { lines[extra - 1] = "" }
      lines[line - 1] = String(repeating: "#", count: level) + " " + text
    }
    func slice(_ from: Int, _ upTo: Int) -> [String] {
      from < upTo ? Array(lines[(from - 1)..<(upTo - 1)]) : []
    }

    var parts: [SectionKind: [Part]] = [:]
    var placed: [SectionKind: [String]] = [:]
    let preambleEnd = boundaries.first?.start!.line ?? (lines.count + 1)
    let preamble = slice(bodyStart, preambleEnd)
    if preamble.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
      parts[.background, default: []].append(Part(heading: nil, line: bodyStart + lineOffset, lines: preamble, mapped: true))
      notes.append(Note(line: bodyStart + lineOffset, message: "text before the first section opens Background"))
    }
    for (index, heading) in boundaries.enumerated() {
      let line = heading.start!.line
      let end = index + 1 < boundaries.count ? boundaries[index + 1].start!.line : lines.count + 1
      let name = written(heading)
      let content = slice(heading.endLine + 1, end)
      if let kind = mapping.section(for: heading.plainText, config: config) {
        parts[kind, default: []].append(Part(heading: name, line: line + lineOffset, lines: content, mapped: true))
        placed[kind, default: []].append(name)
      } else {
        parts[.background, default: []].append(Part(heading: "\(name) (imported section)", line: line + lineOffset, lines: content, mapped: false))
        placed[.background, default: []].append(name)
        notes.append(Note(line: line + lineOffset, message: "section '\(name)' maps to no section of a case: kept in Background under its heading, marked '(imported section)'"))
      }
    }

    // The language: as given, else Chinese when most of the letters are (and the site has
    // Chinese), else the site's. Sections take their heading in it.
    let lang = options.lang ?? Self.chineseTag(of: text, config: config)
    let language = config.language(for: lang)
    if let lang, options.lang == nil { notes.append(Note(line: 1, message: "written in Chinese: lang is '\(lang)'")) }

    // The body, section by section.
    var body = ""
    for kind in SectionKind.allCases {
      let sectionParts = parts[kind] ?? []
      guard !sectionParts.isEmpty || kind.isRequired else { continue }
      body += "\n## \(language?.headings[kind]?.first ?? kind.heading)\n"
      if sectionParts.isEmpty {
        body += "\n" + (kind == .solutions ? "### To be written\n\n" : "") + "_Not in the imported runbook: \(Self.missing[kind]!)._\n"
        notes.append(Note(line: 1, message: "no section maps to \(kind.heading): a line says so in its place; write it"))
        continue
      }
      for part in sectionParts {
        var content = part.lines
        while content.first?.allSatisfy(\.isWhitespace) == true { content.removeFirst() }
        while content.last?.allSatisfy(\.isWhitespace) == true { content.removeLast() }
        let hasSubheadings = content.contains { $0.hasPrefix("### ") }
        // Solutions are alternatives, each under `###`; elsewhere a part's own heading is kept
        // when the section has several, or when it is not a section's name.
        let ownHeading = kind == .solutions ? !hasSubheadings : (sectionParts.count > 1 || !part.mapped)
        if ownHeading, let heading = part.heading { body += "\n### \(heading)\n" }
        if kind == .solutions, !hasSubheadings, part.heading == nil { body += "\n### \(kind.heading)\n" }
        if content.isEmpty {
          body += "\n_The runbook's section is empty: \(Self.missing[kind]!)._\n"
          notes.append(Note(line: part.line, message: "section '\(part.heading ?? kind.heading)' is empty: a line says so in its place"))
        } else {
          body += "\n" + content.joined(separator: "\n") + "\n"
        }
      }
    }

    let summary = Self.summary(of: (parts[.symptom] ?? []).flatMap(\.lines)).map(Self.oneLine).flatMap { $0.isEmpty ? nil : $0 } ?? title
    id = Self.id(fromFileName: fileName, taken: taken)
    var front = "---\ntitle: \(YAMLText.doubleQuoted(title))\nsummary: \(YAMLText.doubleQuoted(summary))\ndate: \(options.date)\n"
    if options.status != .resolved { front += "status: \(options.status.rawValue)\n" }
    if let lang { front += "lang: \(lang)\n" }
    self.title = title
    self.summary = summary
    self.text = front + "---\n" + body
    self.placed = SectionKind.allCases.compactMap { kind in placed[kind].map { (kind, $0) } }
    self.notes = notes.sorted { $0.line < $1.line }
  }

  /// The site's Chinese language tag when `text` has more Chinese characters than words in
  /// Latin letters (each character is about a word: commands and names in a Chinese runbook
  /// do not make it English) and the site's default language is another; nil otherwise.
  static func chineseTag(of text: String, config: SiteConfig) -> String? {
    guard LanguageTag.primary(config.defaultLanguage) != "zh", let chinese = config.languages.first(where: { LanguageTag.primary($0.tag) == "zh" }) else { return nil }
    var ideographs = 0, words = 0, inWord = false
    for scalar in text.unicodeScalars {
      if CJK.isIdeographic(scalar) { ideographs += 1 }
      let latin = scalar.isASCII && scalar.properties.isAlphabetic
      if latin && !inWord { words += 1 }
      inWord = latin
    }
    return ideographs > words ? chinese.tag : nil
  }

  /// What each section is for, in the line that stands for a missing one.
  static let missing: [SectionKind: String] = [
    .symptom: "what the operator saw", .background: "what a reader needs to know first",
    .rootCause: "why it happened", .solutions: "how to fix it", .validation: "how to check that the fix worked",
    .lessons: "what to do differently",
  ]

  /// Text fit for a one-line front matter field: control characters and line breaks become
  /// spaces, runs of spaces one.
  static func oneLine(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let blank = scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
      if blank { if let last = scalars.last, last != " " { scalars.append(" ") } } else { scalars.append(scalar) }
    }
    return String(scalars).trimmingWhitespace
  }

  /// `===` or `---` (up to three spaces before, spaces after): a setext heading's underline.
  static func isUnderline(_ line: String) -> Bool {
    let indent = line.prefix { $0 == " " }.count
    let rest = String(line.dropFirst(indent)).trimmingWhitespace
    guard indent <= 3, let first = rest.first, first == "=" || first == "-" else { return false }
    return rest.allSatisfy { $0 == first }
  }

  /// An ATX heading line's text: `## Fix it ##` → `Fix it`.
  static func headingText(_ line: String, setext: Bool) -> String {
    var text = Substring(line.trimmingWhitespace)
    guard !setext else { return String(text) }
    text = text.drop { $0 == "#" }
    var trimmed = String(text).trimmingWhitespace
    if let closing = trimmed.lastIndex(where: { $0 != "#" }), trimmed[trimmed.index(after: closing)...].count > 0, trimmed[closing] == " " {
      trimmed = String(trimmed[...closing]).trimmingWhitespace
    }
    return trimmed
  }

  /// The first sentence of the first paragraph, plain and on one line, at most 200 characters.
  static func summary(of lines: [String]) -> String? {
    let paragraph = CommonMark.parseBlocks(lines.joined(separator: "\n")).outline.first { $0.kind == .paragraph }?.plainText
    guard let flat = paragraph?.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace, !flat.isEmpty else { return nil }
    var sentence = flat
    for mark in [". ", "。", "! ", "? ", "！", "？"] {
      if let range = sentence.range(of: mark) { sentence = String(sentence[..<range.lowerBound]) + String(mark.first!) }
    }
    sentence = sentence.trimmingWhitespace
    if sentence.count > 200 {
      let cut = sentence.prefix(199)
      sentence = String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut) + "…"
    }
    return sentence
  }

  /// `Kube_Pod-CrashLooping.md` → `Kube Pod CrashLooping`.
  static func humanized(_ fileName: String) -> String {
    let base = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
    let words = oneLine(base.split { $0 == "_" || $0 == "-" || $0 == " " }.joined(separator: " "))
    return words.isEmpty ? "Imported runbook" : String(words.prefix(120))
  }

  /// A case id from a file name: `KubePodCrashLooping.md` → `kube-pod-crash-looping`,
  /// `01_etcd backup.md` → `case-01-etcd-backup`; `-2`, `-3` … when it is taken.
  static func id(fromFileName fileName: String, taken: Set<String>) -> String {
    let base = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
    var words: [String] = []
    var word = ""
    var previous: Character?
    for character in base {
      let isWordCharacter = character.isASCII && (character.isLetter || character.isNumber)
      if !isWordCharacter {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else {
        // A capital after a small letter or a digit starts a word: `PodCrash` → pod, crash.
        if character.isUppercase, let previous, previous.isLowercase || previous.isNumber, !word.isEmpty {
          words.append(word)
          word = ""
        }
        word.append(Character(character.lowercased()))
      }
      previous = character
    }
    if !word.isEmpty { words.append(word) }
    var id = words.joined(separator: "-")
    if id.isEmpty { id = "imported-runbook" }  // a name in another script
    if id.first.map({ !$0.isLetter }) ?? true { id = "case-" + id }
    if id.count < 3 { id += "-case" }
    while id.count > 80, let dash = id.lastIndex(of: "-") { id = String(id[..<dash]) }
    if id.count > 80 { id = String(id.prefix(80)) }
    if CaseID.problem(with: id) != nil { id = "imported-case" }
    var unique = id
    var number = 2
    while taken.contains(unique) {
      unique = "\(id.prefix(77))-\(number)"
      number += 1
    }
    return unique
  }
}
