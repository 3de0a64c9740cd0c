// Stage: model. Making error lines from different runs comparable.

internal import Foundation

/// Replaces the parts of an error line that change from run to run, so a line pasted from
/// another build still matches the recorded signature exactly.
///
/// Mirrored by `normalizeSignature` in Templates/assets/search.js; both are pinned by the shared
/// vectors in Tests/CasebookSearchTests/Fixtures/signatures.json. The steps, in order:
///
/// 1. NFKC and lowercase; a byte-order mark (U+FEFF) dropped; trim; runs of white space become one space.
/// 2. A UUID (8-4-4-4-12 hex digits) → `UUID`; a Kubernetes pod name's two hashes
///    (`-7d9f8b6c5-x2x9z`) → `-POD`; a `mktemp` name (`tmp.` and 6 to 12 letters or digits) →
///    `tmp.TMP`; each with no letter or digit just before or after it.
/// 3. `0x` and hex digits → `ADDR` (addresses, offsets).
/// 4. A run of 4 or more hex digits holding both a digit and a letter, with no letter or digit
///    just before or after it → `HEX` (build ids, hashes, container ids, short commit ids; klog's
///    `E1204` level and date too, which its prefix rule expects).
/// 5. Every run of digits → `N` (temp paths, PIDs, line and column numbers, clock times, `file.go:N`).
/// 6. A log line's prefix goes, so that the same message logged by journald, syslog, klog or
///    a structured logger matches the bare line (``LogPrefix``).
/// 7. A month's name, whole (`dec`, `december`, `sept`) → `MON`.
///
/// Each step runs over the whole result of the one before (as a regular expression would); the
/// replacements are upper case, so no later step touches them.
///
/// ```
/// "/usr/bin/ld: /tmp/go-link-1701599834/go.o: in function `f'"  →  "/usr/bin/ld: /tmp/go-link-N/go.o: in function `f'"
/// "go.go:(.text+0x136c683): undefined reference to `x'"          →  "go.go:(.text+ADDR): undefined reference to `x'"
/// "pod feed-builder-7d9f8b6c5-x2x9z expired on Dec 3"           →  "pod feed-builder-POD expired on MON N"
/// ```
package enum SignatureNormalizer {
  package static func normalize(_ line: String) -> String {
    finished(LogPrefix.strip(prepared(line)))
  }

  /// The lines a pasted line is looked up as, to find a signature it holds: its normal form
  /// first, then the forms a signature inside it may have, longest first (at most
  /// ``lookupLimit``).
  ///
  /// Besides the whole line with the logger's prefix taken off, a signature may be the line
  /// with only the time and host taken off (`crio[N]: error: …`: the tag recorded with the
  /// message), with only a timestamp and level taken off, the line as a whole, what follows
  /// one of its first four `: ` or `] `, and each of these without a last clause in
  /// parentheses.
  ///
  /// ```
  /// "step 3/7 failed: crio[42]: error: x (exit status 1)"
  ///   →  ["step N/N failed: crio[N]: error: x (exit status N)",            (the normal form)
  ///       "step N/N failed: crio[N]: error: x",
  ///       "crio[N]: error: x (exit status N)", "crio[N]: error: x",
  ///       "error: x (exit status N)", "error: x", "x (exit status N)", "x"]
  /// ```
  package static func lookups(_ line: String) -> [String] {
    let whole = prepared(line)
    var forms = [LogPrefix.strip(whole)] + LogPrefix.alternatives(whole) + [whole]
    // Scalars, as search.js reads the line: a space and a combining mark are one Character.
    let scalars = whole.unicodeScalars
    var cuts = 0
    var previous: Unicode.Scalar = " "
    for index in scalars.indices where cuts < 4 {
      if scalars[index] == " ", previous == ":" || previous == "]" {
        let rest = String(scalars[scalars.index(after: index)...])
        if !rest.isEmpty { forms.append(rest) }
        cuts += 1
      }
      previous = scalars[index]
    }
    forms = forms.flatMap { form in [form] + (withoutLastClause(form).map { [$0] } ?? []) }
    let normal = finished(forms[0])
    var seen: Set = [normal]
    var result: [String] = []
    for form in forms.dropFirst().map(finished) where !form.isEmpty && seen.insert(form).inserted {
      result.append(form)
    }
    // The normal form first, then the longest, as both engines order them.
    return Array(([normal] + result.sorted { $0.unicodeScalars.count != $1.unicodeScalars.count ? $0.unicodeScalars.count > $1.unicodeScalars.count : $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }).prefix(lookupLimit))
  }

  /// How many lines a pasted line is looked up as, at most.
  package static let lookupLimit = 8

  /// `x (exit status N)` → `x`: the text before the last ` (`, when the line ends with `)`.
  static func withoutLastClause(_ form: String) -> String? {
    let scalars = Array(form.unicodeScalars)
    guard scalars.last == ")", let open = (0..<max(0, scalars.count - 1)).last(where: { scalars[$0] == " " && scalars[$0 + 1] == "(" }), open > 0 else { return nil }
    return String(String.UnicodeScalarView(scalars[..<open]))
  }

  /// Steps 1 to 5: the line normalized but for its log prefix and month names.
  static func prepared(_ line: String) -> String {
    // NFKC leaves ASCII as it is, and it is the slow step: most error lines are ASCII, and are
    // normalised as bytes.
    if line.utf8.allSatisfy({ $0 < 0x80 }) {
      var units: [UInt8] = []
      units.reserveCapacity(line.utf8.count)
      var pendingSpace = false
      for byte in line.utf8 {
        if byte == 0x20 || (0x09...0x0D).contains(byte) {
          pendingSpace = !units.isEmpty
        } else {
          if pendingSpace { units.append(0x20) }
          pendingSpace = false
          units.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
      }
      return String(decoding: replaceNumbers(replaceHexIDs(replaceAddresses(replaceRunNames(units)))), as: UTF8.self)
    }
    var units: [UInt32] = []
    var pendingSpace = false
    for scalar in line.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars where scalar != "\u{FEFF}" {
      if scalar.properties.isWhitespace {
        pendingSpace = !units.isEmpty
      } else {
        if pendingSpace { units.append(0x20) }
        pendingSpace = false
        units.append(scalar.value)
      }
    }
    let scalars = replaceNumbers(replaceHexIDs(replaceAddresses(replaceRunNames(units)))).compactMap(Unicode.Scalar.init)
    return String(String.UnicodeScalarView(scalars))
  }

  /// Step 7, after the log prefix went: month names.
  static func finished(_ message: String) -> String {
    if message.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: replaceMonths(Array(message.utf8)), as: UTF8.self) }
    return String(String.UnicodeScalarView(replaceMonths(message.unicodeScalars.map(\.value)).compactMap(Unicode.Scalar.init)))
  }

  // The steps work on code units: bytes of an ASCII line, scalar values of any other.
  private static func isDigit<T: FixedWidthInteger>(_ s: T) -> Bool { s >= 0x30 && s <= 0x39 }
  private static func isHex<T: FixedWidthInteger>(_ s: T) -> Bool { isDigit(s) || (s >= 0x61 && s <= 0x66) }
  private static func isWord<T: FixedWidthInteger>(_ s: T) -> Bool { isDigit(s) || (s >= 0x61 && s <= 0x7A) }
  private static func units<T: FixedWidthInteger>(_ text: String) -> [T] { text.unicodeScalars.map { T($0.value) } }

  /// The names one run of a program gives what the next run names otherwise:
  /// `/(?<![0-9a-z])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z])/g` → `UUID`,
  /// `/-[bcdfghjklmnpqrstvwxz2456789]{8,10}-[bcdfghjklmnpqrstvwxz2456789]{5}(?![0-9a-z])/g` → `-POD`
  /// (the alphabet Kubernetes draws pod-name hashes from),
  /// `/(?<![0-9a-z])tmp\.[0-9a-z]{6,12}(?![0-9a-z])/g` → `tmp.TMP`.
  private static func replaceRunNames<T: FixedWidthInteger>(_ input: [T]) -> [T] {
    func isPodHash(_ s: T) -> Bool { (s >= 0x32 && s <= 0x39 && s != 0x33) || (isWord(s) && !isDigit(s) && !"aeiouy".utf8.contains(where: { T($0) == s })) }
    func before(_ text: [T], _ index: Int) -> Bool { index == 0 || !isWord(text[index - 1]) }
    func after(_ text: [T], _ end: Int) -> Bool { end == text.count || !isWord(text[end]) }
    let uuids = replacing(input) { text, index in
      guard before(text, index), index + 36 <= text.count, after(text, index + 36),
        (0..<36).allSatisfy({ [8, 13, 18, 23].contains($0) ? text[index + $0] == 0x2D : isHex(text[index + $0]) })
      else { return nil }
      return (index + 36, "UUID")
    }
    let pods = replacing(uuids) { text, index in
      guard text[index] == 0x2D else { return nil }
      var end = index + 1
      while end < text.count, isPodHash(text[end]) { end += 1 }
      guard (8...10).contains(end - index - 1), end + 6 <= text.count, text[end] == 0x2D,
        (1...5).allSatisfy({ isPodHash(text[end + $0]) }), after(text, end + 6)
      else { return nil }
      return (end + 6, "-POD")
    }
    return replacing(pods) { text, index in
      guard before(text, index), index + 4 < text.count, text[index..<(index + 4)].elementsEqual(units("tmp.") as [T]) else { return nil }
      var end = index + 4
      while end < text.count, isWord(text[end]) { end += 1 }
      return (6...12).contains(end - index - 4) && after(text, end) ? (end, "tmp.TMP") : nil
    }
  }

  /// One pass over `input`, as a regular expression's global replace: where `match` finds a
  /// match starting at an index, its replacement, and on after its end.
  private static func replacing<T: FixedWidthInteger>(_ input: [T], _ match: ([T], Int) -> (end: Int, with: String)?) -> [T] {
    var out: [T] = []
    out.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      if let found = match(input, index) {
        out += units(found.with) as [T]
        index = found.end
      } else {
        out.append(input[index])
        index += 1
      }
    }
    return out
  }

  /// The names of the months (and `sept`) as whole words → `MON`.
  static let months: Set<String> = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  ]

  /// `/(?<![a-z])(jan|…|december)(?![a-z])/g` → `MON`.
  private static func replaceMonths<T: FixedWidthInteger>(_ input: [T]) -> [T] {
    func isLetter(_ s: T) -> Bool { s >= 0x61 && s <= 0x7A }
    var out: [T] = []
    out.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      guard isLetter(input[index]) else {
        out.append(input[index])
        index += 1
        continue
      }
      var end = index
      while end < input.count, isLetter(input[end]) { end += 1 }
      let word = input[index..<end]
      if (3...9).contains(word.count), months.contains(String(decoding: word.map { UInt8($0) }, as: UTF8.self)) {
        out += units("MON") as [T]
      } else {
        out += word
      }
      index = end
    }
    return out
  }

  /// `/0x[0-9a-f]+/g` → `ADDR`.
  private static func replaceAddresses<T: FixedWidthInteger>(_ input: [T]) -> [T] {
    var out: [T] = []
    out.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      if input[index] == 0x30, index + 2 < input.count, input[index + 1] == 0x78, isHex(input[index + 2]) {
        var end = index + 2
        while end < input.count, isHex(input[end]) { end += 1 }
        out += units("ADDR") as [T]
        index = end
      } else {
        out.append(input[index])
        index += 1
      }
    }
    return out
  }

  /// `/(?<![0-9a-z])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{4,}(?![0-9a-z])/g` → `HEX`.
  private static func replaceHexIDs<T: FixedWidthInteger>(_ input: [T]) -> [T] {
    var out: [T] = []
    out.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      if isHex(input[index]), index == 0 || !isWord(input[index - 1]) {
        var end = index
        var digits = 0
        while end < input.count, isHex(input[end]) {
          if isDigit(input[end]) { digits += 1 }
          end += 1
        }
        if end - index >= 4, end == input.count || !isWord(input[end]), digits > 0, digits < end - index {
          out += units("HEX") as [T]
          index = end
          continue
        }
      }
      out.append(input[index])
      index += 1
    }
    return out
  }

  /// `/[0-9]+/g` → `N`.
  private static func replaceNumbers<T: FixedWidthInteger>(_ input: [T]) -> [T] {
    var out: [T] = []
    out.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      if isDigit(input[index]) {
        while index < input.count, isDigit(input[index]) { index += 1 }
        out.append(0x4E)
      } else {
        out.append(input[index])
        index += 1
      }
    }
    return out
  }
}
