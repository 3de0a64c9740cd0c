// Stage: CLI (serve). The live-reload script, served at /__casebook/live.js and never written to a site.

extension PreviewResponder {
  /// Listens to the preview's events (``LiveReload``): reloads the page when the site it came
  /// from is no longer the current one, and shows the errors of the last change over the page
  /// (as text, never as markup) until a build succeeds.
  ///
  /// ```
  /// event: ready     data: <generation the page carries>  →  the overlay goes, the page stays
  /// event: ready     data: <another generation>           →  location.reload()
  /// event: problems  data: {"text": "a.md:3:1: error: …"}  →  #casebook-problems over the page
  /// ```
  static let script = #"""
    (function () {
      "use strict";
      var me = document.currentScript;
      var served = me && me.getAttribute("data-generation");
      var id = "casebook-problems";

      function hide() {
        var old = document.getElementById(id);
        if (old) old.remove();
      }

      function show(text) {
        hide();
        var box = document.createElement("div");
        box.id = id;
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;" +
          "margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#fde8e8;border-top:4px solid #e5484d;" +
          "font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 24px rgba(0,0,0,.4)";
        var title = document.createElement("p");
        title.style.cssText = "margin:0 0 .5rem;font-weight:bold;font-family:system-ui,sans-serif";
        title.textContent = "casebook serve: the last change has errors. This is the last good build; fix them and save.";
        var pre = document.createElement("pre");
        pre.style.cssText = "margin:0;padding:0;border:0;white-space:pre-wrap;overflow-wrap:anywhere;color:inherit;background:none";
        pre.textContent = text;
        box.appendChild(title);
        box.appendChild(pre);
        document.body.appendChild(box);
      }

      var source = new EventSource("/__casebook/events");
      source.addEventListener("ready", function (event) {
        if (event.data !== served) {
          source.close();
          location.reload();
          return;
        }
        hide();
      });
      source.addEventListener("problems", function (event) {
        show(JSON.parse(event.data).text);
      });
    })();

    """#
}
