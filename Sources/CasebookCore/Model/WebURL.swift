// Stage: model.

/// Checks for the absolute web URLs references and site settings must be.
package enum WebURL {
  /// Why the text is not an absolute `http` or `https` URL with a host; nil when it is one.
  package static func problem(with text: String) -> String? {
    let lower = text.lowercased()
    let scheme: String
    if lower.hasPrefix("https://") { scheme = "https://" } else if lower.hasPrefix("http://") { scheme = "http://" } else {
      return "'\(text)' must start with http:// or https://"
    }
    let rest = text.dropFirst(scheme.count)
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    if host.isEmpty { return "'\(text)' has no host" }
    if text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "`" }) {
      return "'\(text)' contains spaces or characters that must be percent-encoded"
    }
    return nil
  }
}
