// Stage: model. Making error lines from different runs comparable.

internal import Foundation

/// Replaces the parts of an error line that change from run to run, so a line pasted from
/// another build still matches the recorded signature exactly.
///
/// Mirrored by `normalizeSignature` in Templates/assets/search.js; both are pinned by the shared
/// vectors in Tests/CasebookSearchTests/Fixtures/signatures.json. The steps, in order:
///
/// 1. NFKC and lowercase; a byte-order mark (U+FEFF) dropped; trim; runs of white space become one space.
/// 2. `0x` and hex digits → `ADDR` (addresses, offsets).
/// 3. A run of 8 or more hex digits holding both a digit and a letter, with no letter or digit
///    just before or after it → `HEX` (build ids, hashes, container ids).
/// 4. Every run of digits → `N` (temp paths, PIDs, line and column numbers, timestamps).
/// 5. A log line's prefix goes, so that the same message logged by journald, syslog, klog or
///    a structured logger matches the bare line (``LogPrefix``).
///
/// Each step runs over the whole result of the one before (as a regular expression would); the
/// replacements are upper case, so no later step touches them.
///
/// ```
/// "/usr/bin/ld: /tmp/go-link-1701599834/go.o: in function `f'"  →  "/usr/bin/ld: /tmp/go-link-N/go.o: in function `f'"
/// "go.go:(.text+0x136c683): undefined reference to `x'"          →  "go.go:(.text+ADDR): undefined reference to `x'"
/// ```
package enum SignatureNormalizer {
  package static func normalize(_ line: String) -> String {
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
      return LogPrefix.strip(String(decoding: replaceNumbers(replaceHexIDs(replaceAddresses(units))), as: UTF8.self))
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
    let scalars = replaceNumbers(replaceHexIDs(replaceAddresses(units))).compactMap(Unicode.Scalar.init)
    return LogPrefix.strip(String(String.UnicodeScalarView(scalars)))
  }

  // The steps work on code units: bytes of an ASCII line, scalar values of any other.
  private static func isDigit<T: FixedWidthInteger>(_ s: T) -> Bool { s >= 0x30 && s <= 0x39 }
  private static func isHex<T: FixedWidthInteger>(_ s: T) -> Bool { isDigit(s) || (s >= 0x61 && s <= 0x66) }
  private static func isWord<T: FixedWidthInteger>(_ s: T) -> Bool { isDigit(s) || (s >= 0x61 && s <= 0x7A) }
  private static func units<T: FixedWidthInteger>(_ text: String) -> [T] { text.unicodeScalars.map { T($0.value) } }

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

  /// `/(?<![0-9a-z])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![0-9a-z])/g` → `HEX`.
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
        if end - index >= 8, end == input.count || !isWord(input[end]), digits > 0, digits < end - index {
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
