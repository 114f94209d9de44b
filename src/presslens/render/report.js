/* presslens HTML report: layer and technique toggles, speaker emphasis, claim-to-evidence linking and a
   details panel. No network, no eval, and text is only ever written with textContent, so article
   content can never become markup. */
(function () {
  "use strict";
  var article = document.getElementById("pl-text");
  var inspector = document.getElementById("pl-inspector");
  if (!article) { return; }

  function words(value) { return value ? value.split(" ") : []; }

  function toggles(selector, key) {
    document.querySelectorAll(selector).forEach(function (box) {
      var apply = function () { article.classList.toggle("hide-" + box.dataset[key], !box.checked); };
      box.addEventListener("change", apply);
      apply();
    });
  }
  toggles("input[data-layer]", "layer");
  toggles("input[data-technique]", "technique");

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

  /* Claims: hovering a claim (or its badge) outlines its evidence spans and the attributions it is
     linked to; clicking pins that until the next click. */
  var claimEls = article.querySelectorAll("[data-claim]");
  var linkable = article.querySelectorAll("[data-ev], [data-quote]");
  var pinned = null;
  var shown = "";
  function showClaims(ids) {
    var key = ids.join(" ");
    if (key === shown) { return; }
    shown = key;
    var claims = new Set(ids);
    var quotes = new Set();
    claimEls.forEach(function (el) {
      var on = words(el.dataset.claim).some(function (id) { return claims.has(id); });
      el.classList.toggle("is-claim", on);
      if (on) { words(el.dataset.linkedQuotes).forEach(function (q) { quotes.add(q); }); }
    });
    linkable.forEach(function (el) {
      var hit = words(el.dataset.ev).some(function (id) { return claims.has(id); }) ||
        words(el.dataset.quote).some(function (q) { return quotes.has(q); });
      el.classList.toggle("is-linked", hit);
    });
  }
  function claimsAt(target) {
    var el = target && target.closest ? target.closest("[data-claim]") : null;
    return el && article.contains(el) ? words(el.dataset.claim) : [];
  }
  article.addEventListener("mouseover", function (event) {
    if (!pinned) { showClaims(claimsAt(event.target)); }
  });
  article.addEventListener("mouseleave", function () {
    if (!pinned) { showClaims([]); }
  });
  article.addEventListener("focusin", function (event) {
    if (!pinned) { showClaims(claimsAt(event.target)); }
  });

  article.addEventListener("click", function (event) {
    var ids = claimsAt(event.target);
    pinned = ids.length ? ids : null;
    showClaims(ids);
    var lines = [];
    for (var el = event.target; el && el !== article; el = el.parentElement) {
      var title = el.getAttribute && el.getAttribute("title");
      if (title && lines.indexOf(title) < 0) { lines.push(title); }
    }
    if (inspector && lines.length) { inspector.textContent = lines.join("\n\n"); }
  });
})();
