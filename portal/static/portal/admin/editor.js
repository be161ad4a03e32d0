// The page editor reports errors on every tab, but only the open tab shows
// them: a slug that is already taken sits on "Promote" while the editor looks
// at "Content". When the open tab has no error and another has, open that one
// and bring its first error into view, so the message is beside its field.
(function () {
  "use strict";

  function errorsIn(panel) {
    return panel.querySelectorAll(".error-message, [aria-invalid='true']");
  }

  function showFirstError() {
    const form = document.querySelector("[data-edit-form]");
    if (!form) return;
    const panels = [...form.querySelectorAll("[role='tabpanel']")];
    if (panels.some((panel) => !panel.hidden && errorsIn(panel).length)) return;
    const panel = panels.find((candidate) => errorsIn(candidate).length);
    if (!panel) return;
    const tab = document.querySelector(`[role='tab'][aria-controls='${panel.id}']`);
    if (!tab) return;
    tab.click();
    const field = errorsIn(panel)[0].closest("[data-field-wrapper], .w-field") ||
      errorsIn(panel)[0];
    // The tab shows its panel after its transition; scroll once it is visible.
    window.setTimeout(() => field.scrollIntoView({ block: "center" }), 150);
  }

  // After Wagtail's controllers have connected the tabs.
  window.addEventListener("load", showFirstError);
})();
