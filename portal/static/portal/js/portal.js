// Consent-gated films: the platform's player (and its tracking) loads only after
// the reader presses play. Without JavaScript the link opens the film itself.
document.querySelectorAll(".consent-embed[data-player-url]").forEach((embed) => {
  const playerUrl = embed.dataset.playerUrl;
  const link = embed.querySelector(".consent-embed__link");
  if (!playerUrl || !link) return;

  link.addEventListener("click", (event) => {
    // Leave ctrl/cmd/shift/middle clicks alone: the reader asked for a new tab.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();

    const src = new URL(playerUrl, document.baseURI);
    src.searchParams.set("autoplay", "1");

    const frame = document.createElement("iframe");
    frame.className = "consent-embed__frame";
    frame.src = src.href;
    frame.title = embed.dataset.title || "";
    frame.allow = "autoplay; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;

    embed.replaceChildren(frame);
    // The link that had focus is gone; keep keyboard users in place.
    frame.focus();
  });
});

// Film chapters: jump within the player on the page. Without JavaScript the
// link opens the film file at that time (a media fragment, #t=seconds).
document.querySelectorAll("a[data-seek]").forEach((link) => {
  const video = link.closest("article")?.querySelector("video");
  if (!video) return;
  link.addEventListener("click", (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    video.currentTime = Number(link.dataset.seek);
    video.focus();
    video.play().catch(() => {}); // the reader may have blocked playback; seeking still holds
  });
});

// Main menu below 600 px: a disclosure button (aria-expanded) shows and hides
// it, Escape closes it and returns focus to the button. Wider, or without
// JavaScript, the whole menu shows and the button stays hidden.
(() => {
  const toggle = document.querySelector(".site-nav__toggle");
  const list = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!list) return;
  const narrow = window.matchMedia("(max-width: 37.4375rem)");
  const setOpen = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    list.hidden = !open;
  };
  const fit = () => {
    toggle.hidden = !narrow.matches;
    setOpen(!narrow.matches);
  };
  toggle.addEventListener("click", () => setOpen(list.hidden));
  list.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !narrow.matches) return;
    setOpen(false);
    toggle.focus();
  });
  narrow.addEventListener("change", fit);
  fit();
})();
