// Casebook: progressive enhancement only. Every page works without this file.
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // file:// pages are not always a secure context: fall back to a hidden text area.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy") ? resolve() : reject(new Error("copy refused")); }
      catch (error) { reject(error); }
      finally { document.body.removeChild(area); }
    });
  }

  // The words of the buttons, in the page's language (the page's main element carries them).
  function word(name, fallback) {
    var main = document.getElementById("main");
    return (main && main.getAttribute("data-" + name)) || fallback;
  }

  function announce(button, text) {
    var original = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", original);
    button.textContent = text;
    setTimeout(function () { button.textContent = original; }, 1500);
  }

  // On a narrow screen the contents and details come before the case itself: they start
  // folded, so that the error signatures are on the first screen. Wide screens keep them open
  // beside it.
  // How long ago the case was last reviewed, and whether its review is past due, as of the
  // day the page is read (the built page holds only the dates, so it does not change daily).
  function showReviewAge() {
    var review = document.querySelector(".review[data-due]");
    var time = review && review.querySelector("time");
    if (!time) { return; }
    var now = new Date();
    var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    var reviewed = Date.parse(time.getAttribute("datetime") + "T00:00:00Z");
    var due = Date.parse(review.getAttribute("data-due") + "T00:00:00Z");
    if (isNaN(reviewed) || isNaN(due)) { return; }
    var age = document.createElement("span");
    age.className = "review-age";
    age.textContent = " (" + review.getAttribute("data-ago").replace("%d", String(Math.max(0, Math.round((today - reviewed) / 86400000)))) + ")";
    time.parentNode.insertBefore(age, time.nextSibling);
    if (today > due) {
      var mark = document.createElement("strong");
      mark.className = "needs-review";
      mark.textContent = review.getAttribute("data-needs-review");
      review.appendChild(document.createTextNode(" "));
      review.appendChild(mark);
    }
  }

  function foldAsideOnPhones() {
    if (!window.matchMedia || !window.matchMedia("(max-width: 59.99rem)").matches) { return; }
    Array.prototype.forEach.call(document.querySelectorAll(".case-aside details.fold"), function (fold) { fold.open = false; });
  }

  // A copy button on every code block: a real <button>, so keyboards reach it.
  function addCopyButtons() {
    var blocks = document.querySelectorAll(".case-body pre, .runbook pre");
    Array.prototype.forEach.call(blocks, function (pre, index) {
      var code = pre.querySelector("code") || pre;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = word("copy", "Copy");
      button.setAttribute("aria-label", word("copy-block", "Copy code block") + " " + (index + 1));
      button.addEventListener("click", function () {
        copyText(code.textContent).then(function () { announce(button, word("copied", "Copied")); }, function () { announce(button, word("copy-refused", "Select and copy")); });
      });
      pre.appendChild(button);
      pre.classList.add("has-copy");
    });
    Array.prototype.forEach.call(document.querySelectorAll(".copy-all"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var section = button.closest("section");
        var commands = Array.prototype.map.call(section.querySelectorAll(".step-command pre code"), function (code) { return code.textContent.replace(/\n$/, ""); });
        copyText(commands.join("\n")).then(function () { announce(button, word("copied", "Copied")); }, function () { announce(button, word("copy-refused", "Select and copy")); });
      });
    });
  }

  // Runbook ticks survive a reload of the page.
  function rememberChecklist() {
    var boxes = document.querySelectorAll(".checklist input[type=checkbox]");
    if (!boxes.length) { return; }
    var key = "casebook:" + location.pathname;
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(key) || "{}"); } catch (error) { saved = {}; }
    Array.prototype.forEach.call(boxes, function (box) {
      box.checked = saved[box.id] === true;
      box.addEventListener("change", function () {
        saved[box.id] = box.checked;
        try { localStorage.setItem(key, JSON.stringify(saved)); } catch (error) { /* storage may be off */ }
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll(".print-button"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  // The home page's filters open the search page, which filters every case (not only this
  // page's): shown only when scripts run, as the search page needs them.
  function enableFilters() {
    var form = document.getElementById("filters");
    if (!form) { return; }
    form.hidden = false;
    var selects = form.querySelectorAll("select");
    form.addEventListener("submit", function () {
      // Empty choices stay out of the address.
      Array.prototype.forEach.call(selects, function (select) { select.disabled = !select.value; });
    });
    window.addEventListener("pageshow", function () {
      Array.prototype.forEach.call(selects, function (select) { select.disabled = false; });
    });
  }

  function start() {
    addCopyButtons();
    foldAsideOnPhones();
    showReviewAge();
    rememberChecklist();
    enableFilters();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
