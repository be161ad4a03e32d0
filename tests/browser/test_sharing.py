"""Every page type on every demo site, in both languages: its JSON-LD parses and
has what its schema.org type needs, and its og:image is absolute and loads."""

import pytest

from tests.browser.pages import MISSING_ROUTES, demo_pages
from tests.browser.sharing import sharing_problems

PAGES = demo_pages()

BAD_HEAD = """<!DOCTYPE html><html lang="sv"><head><title>Fel</title>
<meta property="og:image" content="/media/bild.jpg">
<script type="application/ld+json">{"@context": "https://schema.org",
 "@type": "BlogPosting", "headline": "Rubrik",}</script>
<script type="application/ld+json">{"@context": "https://schema.org",
 "@type": "VideoObject", "name": "Film", "description": "Om filmen"}</script>
</head><body><main><h1>Fel</h1></main></body></html>"""


@pytest.fixture(params=PAGES, ids=[demo.id for demo in PAGES])
def demo(request):
    if request.param.kind in MISSING_ROUTES:
        pytest.skip(MISSING_ROUTES[request.param.kind])
    return request.param


def test_page_describes_itself_for_search_and_sharing(page, site_url, demo):
    response = page.goto(site_url(demo.hostname, demo.path), wait_until="load")
    assert response.status == (404 if demo.kind == "not_found" else 200), demo.path
    problems = sharing_problems(page, demo.kind)
    assert not problems, "\n".join(problems)


def test_the_check_reports_broken_json_ld_and_a_relative_image(page):
    page.set_content(BAD_HEAD)
    problems = "\n".join(sharing_problems(page, "post"))
    assert "JSON-LD block 1 does not parse" in problems
    assert "VideoObject without thumbnailUrl, uploadDate" in problems
    assert "expected ['BlogPosting', 'BreadcrumbList']" in problems
    assert "og:image without og:image:alt" in problems
    assert "image address is not absolute: /media/bild.jpg" in problems
