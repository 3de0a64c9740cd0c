// Stage: model. Making error lines from different runs comparable.

/// Replaces the parts of an error line that change from run to run.
///
/// ```
/// "/tmp/go-link-1701599834/go.o: in function `f'"      →  "/tmp/go-link-N/go.o: in function `f'"
/// "go.go:(.text+0x136c683): undefined reference to `x'"  →  "go.go:(.text+0xN): undefined reference to `x'"
/// ```
package enum SignatureNormalizer {
  package static func normalize(_ line: String) -> String {
    var out = ""
    var scalars = Array(line.trimmingWhitespace.unicodeScalars)[...]
    while let scalar = scalars.first {
      if scalar == "0", scalars.dropFirst().first == "x" || scalars.dropFirst().first == "X" {
        let digits = scalars.dropFirst(2).prefix { $0.properties.isASCIIHexDigit }
        if !digits.isEmpty {
          out += "0xN"
          scalars = scalars.dropFirst(2 + digits.count)
          continue
        }
      }
      if ("0"..."9").contains(scalar) {
        scalars = scalars.drop { ("0"..."9").contains($0) }
        out += "N"
        continue
      }
      out.unicodeScalars.append(scalar)
      scalars = scalars.dropFirst()
    }
    return out
  }
}
