"""The menu, language switcher, search, film player and forms, by keyboard alone."""

import pytest

from tests.browser.helpers import tab_to
from tests.browser.pages import LANGUAGES, SITES, demo_pages

COMPANY_SITES = [site for site in SITES if site[0] != "portal"]
PATHS = {(demo.site, demo.language, demo.kind): demo.path for demo in demo_pages()}
OTHER_LANGUAGE = {"sv": "en", "en": "sv"}


def site_params(sites, turn):
    """Every site once, the languages taking turns: a journey runs on each site,
    in Swedish on half of them and in English on the others, and the next
    journey (turn + 1) swaps them. The templates are the same on every site;
    each page in both languages is checked in test_pages.py."""
    return [
        pytest.param(key, hostname, language, id=f"{key}-{language}")
        for index, (key, hostname) in enumerate(sites)
        for language in [LANGUAGES[(index + turn) % len(LANGUAGES)]]
    ]


def press_enter_and_wait(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize(("key", "hostname", "language"), site_params(SITES, 0))
def test_skip_link_moves_focus_to_the_main_content(
    page, site_url, key, hostname, language
):
    page.goto(site_url(hostname, PATHS[key, language, "about"]))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('.skip-link')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")  # the next stop is inside main, past the header
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize(("key", "hostname", "language"), site_params(SITES, 1))
def test_menu_link_opens_its_page_with_enter(page, site_url, key, hostname, language):
    page.goto(site_url(hostname, PATHS[key, language, "home"]))
    assert tab_to(page, ".site-nav a:not([aria-current])")
    target = page.evaluate("document.activeElement.href")
    press_enter_and_wait(page)
    assert page.url == target
    assert page.evaluate("document.querySelector('.site-nav [aria-current=page]')")


@pytest.mark.parametrize(("key", "hostname", "language"), site_params(SITES, 2))
def test_language_switcher_opens_the_translation(
    page, site_url, key, hostname, language
):
    page.goto(site_url(hostname, PATHS[key, language, "contact"]))
    assert tab_to(page, ".language-switcher a")
    press_enter_and_wait(page)
    assert page.evaluate("document.documentElement.lang") == OTHER_LANGUAGE[language]
    assert page.url == site_url(
        hostname, PATHS[key, OTHER_LANGUAGE[language], "contact"]
    )


@pytest.mark.parametrize(("key", "hostname", "language"), site_params(SITES, 3))
def test_search_box_finds_pages_from_the_keyboard(
    page, site_url, key, hostname, language
):
    page.goto(site_url(hostname, PATHS[key, language, "home"]))
    assert tab_to(page, "#site-search-q")
    page.keyboard.type("tillgänglighet" if language == "sv" else "accessibility")
    press_enter_and_wait(page)
    assert ("/sok/?q=" if language == "sv" else "/en/search/?q=") in page.url
    assert page.locator(".search-results li").count() > 0


@pytest.mark.parametrize(("key", "hostname", "language"), site_params(COMPANY_SITES, 4))
def test_film_plays_and_transcript_opens_from_the_keyboard(
    page, site_url, key, hostname, language
):
    page.goto(site_url(hostname, PATHS[key, language, "film"]))
    assert tab_to(page, "video")
    page.keyboard.press("Space")
    page.wait_for_function("!document.querySelector('video').paused")
    assert tab_to(page, ".transcript summary")
    page.keyboard.press("Enter")
    assert page.evaluate("document.querySelector('.transcript').open")


def fill_by_keyboard(page, first_field, values):
    """Tab to the first field, then type each value and Tab to the next field."""
    assert tab_to(page, first_field)
    for value in values:
        page.keyboard.type(value)
        page.keyboard.press("Tab")


@pytest.mark.parametrize(("key", "hostname", "language"), site_params(SITES, 5))
def test_contact_form_is_sent_with_the_keyboard(
    page, site_url, key, hostname, language
):
    page.goto(site_url(hostname, PATHS[key, language, "contact"]))
    values = ["Kim Keyboard", "kim@example.se", "Skickat med tangentbordet."]
    fill_by_keyboard(page, "main form input:not([type=hidden])", values)
    assert page.evaluate("document.activeElement.type") == "submit"
    press_enter_and_wait(page)
    assert page.locator("main [role=status]").count() == 1


@pytest.mark.parametrize(("key", "hostname", "language"), site_params(SITES, 6))
def test_contact_form_errors_are_tied_to_their_fields(
    page, site_url, key, hostname, language
):
    page.goto(site_url(hostname, PATHS[key, language, "contact"]))
    assert tab_to(page, "main form button[type=submit]")
    press_enter_and_wait(page)
    invalid = page.locator("main [aria-invalid=true]")
    assert invalid.count() == 3
    for index in range(3):
        described = invalid.nth(index).get_attribute("aria-describedby")
        assert page.locator(f"#{described.split()[-1]}").inner_text().strip()


@pytest.mark.parametrize(("key", "hostname", "language"), site_params(SITES, 7))
def test_statement_feedback_form_is_sent_with_the_keyboard(
    page, site_url, key, hostname, language
):
    page.goto(site_url(hostname, PATHS[key, language, "statement"]))
    assert tab_to(page, "input[name=kind]:checked")
    page.keyboard.press("ArrowDown")  # radio group: arrows pick, Tab leaves
    values = ["Startsidan", "Bilden saknar alternativtext.", "Kim", "kim@example.se"]
    fill_by_keyboard(page, "#id_location", values)
    assert page.evaluate("document.activeElement.type") == "submit"
    press_enter_and_wait(page)
    assert page.locator("main [role=status]").count() == 1


MENU_STATE_JS = """() => {
    const toggle = document.querySelector('.site-nav__toggle');
    const list = document.getElementById('site-menu');
    return {
        button: !toggle.hidden && toggle.getBoundingClientRect().height > 0,
        expanded: toggle.getAttribute('aria-expanded'),
        menu: !list.hidden && list.getBoundingClientRect().height > 0,
    };
}"""


@pytest.mark.parametrize(("key", "hostname", "language"), site_params(SITES, 8))
def test_menu_button_below_600_px_opens_and_closes_by_keyboard(
    page, site_url, key, hostname, language
):
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(site_url(hostname, PATHS[key, language, "about"]))
    state = page.evaluate(MENU_STATE_JS)
    assert state == {"button": True, "expanded": "false", "menu": False}
    assert tab_to(page, ".site-nav__toggle")
    page.keyboard.press("Enter")
    assert page.evaluate(MENU_STATE_JS)["expanded"] == "true"
    assert page.evaluate(MENU_STATE_JS)["menu"]
    page.keyboard.press("Tab")  # into the opened menu
    assert page.evaluate("document.activeElement.closest('#site-menu') !== null")
    page.keyboard.press("Escape")  # closes it, focus back on the button
    assert page.evaluate(MENU_STATE_JS) == {
        "button": True,
        "expanded": "false",
        "menu": False,
    }
    assert page.evaluate("document.activeElement.matches('.site-nav__toggle')")
    page.keyboard.press("Space")
    assert page.evaluate(MENU_STATE_JS)["menu"]
    # The current section stays marked inside the opened menu.
    assert page.evaluate("document.querySelector('#site-menu [aria-current]')")
    # Wide again: the whole menu, no button.
    page.set_viewport_size({"width": 1280, "height": 900})
    # matchMedia reports the change after a frame or two. Polled from here:
    # wait_for_function would evaluate a string, which the page's CSP refuses.
    for _ in range(50):
        if page.evaluate("document.querySelector('.site-nav__toggle').hidden"):
            break
        page.wait_for_timeout(20)
    assert page.evaluate(MENU_STATE_JS) == {
        "button": False,
        "expanded": "true",
        "menu": True,
    }
