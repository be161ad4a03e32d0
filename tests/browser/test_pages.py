"""Every page type on every demo site, in both languages, in a real browser.

Each page: axe-core's WCAG 2.1 A and AA rules with zero violations; the
site's logo in the header, named by its alt text, and a favicon that loads; a skip
link first in the tab order and a visible focus ring on every stop; no
sideways scrolling at 320 px or with text at 200 %; screenshots at 1280 and
375 px in artifacts/screenshots/; nothing refused by the Content-Security-Policy
(collected during the same visit, from the page's first script on); JSON-LD
that parses and has what its schema.org type needs, and an og:image that is
absolute and loads (tests/browser/sharing.py). The admin
login page is checked against its own policy once.
"""

import pytest

from tests.browser.helpers import (
    axe_problems,
    brand_problems,
    csp_problems,
    focus_problems,
    motion_problems,
    reflow_problems,
)
from tests.browser.pages import MISSING_ROUTES, demo_pages
from tests.browser.sharing import sharing_problems

PAGES = demo_pages()


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


def test_page_is_accessible(page, site_url, demo, screenshots):
    """One visit per page, every check reported together so one run shows all."""
    page.emulate_media(reduced_motion="reduce")
    visit(page, site_url, demo)
    page.screenshot(path=screenshots / f"{demo.id}-1280.png", full_page=True)
    problems = axe_problems(page) + motion_problems(page) + focus_problems(page)
    problems += brand_problems(page)
    problems += sharing_problems(page, demo.kind)
    problems += reflow_problems(page, screenshots, demo) + csp_problems(page)
    assert not problems, "\n\n".join(problems)


def test_admin_login_page_keeps_to_its_policy(page, portal_server):
    response = page.goto(f"http://127.0.0.1:{portal_server}/admin/login/")
    assert response.status == 200
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    page.locator("#id_username").wait_for()  # the admin's scripts have run
    assert not csp_problems(page), "\n".join(csp_problems(page))
