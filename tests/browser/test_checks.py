"""The browser checks themselves catch what they look for: each can fail."""

from tests.browser.helpers import (
    axe_problems,
    csp_problems,
    focus_problems,
    reflow_problems,
)
from tests.browser.sharing import sharing_problems

BAD_PAGE = """<!DOCTYPE html><html lang="sv"><head><title>Fel</title>
<style>a:focus { outline: none; } .wide { width: 900px; }</style></head>
<body><a class="skip-link" href="#main">Hoppa</a><main id="main">
<h1>Fel</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<a href="#x">Länk utan ring</a><div class="wide">Bred</div></main></body></html>"""


def test_axe_reports_an_image_without_alt_text(page):
    page.set_content(BAD_PAGE)
    problems = axe_problems(page)
    assert problems and "image-alt" in problems[0]


def test_focus_check_reports_a_link_without_a_ring(page):
    page.set_content(BAD_PAGE)
    problems = focus_problems(page)
    assert any("Länk utan ring" in problem for problem in problems)


def test_reflow_check_reports_a_wide_element(page, tmp_path):
    page.set_content(BAD_PAGE)
    demo = type("Demo", (), {"id": "bad"})
    problems = reflow_problems(page, tmp_path, demo)
    assert any("320 px" in problem for problem in problems)


# Neither carries the request's nonce, so the readers' policy refuses both.
INLINE_SCRIPT_PAGE = """<!DOCTYPE html><html lang="sv"><head><title>Fel</title>
<style>body { color: red; }</style></head>
<body><script>document.title = "ran";</script></body></html>"""


def test_csp_check_reports_an_inline_script_under_the_portals_policy(
    page, portal_server
):
    """The portal's real home page headers (and policy) around an inline script."""
    url = f"http://127.0.0.1:{portal_server}/csp-check/"

    def answer(route):
        portal = route.fetch(url=f"http://127.0.0.1:{portal_server}/")
        policy = portal.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        route.fulfill(response=portal, body=INLINE_SCRIPT_PAGE)

    page.route(url, answer)
    page.goto(url)
    assert page.title() == "Fel"  # the script did not run
    problems = csp_problems(page)
    assert problems and "script-src" in problems[0] and "style-src" in problems[0]
    assert "console: Executing inline script violates" in problems[0]


BAD_HEAD = """<!DOCTYPE html><html lang="sv"><head><title>Fel</title>
<meta property="og:image" content="/media/bild.jpg">
<script type="application/ld+json">{"@context": "https://schema.org",
 "@type": "BlogPosting", "headline": "Rubrik",}</script>
<script type="application/ld+json">{"@context": "https://schema.org",
 "@type": "VideoObject", "name": "Film", "description": "Om filmen"}</script>
</head><body><main><h1>Fel</h1></main></body></html>"""


def test_the_check_reports_broken_json_ld_and_a_relative_image(page):
    page.set_content(BAD_HEAD)
    problems = "\n".join(sharing_problems(page, "post"))
    assert "JSON-LD block 1 does not parse" in problems
    assert "VideoObject without thumbnailUrl, uploadDate" in problems
    assert "expected ['BlogPosting', 'BreadcrumbList']" in problems
    assert "og:image without og:image:alt" in problems
    assert "image address is not absolute: /media/bild.jpg" in problems
