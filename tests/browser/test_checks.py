"""The browser checks themselves catch what they look for: each can fail."""

from tests.browser.helpers import axe_problems, focus_problems, reflow_problems

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
