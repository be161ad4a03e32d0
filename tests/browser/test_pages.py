"""Every page type on every demo site, in both languages, in a real browser.

Each page: axe-core's WCAG 2.1 A and AA rules with zero violations; a skip
link first in the tab order and a visible focus ring on every stop; no
sideways scrolling at 320 px or with text at 200 %; screenshots at 1280 and
375 px in artifacts/screenshots/.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.helpers import (
    AXE_OPTIONS,
    FOCUSED_JS,
    MOTION_JS,
    OVERFLOW_JS,
    REMEMBER_UNFOCUSED_JS,
    axe_report,
)
from tests.browser.pages import MISSING_ROUTES, demo_pages

PAGES = demo_pages()
MAX_TAB_STOPS = 300


@pytest.fixture(params=PAGES, ids=[demo.id for demo in PAGES])
def demo(request):
    if request.param.kind in MISSING_ROUTES:
        pytest.skip(MISSING_ROUTES[request.param.kind])
    return request.param


def visit(page, site_url, demo):
    response = page.goto(site_url(demo.hostname, demo.path), wait_until="load")
    expected = 404 if demo.kind == "not_found" else 200
    assert response.status == expected, demo.path
    assert page.evaluate("document.documentElement.lang") == demo.language


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


def test_page_is_accessible(page, site_url, demo, screenshots):
    """One visit per page, every check reported together so one run shows all."""
    page.emulate_media(reduced_motion="reduce")
    visit(page, site_url, demo)
    page.screenshot(path=screenshots / f"{demo.id}-1280.png", full_page=True)
    problems = axe_problems(page) + motion_problems(page) + focus_problems(page)
    problems += reflow_problems(page, screenshots, demo)
    assert not problems, "\n\n".join(problems)
