/* presslens HTML report: layer toggles, speaker emphasis and a details panel. No network, no eval, and
   text is only ever written with textContent, so article content can never become markup. */
(function () {
  "use strict";
  var article = document.getElementById("pl-text");
  var inspector = document.getElementById("pl-inspector");
  if (!article) { return; }

  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    var apply = function () { article.classList.toggle("hide-" + box.dataset.layer, !box.checked); };
    box.addEventListener("change", apply);
    apply();
  });

  var focused = new Set();
  var marked = article.querySelectorAll("[data-speaker-id]");
  function applyFocus() {
    marked.forEach(function (el) {
      var hit = el.dataset.speakerId.split(" ").some(function (id) { return focused.has(id); });
      el.classList.toggle("is-focus", focused.size > 0 && hit);
      el.classList.toggle("is-dim", focused.size > 0 && !hit && el.classList.contains("q"));
    });
  }
  document.querySelectorAll("button[data-focus]").forEach(function (button) {
    button.addEventListener("click", function () {
      var id = button.dataset.focus;
      if (focused.has(id)) { focused.delete(id); } else { focused.add(id); }
      button.setAttribute("aria-pressed", focused.has(id) ? "true" : "false");
      applyFocus();
    });
  });

  article.addEventListener("click", function (event) {
    var el = event.target.closest("[title]");
    if (inspector && el && article.contains(el)) { inspector.textContent = el.getAttribute("title"); }
  });
})();
