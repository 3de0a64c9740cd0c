// Stage: Render. Mustache templates that fail loudly instead of rendering nothing.

package import CasebookCore
internal import Foundation
internal import Mustache

/// Errors in the templates: problems of the site's design, not of any case.
package enum TemplateError: Error, CustomStringConvertible, Equatable {
  case missingTemplate(name: String)
  case missingPartial(name: String, usedBy: String)
  case syntax(name: String, message: String)
  /// Partials that include each other in a circle, from the first back to itself.
  case partialCycle(names: [String])
  /// A tag names something no view model has, which would render as nothing.
  case unknownName(name: String, template: String, line: Int, suggestion: String?)

  package var description: String {
    switch self {
    case .missingTemplate(let name): "Templates/\(name).mustache is missing"
    case .missingPartial(let name, let usedBy): "Templates/\(usedBy).mustache uses the partial '\(name)', but Templates/\(name).mustache is missing"
    case .syntax(let name, let message): "Templates/\(name).mustache: \(message)"
    case .partialCycle(let names):
      "Templates/\(names[0]).mustache includes itself (\(names.map { "'\($0)'" }.joined(separator: " → "))); a partial may not include itself, directly or through others"
    case .unknownName(let name, let template, let line, let suggestion):
      "Templates/\(template).mustache line \(line): no page has a field '\(name)', so it would always be empty" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }
  }
}

/// Wraps swift-mustache so that a missing template or partial, or a misspelt name, is an error,
/// not an empty string.
///
/// swift-mustache renders an unknown partial or name as nothing and returns nil for an unknown
/// template; each would ship a silently broken page. This library checks every `{{> name}}`
/// reference and every name a tag reads when it is created, and every template name when it
/// renders.
///
/// ```
/// {{page.siteTitel}}  →  Templates/home.mustache line 5: no page has a field 'siteTitel', so it would always be empty; did you mean 'siteTitle'?
/// ```
package struct TemplateLibrary: Sendable {
  private let library: MustacheLibrary
  /// The same templates with the interface's words written in (``writingIn(_:into:)``), one
  /// library for each interface given: what a page whose words are one of them is rendered with.
  private let libraries: [(ui: InterfaceText, library: MustacheLibrary)]
  private let names: Set<String>

  /// Compiles every template and checks that the required ones and every partial exist, and,
  /// given `fieldNames` (every field of every view model), that each name a tag reads is one;
  /// then compiles them again for each of `interfaces` with its words written in.
  ///
  /// Every template escapes with ``Escaping/html(_:)`` (swift-mustache's own HTML escaping goes
  /// character by character, slowly): each is compiled with a first line
  /// that selects that content type. A pragma alone on its line is removed whole, so the
  /// template's own first line is still a first line (a standalone tag there stays standalone).
  package init(_ set: TemplateSet, required: [String], fieldNames: Set<String>? = nil, interfaces: [InterfaceText] = []) throws {
    MustacheContentTypes.register(HTMLText(), named: HTMLText.name)
    let library = try Self.compile(set.templates)
    for name in required where set.templates[name] == nil {
      throw TemplateError.missingTemplate(name: name)
    }
    var partials: [String: [String]] = [:]
    for name in set.templates.keys.sorted() {
      partials[name] = Self.partialReferences(in: set.templates[name]!)
      for partial in partials[name]! where set.templates[partial] == nil {
        throw TemplateError.missingPartial(name: partial, usedBy: name)
      }
    }
    // Rendering a partial that includes itself never ends: refused here.
    if let cycle = Self.firstCycle(partials) { throw TemplateError.partialCycle(names: cycle) }
    if let fieldNames {
      for name in set.templates.keys.sorted() {
        for (tag, line) in Self.names(in: set.templates[name]!) {
          for part in tag.split(separator: ".").map(String.init) where !fieldNames.contains(part) {
            throw TemplateError.unknownName(name: part, template: name, line: line, suggestion: Suggestion.closest(to: part, in: fieldNames.sorted()))
          }
        }
      }
    }
    self.library = library
    var libraries: [(ui: InterfaceText, library: MustacheLibrary)] = []
    for ui in interfaces where !libraries.contains(where: { $0.ui == ui }) {
      libraries.append((ui, try Self.compile(set.templates.mapValues { Self.writingIn(ui, into: $0) })))
    }
    self.libraries = libraries
    self.names = Set(set.templates.keys)
  }

  /// The templates compiled, each with the pragma that makes it escape with ``Escaping/html(_:)``.
  private static func compile(_ templates: [String: String]) throws -> MustacheLibrary {
    var library = MustacheLibrary()
    for name in templates.keys.sorted() {
      do {
        try library.register("{{% CONTENT_TYPE: \(HTMLText.name) }}\n" + templates[name]!, named: name)
      } catch let error as MustacheTemplate.ParserError {
        // Line numbers of the template as written: the content-type line above it is not its own.
        throw TemplateError.syntax(name: name, message: "line \(max(error.context.lineNumber - 1, 1)), column \(error.context.columnNumber): \(error.error) in '\(error.context.line)'")
      } catch {
        throw TemplateError.syntax(name: name, message: "\(error)")
      }
    }
    return library
  }

  /// Renders a template with a view model, handed over as a ``TemplateView``.
  package func render<Model: TemplateFields>(_ name: String, _ model: Model) throws -> String {
    try render(name, model, with: library)
  }

  /// Renders a page's template with the words of its interface written in, when they are
  /// among those it was compiled for; the same text as ``render(_:_:)-(_,TemplateFields)``
  /// gives, with a name fewer to look up for every `{{ui.…}}` tag.
  package func render<Model: InterfacePage>(_ name: String, _ model: Model) throws -> String {
    let ui = model.ui
    return try render(name, model, with: libraries.first { $0.ui == ui }?.library ?? library)
  }

  /// Whether pages in the words of `ui` are rendered with those words written in.
  func writesIn(_ ui: InterfaceText) -> Bool { libraries.contains { $0.ui == ui } }

  private func render<Model: TemplateFields>(_ name: String, _ model: Model, with library: MustacheLibrary) throws -> String {
    guard names.contains(name), let text = library.render(TemplateView(model), withTemplate: name) else {
      throw TemplateError.missingTemplate(name: name)
    }
    return text
  }

  /// A template with each `{{ui.key}}`, `{{{ui.key}}}` and `{{&ui.key}}` tag replaced by the
  /// words it would print (escaped as the tag would escape them), for a page whose top-level
  /// `ui` is `ui` (``InterfacePage``). The interface's words are the same on every page in a
  /// language, so they are looked up once here instead of once a page.
  ///
  /// A tag stays as it is when the words could read as template syntax or change which
  /// lines are standalone (a brace, a line break, or nothing but white space), when the key is
  /// not an interface word, and in a template that changes its delimiters. No view model but
  /// a page's has a field `ui`, so such a tag reads the page's words wherever it stands.
  ///
  /// ```
  /// "<h2>{{ui.contents}}</h2>{{{ ui.references }}}"  →  "<h2>Contents</h2>References"
  /// "{{ui.copy}}", copy = "Copy <all>"               →  "Copy &lt;all&gt;"
  /// "{{ui.contnets}}", "{{ui}}", "{{#ui.x}}"          →  unchanged
  /// ```
  static func writingIn(_ ui: InterfaceText, into template: String) -> String {
    guard !template.contains("{{=") else { return template }
    var result = "", rest = Substring(template)
    while let open = rest.range(of: "{{") {
      result += rest[..<open.lowerBound]
      var tag = rest[open.upperBound...]
      guard let close = tag.range(of: "}}") else { break }
      let whole = tag.first == "{" && tag[close.upperBound...].first == "}"
      let end = whole ? tag.index(after: close.upperBound) : close.upperBound
      let original = rest[open.lowerBound..<end]
      rest = rest[end...]
      tag = tag[..<close.lowerBound]
      if whole || tag.first == "&" { tag = tag.dropFirst() }
      let name = tag.trimmingCharacters(in: .whitespaces)
      guard name.hasPrefix("ui."), InterfaceText.keys.contains(String(name.dropFirst(3))) else {
        result += original
        continue
      }
      let words = ui[String(name.dropFirst(3))]
      let printed = whole || original.hasPrefix("{{&") ? words : Escaping.html(words)
      if printed.contains(where: { $0 == "{" || $0 == "}" || $0.isNewline }) || printed.allSatisfy(\.isWhitespace) {
        result += original
      } else {
        result += printed
      }
    }
    return result + rest
  }

  /// Renders a piece of a page (a card, the header) to be placed in others: without the
  /// template file's final line break.
  package func fragment<Model: TemplateFields>(_ name: String, _ model: Model) throws -> String {
    var text = try render(name, model)
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// The first circle of partials (in name order), as the names from one template back to it.
  ///
  /// ```
  /// ["a": ["b"], "b": ["c"], "c": ["a"]]  →  ["a", "b", "c", "a"]
  /// ["a": ["b"], "b": []]                 →  nil
  /// ```
  static func firstCycle(_ partials: [String: [String]]) -> [String]? {
    var done = Set<String>()
    func visit(_ name: String, _ path: [String]) -> [String]? {
      if let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
      guard !done.contains(name) else { return nil }
      for next in partials[name] ?? [] {
        if let cycle = visit(next, path + [name]) { return cycle }
      }
      done.insert(name)
      return nil
    }
    for name in partials.keys.sorted() {
      if let cycle = visit(name, []) { return cycle }
    }
    return nil
  }

  /// The names the tags of a template read, with their lines: `{{name}}`, `{{{name}}}`,
  /// `{{&name}}`, `{{#name}}`, `{{^name}}` (a transform's argument, for `{{first(name)}}`);
  /// not partials, comments, closing tags, pragmas or the current item `{{.}}`. A template that
  /// changes its delimiters is not read past the change.
  ///
  /// ```
  /// "<h1>{{page.title}}</h1>\n{{#cases}}{{{html}}}{{/cases}}"  →  [("page.title", 1), ("cases", 2), ("html", 2)]
  /// ```
  static func names(in template: String) -> [(name: String, line: Int)] {
    var names: [(String, Int)] = []
    var rest = Substring(template)
    var line = 1
    while let open = rest.range(of: "{{") {
      line += rest[..<open.lowerBound].count { $0 == "\n" }
      rest = rest[open.upperBound...]
      guard let close = rest.range(of: "}}") else { break }
      var tag = rest[..<close.lowerBound]
      rest = rest[close.upperBound...]
      line += tag.count { $0 == "\n" }
      if tag.first == "=" { break }
      if tag.first == "{" { tag = tag.dropFirst() }
      if let sigil = tag.first, "&#^".contains(sigil) { tag = tag.dropFirst() }
      guard let first = tag.first, !">!/%{".contains(first) else { continue }
      if let call = tag.firstIndex(of: "("), let end = tag.lastIndex(of: ")"), call < end { tag = tag[tag.index(after: call)..<end] }
      let name = tag.trimmingCharacters(in: .whitespaces)
      if !name.isEmpty, name != "." { names.append((name, line)) }
    }
    return names
  }

  /// The names in `{{> name}}` tags (also `{{>name}}` and with a changed delimiter left alone).
  static func partialReferences(in template: String) -> [String] {
    var names: [String] = []
    var rest = Substring(template)
    while let open = rest.range(of: "{{>") {
      rest = rest[open.upperBound...]
      guard let close = rest.range(of: "}}") else { break }
      let name = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
      if !name.isEmpty { names.append(name) }
      rest = rest[close.upperBound...]
    }
    return names
  }
}

/// HTML escaping for templates, by ``Escaping/html(_:)``.
private struct HTMLText: MustacheContentType {
  static let name = "CASEBOOK_HTML"
  func escapeText(_ text: String) -> String { Escaping.html(text) }
}
