// Stage: Render. A runbook's steps → the HTML of its checklist.

internal import CasebookCore

/// Writes a runbook checklist: a box to tick and a number for each step, "Run" beside a shell
/// command, prose as context without a box.
///
/// The steps come from the body's one parse (``CaseBodyRenderer/steps(_:block:prefix:)``), as
/// the page's sections do, and like them arrive in the template as finished HTML
/// (`{{{checklist}}}` in runbook.mustache): a step is eleven template tags, and at a dozen steps
/// a runbook rendered tag by tag cost as much as the case page it comes from. A template that
/// wants other markup can still write it from `{{#steps}}` (``StepView``).
///
/// ```
/// [step 1 "Drain", context "<p>Then:</p>", command 2 "<pre>…"]  →
/// <ol class="checklist">
/// <li class="step">
/// <input type="checkbox" id="fix-step-1"><label for="fix-step-1">Step 1 done</label>
/// Drain
/// </li>
/// <li class="context">
/// <p>Then:</p>
/// </li>
/// <li class="step step-command">
/// <input type="checkbox" id="fix-step-2"><label for="fix-step-2">Step 2 done</label> <span class="step-run">Run</span>
/// <pre>…
/// </li>
/// </ol>
/// ```
enum ChecklistHTML {
  static func render(_ steps: [StepView], ui: InterfaceText) -> String {
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
