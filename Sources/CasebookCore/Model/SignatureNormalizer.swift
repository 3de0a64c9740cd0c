// Stage: model. Making error lines from different runs comparable.

internal import Foundation

/// Replaces the parts of an error line that change from run to run, so a line pasted from
/// another build still matches the recorded signature exactly.
///
/// Mirrored by `normalizeSignature` in Templates/assets/search.js; both are pinned by the shared
/// vectors in Tests/CasebookSearchTests/Fixtures/signatures.json. The steps, in order:
///
/// 1. NFKC and lowercase; trim; runs of white space become one space.
/// 2. `0x` and hex digits → `ADDR` (addresses, offsets).
/// 3. A run of 8 or more hex digits holding both a digit and a letter, with no letter or digit
///    just before or after it → `HEX` (build ids, hashes, container ids).
/// 4. Every run of digits → `N` (temp paths, PIDs, line and column numbers, timestamps).
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
    // NFKC leaves ASCII as it is, and it is the slow step: most error lines are ASCII.
    let text = line.utf8.allSatisfy { $0 < 0x80 } ? line.lowercased() : line.precomposedStringWithCompatibilityMapping.lowercased()
    var scalars: [Unicode.Scalar] = []
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
      } else {
        if pendingSpace { scalars.append(" ") }
        pendingSpace = false
        scalars.append(scalar)
      }
    }
    scalars = replaceAddresses(scalars)
    scalars = replaceHexIDs(scalars)
    scalars = replaceNumbers(scalars)
    return String(String.UnicodeScalarView(scalars))
  }

  private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
  private static func isHex(_ s: Unicode.Scalar) -> Bool { isDigit(s) || ("a"..."f").contains(s) }
  private static func isWord(_ s: Unicode.Scalar) -> Bool { isDigit(s) || ("a"..."z").contains(s) }

  /// `/0x[0-9a-f]+/g` → `ADDR`.
  private static func replaceAddresses(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    var index = 0
    while index < input.count {
      if input[index] == "0", index + 2 < input.count, input[index + 1] == "x", isHex(input[index + 2]) {
        var end = index + 2
        while end < input.count, isHex(input[end]) { end += 1 }
        out.append(contentsOf: "ADDR".unicodeScalars)
        index = end
      } else {
        out.append(input[index])
        index += 1
      }
    }
    return out
  }

  /// `/(?<![0-9a-z])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![0-9a-z])/g` → `HEX`.
  private static func replaceHexIDs(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    var index = 0
    while index < input.count {
      if isHex(input[index]), index == 0 || !isWord(input[index - 1]) {
        var end = index
        while end < input.count, isHex(input[end]) { end += 1 }
        if end - index >= 8, end == input.count || !isWord(input[end]), input[index..<end].contains(where: isDigit),
          input[index..<end].contains(where: { !isDigit($0) })
        {
          out.append(contentsOf: "HEX".unicodeScalars)
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
  private static func replaceNumbers(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    var index = 0
    while index < input.count {
      if isDigit(input[index]) {
        while index < input.count, isDigit(input[index]) { index += 1 }
        out.append("N")
      } else {
        out.append(input[index])
        index += 1
      }
    }
    return out
  }
}
