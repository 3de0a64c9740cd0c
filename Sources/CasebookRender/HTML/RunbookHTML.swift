// Stage: Render. A runbook's solutions and validation → the HTML runbook.mustache places.

internal import CasebookCore

/// Writes a runbook's procedure: each solution in the order the runbook takes them, as a
/// checklist (a box to tick and a number for each step, "Run" beside a shell command, prose
/// as context without a box), those set aside folded away, then the validation's checks.
///
/// The steps come from the body's one parse (``CaseBodyRenderer/steps(_:block:prefix:)``), and
/// the procedure reaches the template finished (`{{{procedure}}}`), as the case page's body
/// does (``CasePageHTML``): a step is eleven template tags, and rendered tag by tag a runbook
/// cost as much as the case page it comes from. A template can still build its own from
/// `{{#alternatives}}`, `{{#validation}}` and their `{{#steps}}`.
///
/// ```
/// solution 1 "Drain" [step "Drain the node", context "<p>Then:</p>", command "<pre>…"]  →
/// <section class="runbook-solution" aria-labelledby="drain">
/// <h2 id="drain">Solution 1: Drain</h2>
/// <ol class="checklist">
/// <li class="step">
/// <input type="checkbox" id="drain-step-1"><label for="drain-step-1">Step 1 done</label>
/// Drain the node
/// </li>
/// <li class="context">
/// <p>Then:</p>
/// </li>
/// <li class="step step-command">
/// <input type="checkbox" id="drain-step-2"><label for="drain-step-2">Step 2 done</label> <span class="step-run">Run</span>
/// <pre>…
/// </li>
/// </ol>
/// <p><button type="button" class="copy-all" hidden>Copy the commands of solution 1</button></p>
/// </section>
/// ```
enum RunbookHTML {
  /// The solutions, then the validation.
  static func procedure(_ alternatives: [AlternativeView], validation: AlternativeView, ui: InterfaceText) -> String {
    var html = ""
    for alternative in alternatives {
      let number = "\(alternative.number)"
      let heading = Escaping.html(ui["solution"]) + " " + number + ": " + Escaping.html(alternative.title)
      let status = alternative.status.map(Escaping.html) ?? ""
      let label = alternative.statusLabel.map(Escaping.html)
      if alternative.isSetAside {
        html += "<details class=\"runbook-set-aside\">\n<summary>\(heading) <span class=\"solution-status solution-\(status)\">\(label ?? "")</span></summary>\n"
      }
      let anchor = Escaping.html(alternative.anchor)
      html += "<section class=\"runbook-solution\(alternative.isSetAside ? " set-aside" : "")\" aria-labelledby=\"\(anchor)\">\n"
      html += "<h2 id=\"\(anchor)\">\(heading)\(label.map { " <span class=\"solution-status solution-\(status)\">\($0)</span>" } ?? "")</h2>\n"
      html += checklist(alternative.steps, ui: ui) + "\n"
      if alternative.hasCode {
        html += "<p><button type=\"button\" class=\"copy-all\" hidden>\(Escaping.html(ui["copy_solution_commands"])) \(number)</button></p>\n"
      }
      html += "</section>\n"
      if alternative.isSetAside { html += "</details>\n" }
    }
    html += "<section class=\"runbook-solution runbook-validation\" aria-labelledby=\"validation\">\n"
    html += "<h2 id=\"validation\">\(Escaping.html(validation.title))</h2>\n"
    html += checklist(validation.steps, ui: ui) + "\n"
    if validation.hasCode {
      html += "<p><button type=\"button\" class=\"copy-all\" hidden>\(Escaping.html(ui["copy_validation_commands"]))</button></p>\n"
    }
    html += "</section>"
    return html
  }

  /// One checklist: an `<ol>` with an item per step.
  static func checklist(_ steps: [StepView], ui: InterfaceText) -> String {
    let step = Escaping.html(ui["step"])
    let done = Escaping.html(ui["done"])
    let run = " <span class=\"step-run\">\(Escaping.html(ui["run"]))</span>"
    var html = "<ol class=\"checklist\">\n"
    for item in steps {
      if item.isStep {
        let id = Escaping.html(item.id)
        html += "<li class=\"step\(item.isCommand ? " step-command" : "")\">\n"
        html += "<input type=\"checkbox\" id=\"\(id)\"><label for=\"\(id)\">\(step) \(item.number) \(done)</label>\(item.isCommand ? run : "")\n"
      } else {
        html += "<li class=\"context\">\n"
      }
      html += item.html + "\n</li>\n"
    }
    return html + "</ol>"
  }
}
