// Stage: model. What a logger puts before the message, taken off a normalized error line.

internal import Foundation

/// Takes the logger's part off an error line already normalized (lower case, digit runs
/// `N`), leaving the message: the last step of ``SignatureNormalizer``, mirrored by
/// `stripLogPrefix` in search.js and pinned by the shared vectors in signatures.json.
///
/// In this order, each at most once:
///
/// ```
/// syslog     dec N N:N:N node-cN crio[N]: msg                  →  msg
/// journald   N-N-ntN:N:N+N host crio[N]: msg                    →  msg
/// logfmt     time="…" level=error msg="failed: \"x\"" pid=N     →  failed: "x"
/// JSON       {"level":"error","msg":"failed"}                   →  failed
/// level      N-N-ntN:N:N.Nz error msg, [N-N-N N:N:N] warn: msg  →  msg
/// klog       HEX N:N:N.N N file.go:N] msg (iN, wN)              →  msg
/// ```
///
/// Most lines are none of these: a check on their first characters (and for `msg=`)
/// decides before any regular expression runs.
enum LogPrefix {
  static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
  static let month = "(?:" + months.joined(separator: "|") + ")"
  static let stamp = "N-N-N[t ]N:N:N(?:[.,]N)?(?:z|[+-]N(?::N)?)?"
  static let host = "[^ ]+ [^ :\\[]+(?:\\[N\\])?: "

  static let syslog = try! NSRegularExpression(pattern: "^(?:\(month) N N:N:N|\(stamp)) \(host)")
  static let stampAndHost = try! NSRegularExpression(pattern: "^(?:\(month) N N:N:N|\(stamp)) [^ ]+ ")
  static let logfmt = try! NSRegularExpression(pattern: "(?:^| )msg=\"((?:[^\"\\\\]|\\\\.)*)\"")
  static let json = try! NSRegularExpression(pattern: "^\\{.*\"(?:msg|message)\": ?\"((?:[^\"\\\\]|\\\\.)*)\"")
  static let level = try! NSRegularExpression(
    pattern: "^\\[?\(stamp)\\]? \\[?(?:error|err|warn|warning|info|debug|fatal|crit|critical|panic|notice|trace)\\]?:? ")
  static let klog = try! NSRegularExpression(pattern: "^(?:[wi]N|HEX) N:N:N\\.N +N [^ \\]]+:N\\] ")

  static func strip(_ line: String) -> String {
    var text = line
    if opensWithSyslogTime(text) {
      text = removing(syslog, from: text)
    }
    if text.hasPrefix("{") {
      text = capture(json, in: text) ?? text
    } else if hasLogfmtMessage(text) {
      text = capture(logfmt, in: text) ?? text
    }
    if opensWithTimestamp(text) {
      text = removing(level, from: text)
    }
    if opensWithKlog(text) {
      text = removing(klog, from: text)
    }
    return text == line ? line : text.trimmingCharacters(in: .whitespaces)
  }

  /// What else the logger's part may be, for a signature recorded with part of it: the line
  /// with only a syslog or journald time and host taken off (the tag stays), and with only a
  /// timestamp and level taken off.
  ///
  /// ```
  /// "mon N N:N:N node-cN crio[N]: error: x"   →  ["crio[N]: error: x"]
  /// "N-N-ntN:N:N.Nz error crio[N]: error: x"  →  ["error crio[N]: error: x", "crio[N]: error: x"]
  /// ```
  static func alternatives(_ line: String) -> [String] {
    var forms: [String] = []
    if opensWithSyslogTime(line) { forms.append(removing(stampAndHost, from: line)) }
    if opensWithTimestamp(line) { forms.append(removing(level, from: line)) }
    return forms.filter { $0 != line }
  }

  /// Whether the line opens as syslog's or journald's time does (`mon N N:N:N`, `N-N-N…`):
  /// a check before the regular expression runs.
  private static func opensWithSyslogTime(_ line: String) -> Bool {
    line.hasPrefix("N-N-N") || (months.contains(String(line.prefix(3))) && line.dropFirst(3).hasPrefix(" N "))
  }

  /// Whether the line opens with a timestamp, bracketed or not.
  private static func opensWithTimestamp(_ line: String) -> Bool { line.hasPrefix("N-N-N") || line.hasPrefix("[N-N-N") }

  /// klog's level and date (`E1204`, a hex id to step 4; `I1204` → `iN`), then a clock time.
  private static func opensWithKlog(_ line: String) -> Bool {
    line.hasPrefix("HEX N:N:N.N ") || (line.first.map { "wi".contains($0) } ?? false && line.dropFirst().hasPrefix("N N:N:N.N "))
  }

  /// Whether `msg="` is in the line, compared byte by byte: Foundation's `contains` and the
  /// standard library's `firstRange(of:)` each cost more than all the other steps together.
  private static func hasLogfmtMessage(_ line: String) -> Bool {
    let pattern = Array(#"msg=""#.utf8)
    var line = line
    return line.withUTF8 { bytes in
      bytes.count >= pattern.count && (0...(bytes.count - pattern.count)).contains { start in
        bytes[start] == pattern[0] && (1..<pattern.count).allSatisfy { bytes[start + $0] == pattern[$0] }
      }
    }
  }

  private static func removing(_ expression: NSRegularExpression, from text: String) -> String {
    let range = NSRange(text.startIndex..., in: text)
    guard let match = expression.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return text }
    let rest = String(text[found.upperBound...])
    return rest.isEmpty ? text : rest
  }

  /// The first group, its `\"` and `\\` unescaped.
  private static func capture(_ expression: NSRegularExpression, in text: String) -> String? {
    let range = NSRange(text.startIndex..., in: text)
    guard let match = expression.firstMatch(in: text, range: range), let found = Range(match.range(at: 1), in: text), !found.isEmpty else { return nil }
    var out = ""
    var escaped = false
    for character in text[found] {
      if escaped {
        out.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        out.append(character)
      }
    }
    return out
  }
}
