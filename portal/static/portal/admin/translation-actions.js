// wagtail-localize's translation editor (a React app) makes the last of its
// footer's actions the main button, and offers no moderation: for someone who
// may not publish, "Delete" was the main button. The portal renders the page
// editor's "Submit to <workflow>" in a <template> (portal/i18n/moderation.py);
// this puts it first and moves the former main action into the footer's
// "more actions" menu. The editor renders on DOMContentLoaded from a script
// loaded before this one, so its footer is there when this runs.
(function () {
  "use strict";

  function placeSubmitButton() {
    const template = document.getElementById("portal-translation-submit");
    const footer = document.querySelector(".js-translation-editor footer");
    if (!template || !footer) return;
    const menu = footer.querySelector(".w-dropdown-button");
    if (!menu || menu.querySelector("button[name=action][value=submit]")) return;
    const main = menu.firstElementChild;
    const more = footer.querySelector("[data-w-dropdown-target=content]");
    menu.insertBefore(template.content.firstElementChild.cloneNode(true), main);
    if (main && more && !main.matches("[data-controller~=w-dropdown]")) {
      more.append(main);
    }
  }

  document.addEventListener("DOMContentLoaded", placeSubmitButton);
})();
