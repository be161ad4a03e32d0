"""Checks run inside the page; each returns data the tests assert on."""

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
