// Fuzzing: what each libFuzzer target checks of one input (Sources/casebook-fuzz runs them).

internal import CasebookBench
internal import CasebookCore
internal import CasebookRender
internal import CasebookSearch
internal import CommonMark

/// The invariants the fuzz targets check, one input at a time: what must hold for any bytes a
/// contributor or a reader can hand Casebook.
///
/// Each check returns the invariants the input broke (empty when none); the fuzz target stops
/// on the first, so that libFuzzer keeps the input, and `FuzzCheckTests` runs every seed
/// through the same checks in `swift test`. A crash, a hang or a sanitizer report is a finding
/// too. docs/fuzzing.md says how to run them.
///
/// ```
/// loader  "---\ntitle: [\n"      →  []  (diagnostics, each inside the file)
/// html    "<script>x</script>"   →  []  (no script element in the page)
/// ```
package enum FuzzCheck: String, CaseIterable, Sendable {
  /// The case loader and its checks (bytes → diagnostics): no crash, and every diagnostic's
  /// line and column inside the file.
  case loader
  /// The tokenizer and the query parser, a search of a small generated index, and an excerpt
  /// of the input: no crash, no empty token, positions in order, only terms marked.
  case query
  /// The man page writer (bytes as a case's Symptom): no line that starts with `.` or `'`
  /// unless it is a request the writer makes.
  case roff
  /// The HTML of a case body's blocks: no element or attribute outside an allow-list, and no
  /// link to a script.
  case html
  /// `casebook import` (bytes as a runbook): no crash, front matter that loads without a
  /// field error, and every line of the runbook's text in the case (nothing dropped).
  case importer

  /// The invariants `bytes` broke.
  package func run(_ bytes: [UInt8]) -> [String] {
    switch self {
    case .loader: Self.checkLoader(bytes)
    case .query: Self.checkQuery(String(decoding: bytes, as: UTF8.self))
    case .roff: Self.checkRoff(String(decoding: bytes, as: UTF8.self))
    case .html: Self.checkHTML(String(decoding: bytes, as: UTF8.self))
    case .importer: Self.checkImport(String(decoding: bytes, as: UTF8.self))
    }
  }

  static func checkImport(_ source: String) -> [String] {
    let imported = RunbookImport(source, fileName: "Fuzz_Runbook.md", options: RunbookImport.Options(date: CaseDate("2026-01-01")!), mapping: ImportMapping(), config: config, taken: [])
    var problems: [String] = []
    if CaseID.problem(with: imported.id) != nil { problems.append("id '\(imported.id)' is not a case id") }
    let loaded = CaseLoader.load(SourceFile(path: "Content/cases/\(imported.id).md", text: imported.text), config: config)
    for diagnostic in loaded.diagnostics.collected.sorted where [.frontMatterFields, .frontMatterSyntax].contains(diagnostic.rule.family) {
      problems.append("the case's front matter: \(diagnostic)")
    }
    // Every line of text is kept: lines of headings (rewritten), of another tool's front
    // matter (left out) and of setext underlines aside.
    var lines = source.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0].removeFirst() }
    if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { lines.removeSubrange(0...end) }
    for (index, line) in lines.enumerated() {
      let trimmed = line.trimmingWhitespace
      let next = index + 1 < lines.count ? lines[index + 1].trimmingWhitespace : ""
      let underline = !next.isEmpty && (next.allSatisfy { $0 == "=" } || next.allSatisfy { $0 == "-" })
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !underline, !trimmed.allSatisfy({ $0 == "=" || $0 == "-" }) else { continue }
      // A setext heading's lines are joined into one: each keeps its text, not its indent.
      if !imported.text.contains(trimmed) { problems.append("line \(index + 1) dropped: \(line)") }
    }
    return problems
  }

  /// A config with a second language, so Chinese headings are checked too.
  static let config = SiteConfig(
    title: "Fuzz", description: "", defaultLanguage: "en",
    languages: [SiteConfig.Language(tag: "en", name: "English"), SiteConfig.Language(tag: "zh", name: "中文", headings: [.symptom: ["症状"], .background: ["背景"], .rootCause: ["根本原因"], .solutions: ["解决方案"], .validation: ["验证"], .lessons: ["经验"]])])

  static func checkLoader(_ bytes: [UInt8]) -> [String] {
    let loaded = CaseLoader.load(SourceFile(path: "Content/cases/fuzz-case.md", bytes: bytes), config: config)
    // Lines as an editor counts them (a line break is \n, \r\n or \r); a column may point just
    // past a line's end, and counts characters, which are never more than bytes.
    var lengths: [Int] = [0]
    var previous: UInt8 = 0
    for byte in bytes {
      if byte == 0x0A && previous == 0x0D {
      } else if byte == 0x0A || byte == 0x0D {
        lengths.append(0)
      } else {
        lengths[lengths.count - 1] += 1
      }
      previous = byte
    }
    return loaded.diagnostics.collected.sorted.compactMap { diagnostic in
      let (line, column) = (diagnostic.position.line, diagnostic.position.column)
      guard (1...lengths.count).contains(line), (1...lengths[line - 1] + 1).contains(column) else {
        return "diagnostic at \(line):\(column) outside the file (\(lengths.count) lines): \(diagnostic.message)"
      }
      return nil
    }
  }

  /// A small index of generated cases, made once.
  static let index: SearchIndex = {
    var generator = CorpusGenerator(count: 24)
    let files = generator.files()
    let config = files.first { $0.path == "casebook.yml" }.map { SourceFile(path: $0.path, text: $0.text) }
    let cases = files.filter { $0.path.hasSuffix(".md") }.map { SourceFile(path: "Content/" + $0.path, text: $0.text) }
    let checked = ContentCheck.run(configFile: config, configPath: "casebook.yml", cases: cases)
    return (checked.knowledgeBase ?? KnowledgeBase(config: Self.config, cases: [])).searchIndex(contentHash: "fuzz")
  }()

  static func checkQuery(_ text: String) -> [String] {
    var problems: [String] = []
    var last = 0
    for token in Tokenizer.tokens(text) {
      if token.text.isEmpty || token.position < last { problems.append("token '\(token.text)' at position \(token.position) after \(last)") }
      last = token.position
    }
    if Tokenizer.terms(text).contains(where: \.isEmpty) { problems.append("an empty term") }
    for line in SearchQuery(text).lines {
      let forms = SignatureNormalizer.lookups(line)
      if forms.first != SignatureNormalizer.normalize(line) { problems.append("the lookups of '\(line.prefix(60))' do not start with its normal form") }
      if forms.count > SignatureNormalizer.lookupLimit || Set(forms).count != forms.count { problems.append("the lookups of '\(line.prefix(60))' are \(forms.count), or repeat") }
    }
    do {
      _ = try SearchEngine(source: index).search(text)
    } catch {
      problems.append("search threw \(error)")
    }
    // An excerpt of the input itself, its first words as the terms and as a phrase: only
    // terms are marked, and the excerpt stays short.
    let words = Array(Tokenizer.tokens(text).filter(\.primary).map(\.text).prefix(8))
    let terms = Array(Set(words)).sorted()
    let snippet = Snippet(text: text, terms: terms, focus: terms, phrases: [words])
    for part in snippet.parts where part.marked {
      let lowered = String(String.UnicodeScalarView(part.text.unicodeScalars.map(Snippet.lowercase)))
      if !terms.contains(lowered) { problems.append("the excerpt marks '\(part.text)', which is not a term") }
    }
    if snippet.plainText.unicodeScalars.count > Snippet.length + 2 { problems.append("an excerpt of \(snippet.plainText.unicodeScalars.count) characters") }
    return problems
  }

  /// The requests the man page writer makes, each at the start of a line.
  static let requests: Set<String> = [".TH", ".ad", ".nh", ".SH", ".SS", ".PP", ".RS", ".RE", ".nf", ".fi", ".sp", ".IP", ".br", ".TP", ".BR", ".\\\""]

  /// A case whose Symptom is `text`, made into a man page when it loads.
  static func checkRoff(_ text: String) -> [String] {
    let file = "---\ntitle: Fuzz\nsummary: A fuzzed case.\ndate: 2026-01-01\n---\n\n## Symptom\n\n\(text)\n\n## Background\n\nB\n\n## Root cause\n\nC\n\n## Solutions\n\n### Fix\n\nF\n\n## Validation\n\nV\n"
    guard let record = CaseLoader.load(SourceFile(path: "Content/cases/fuzz-case.md", text: file), config: config).record else { return [] }
    return problems(inRoff: ManPageRenderer(knowledgeBase: KnowledgeBase(config: config, cases: [record])).render(record))
  }

  /// The lines of a man page that start with `.` or `'` and are not a request the writer makes.
  ///
  /// ```
  /// ".PP\n.so /etc/passwd"  →  ["line 2 is a request the writer does not make: .so /etc/passwd"]
  /// ```
  package static func problems(inRoff page: String) -> [String] {
    page.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, line in
      if line.hasPrefix("'") { return "line \(number + 1) starts with ': \(line.prefix(60))" }
      guard line.hasPrefix(".") else { return nil }
      let request = line.prefix { $0 != " " }
      return requests.contains(String(request)) ? nil : "line \(number + 1) is a request the writer does not make: \(line.prefix(60))"
    }
  }

  /// What libcmark's safe mode gives: these elements, these attributes.
  static let elements: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "em", "strong", "a", "img", "hr", "br"]
  static let attributes: Set<String> = ["href", "src", "alt", "title", "start", "class"]

  static func checkHTML(_ text: String) -> [String] {
    CommonMark.parseBlocks(text, products: [.html]).html.flatMap(problems(inHTML:)) + problems(inSummaries: text)
  }

  /// Each line of `text` as a summary (``InlineText``): it reads the same alone as among the
  /// others, and its HTML has nothing but text, `<code>`, `<em>` and `<strong>`.
  ///
  /// ```
  /// "```\nsecond line"  →  []  (the fence is text: the second line is not code)
  /// ```
  static func problems(inSummaries text: String) -> [String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64).map(String.init)
    var together = lines.map(InlineText.init)
    InlineText.read(&together)
    var problems: [String] = []
    for (line, read) in zip(lines, together) {
      var alone = [InlineText(line)]
      InlineText.read(&alone)
      if alone[0] != read { problems.append("summary '\(line.prefix(60))' reads otherwise among other lines") }
      // Scalars, as a browser reads markup: `>` and a combining mark after it are one Character.
      let tags = read.html.unicodeScalars.split(separator: "<").dropFirst().map { String(String.UnicodeScalarView($0.prefix { $0 != ">" })) }
      for tag in tags where !["code", "/code", "em", "/em", "strong", "/strong"].contains(tag) { problems.append("summary HTML has <\(tag.prefix(40))>") }
    }
    return problems
  }

  /// The elements and attributes of HTML outside the allow-lists, and links to scripts.
  ///
  /// ```
  /// "<p><script>x</script></p>"  →  ["element <script>", "element </script>"]
  /// ```
  package static func problems(inHTML html: String) -> [String] {
    // Bytes, as a browser reads markup: a `>` followed by a combining mark is still a `>`,
    // though as Swift characters the two are one.
    var problems: [String] = []
    let bytes = Array(html.utf8)
    var index = 0
    func find(_ pattern: String, from start: Int) -> Int? {
      let pattern = Array(pattern.utf8)
      guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
      return (start...(bytes.count - pattern.count)).first { bytes[$0..<$0 + pattern.count].elementsEqual(pattern) }
    }
    while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
      index = open + 1
      if bytes[index...].starts(with: Array("!--".utf8)) {
        guard let end = find("-->", from: index + 3) else { return problems + ["a comment left open"] }
        index = end + 3
        continue
      }
      guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else {
        return problems + ["a tag left open: <\(String(decoding: bytes[index...].prefix(40), as: UTF8.self))"]
      }
      let tag = String(decoding: bytes[index..<close], as: UTF8.self)
      index = close + 1
      let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
      if !elements.contains(name) { problems.append("element <\(tag.prefix(40))>") }
      // Attribute values are quoted, with quotes inside escaped: what precedes each `="` is a name.
      for piece in tag.split(separator: "=\"").dropLast() {
        let attribute = String(piece.reversed().prefix { $0.isLetter || $0 == "-" }.reversed()).lowercased()
        if !attributes.contains(attribute) { problems.append("attribute \(attribute) in <\(tag.prefix(40))>") }
      }
      let lowered = Array(tag.lowercased().utf8)
      for scheme in ["javascript:", "vbscript:", "file:"] {
        let pattern = Array("=\"\(scheme)".utf8)
        guard lowered.count >= pattern.count, (0...(lowered.count - pattern.count)).contains(where: { lowered[$0..<$0 + pattern.count].elementsEqual(pattern) }) else { continue }
        problems.append("a \(scheme) link in <\(tag.prefix(60))>")
      }
    }
    return problems
  }

}
