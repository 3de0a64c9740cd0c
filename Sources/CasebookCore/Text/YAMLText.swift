// Stage: model. YAML scalars that read back exactly as given: what `new` and `import` write.

/// Writing YAML scalars that read back exactly as given.
package enum YAMLText {
  /// `He said "hi"` → `"He said \"hi\""`: safe for any one-line text, including `: ` and `#`.
  package static func doubleQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      default:
        if scalar.properties.generalCategory == .control {
          out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
