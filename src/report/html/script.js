(function () {
  "use strict";
  document.documentElement.classList.add("js");
  function cardOf(claim) { return document.getElementById(claim.getAttribute("aria-controls")); }
  function show(claim, open) {
    var card = cardOf(claim);
    if (!card) { return; }
    card.classList.toggle("open", open);
    claim.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) { card.scrollIntoView({ block: "nearest" }); }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.claim, .findings a, button.close");
    if (!link) { return; }
    event.preventDefault();
    if (link.matches("a.claim")) {
      show(link, link.getAttribute("aria-expanded") !== "true");
    } else if (link.matches("button.close")) {
      var claim = document.querySelector('[aria-controls="' + link.closest(".card").id + '"]');
      show(claim, false);
      claim.focus();
    } else {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      show(target, true);
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
      target.classList.remove("flash");
      void target.offsetWidth;
      target.classList.add("flash");
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    document.querySelectorAll('a.claim[aria-expanded="true"]').forEach(function (claim) { show(claim, false); });
  });
  document.querySelectorAll(".chip input").forEach(function (box) {
    box.addEventListener("change", function () {
      document.querySelectorAll('[data-verdict="' + box.dataset.verdict + '"]').forEach(function (el) {
        if (!el.closest(".chip")) { el.classList.toggle("filtered", !box.checked); }
      });
    });
  });
})();
