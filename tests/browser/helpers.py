"""What the browser tests share: the checks run in a page, each returning the
problems it found, and the browser context that keeps a page on the portal and
records what its Content-Security-Policy refuses."""

from contextlib import contextmanager
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError

LOCAL_HOSTS = {"localhost", "127.0.0.1"}
TIMEOUT_MS = 20_000
MAX_TAB_STOPS = 300

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    # Best-practice rules that WCAG 1.3.1 and 2.4.1 lean on: heading levels and
    # landmarks a screen reader user navigates by.
    "rules": {
        rule: {"enabled": True}
        for rule in (
            "heading-order",
            "landmark-one-main",
            "landmark-unique",
            "page-has-heading-one",
            "region",
        )
    },
    "resultTypes": ["violations"],
}

# Elements wider than the viewport: what makes the page scroll sideways.
OVERFLOW_JS = """() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const wide = [...document.body.querySelectorAll("*")]
    .filter((el) => el.getBoundingClientRect().right > width + 1)
    .slice(0, 5)
    .map((el) => el.outerHTML.slice(0, 160));
  return {scrollWidth: root.scrollWidth, clientWidth: width, wide};
}"""

# The look of each focusable element (and its ancestors) before anything has focus.
REMEMBER_UNFOCUSED_JS = """() => {
  const look = (el) => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join("|");
  };
  window.__look = look;
  window.__unfocused = new Map();
  const selector = "a[href], button, input, select, textarea, summary, video, " +
    "iframe, [tabindex]:not([tabindex='-1'])";
  for (const el of document.querySelectorAll(selector)) {
    for (let node = el, i = 0; node && i < 4; node = node.parentElement, i++) {
      if (!window.__unfocused.has(node)) window.__unfocused.set(node, look(node));
    }
  }
}"""

# The focused element, and whether it or a close ancestor shows a ring it had not.
FOCUSED_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  if (el.dataset.tabSeen) return {seen: true, skipLink: el.matches(".skip-link")};
  el.dataset.tabSeen = "1";
  const rect = el.getBoundingClientRect();
  const result = {
    seen: false,
    html: el.outerHTML.slice(0, 160),
    skipLink: el.matches(".skip-link"),
    inViewport: rect.width > 0 && rect.height > 0 && rect.top >= 0 &&
      rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth,
    indicator: false,
  };
  for (let node = el, i = 0; node && i < 4; node = node.parentElement, i++) {
    const s = getComputedStyle(node);
    const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) ||
      s.boxShadow !== "none";
    if (ring && window.__look(node) !== window.__unfocused.get(node)) {
      result.indicator = true;
      break;
    }
  }
  return result;
}"""

MOTION_JS = """() => [...document.querySelectorAll("*")]
  .filter((el) => {
    const s = getComputedStyle(el);
    const moving = (value) => value.split(",").some((part) => parseFloat(part) > 0);
    return moving(s.transitionDuration) || moving(s.animationDuration);
  })
  .slice(0, 5)
  .map((el) => el.outerHTML.slice(0, 120))"""


# Installed before any script of the page runs, in every frame: each violation
# the browser reports as a DOM event, kept for csp_problems.
CSP_LISTENER_JS = """(() => {
  const seen = [];
  Object.defineProperty(window, "__cspViolations", {value: seen});
  document.addEventListener("securitypolicyviolation", (event) => {
    seen.push(`${event.effectiveDirective} refused ${event.blockedURI || "?"} ` +
      `in ${event.sourceFile || location.href}:${event.lineNumber} ` +
      `${event.sample ? `(${event.sample})` : ""}`);
  });
})();"""
CSP_CONSOLE_WORDS = ("Content Security Policy", "Content-Security-Policy", "Refused to")


def tab_to(page, selector, limit=150):
    """Press Tab until the focused element matches selector; True if it did."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return True
    return False


def axe_report(violations):
    lines = [f"{len(violations)} axe-core violation(s):"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
            f"\n  {violation['helpUrl']}"
        )
        for node in violation["nodes"][:8]:
            lines.append(f"    at {', '.join(map(str, node['target']))}")
            lines.append(f"       {node['html'][:200]}")
            if node.get("failureSummary"):
                summary = node["failureSummary"].replace("\n", "\n         ")
                lines.append(f"         {summary}")
    return "\n".join(lines)


def axe_problems(page):
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [axe_report(violations)] if violations else []


def focus_problems(page):
    """Tab through the page: the skip link first and visible, every stop ringed."""
    page.evaluate(REMEMBER_UNFOCUSED_JS)
    stops = []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused is None or (focused["seen"] and focused["skipLink"]):
            break  # round the page and back to the start
        if not focused["seen"]:  # a video's own controls share one element
            stops.append(focused)
    if not stops:
        return ["nothing on the page takes keyboard focus"]
    problems = []
    if not stops[0]["skipLink"]:
        problems.append(f"first tab stop is not the skip link: {stops[0]['html']}")
    elif not stops[0]["inViewport"]:
        problems.append("the skip link is not visible when focused")
    unmarked = [stop["html"] for stop in stops if not stop["indicator"]]
    if unmarked:
        problems.append(f"no visible focus indicator on: {unmarked}")
    return problems


def reflow_problems(page, screenshots, demo):
    problems = []
    page.set_viewport_size({"width": 375, "height": 812})
    page.screenshot(path=screenshots / f"{demo.id}-375.png", full_page=True)
    page.set_viewport_size({"width": 320, "height": 640})
    narrow = page.evaluate(OVERFLOW_JS)
    if narrow["scrollWidth"] > narrow["clientWidth"]:
        problems.append(f"scrolls sideways at 320 px: {narrow}")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    zoomed = page.evaluate(OVERFLOW_JS)
    if zoomed["scrollWidth"] > zoomed["clientWidth"]:
        problems.append(f"scrolls sideways with text at 200 %: {zoomed}")
    return problems


def motion_problems(page):
    moving = page.evaluate(MOTION_JS)
    behaviour = page.evaluate(
        "getComputedStyle(document.documentElement).scrollBehavior"
    )
    problems = [f"moves although reduced motion is asked: {moving}"] if moving else []
    if behaviour != "auto":
        problems.append("scrolls smoothly although reduced motion is asked")
    return problems


def csp_problems(page):
    """What the policy refused in any frame of the page, and what the console said.

    A page whose context portal_only made collects from its first script on:
    the securitypolicyviolation events of every frame and Chromium's console
    lines about the policy ("Refused to ...").
    """
    events = []
    for frame in page.frames:
        try:
            events += frame.evaluate("window.__cspViolations || []")
        except PlaywrightError:  # a frame that went away meanwhile
            continue
    console = list(page.context.csp_console)
    if not events and not console:
        return []
    lines = [
        f"Content-Security-Policy: {len(events)} violation(s), "
        f"{len(console)} console message(s):"
    ]
    lines += [f"- {event}" for event in events]
    lines += [f"- console: {message}" for message in console]
    return ["\n".join(lines)]


def is_portal_request(url, port):
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about"}:
        return True
    host = parts.hostname or ""
    local = host in LOCAL_HOSTS or host.endswith(".localhost")
    return local and parts.port == port


def watch_csp(context):
    """Record policy violations in context's pages from their first script on."""
    context.add_init_script(CSP_LISTENER_JS)
    # Read back by csp_problems through page.context (one wrapper per context).
    context.csp_console = []

    def on_console(message):
        if any(word in message.text for word in CSP_CONSOLE_WORDS):
            context.csp_console.append(message.text)

    context.on("console", on_console)


@contextmanager
def portal_only(browser, port, **options):
    """A browser context that aborts, and fails on, any request outside the portal.

    A page's own routes (page.route) take precedence, so a test may answer a
    request it expects, such as a player that loads after a click, locally.
    Its pages record Content-Security-Policy violations (csp_problems).
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
    context.set_default_timeout(TIMEOUT_MS)
    watch_csp(context)
    outside = []

    def block_outside(route):
        outside.append(route.request.url)
        route.abort()

    context.route(lambda url: not is_portal_request(url, port), block_outside)
    try:
        yield context
    finally:
        context.close()
    assert not outside, f"The page made requests outside the portal: {outside}"


BRAND_JS = """() => {
    const brand = document.querySelector('.site-header__brand');
    const logo = brand && brand.querySelector('img');
    const icon = document.querySelector('link[rel=icon]');
    return {
        name: brand ? brand.textContent.trim() : '',
        alt: logo ? logo.getAttribute('alt') : null,
        loaded: logo ? logo.complete && logo.naturalWidth > 0 : false,
        icon: icon ? icon.href : null,
    };
}"""


def brand_problems(page):
    """The header shows the site's logo, named by its alt text; the favicon loads."""
    brand = page.evaluate(BRAND_JS)
    problems = []
    if not brand["alt"] or brand["alt"] != brand["name"]:
        problems.append(f"header logo's alt text is not the site's name: {brand}")
    if not brand["loaded"]:
        problems.append(f"header logo did not load: {brand}")
    # fetched by the page itself: the test's host names resolve in the browser only
    fetch = "async (url) => (await fetch(url)).status"
    if not brand["icon"] or page.evaluate(fetch, brand["icon"]) != 200:
        problems.append(f"favicon does not answer 200: {brand['icon']}")
    return problems
