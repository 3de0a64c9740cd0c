// Stage: Render. The contents of Templates/, as the command layer read them.

/// The Mustache templates and static assets of a site, by name and path.
package struct TemplateSet: Sendable {
  /// Template sources by name: `case` for `Templates/case.mustache`.
  package var templates: [String: String]
  /// Files under `Templates/assets/`, by path below it: `site.css`.
  package var assets: [String: [UInt8]]

  package init(templates: [String: String], assets: [String: [UInt8]] = [:]) {
    self.templates = templates
    self.assets = assets
  }
}
