"""A film on YouTube: nothing from the platform until the reader presses play.

The demo's external film (Norrköping) is visited in both languages. Before the
click the page asks only the portal for anything (the page fixture fails the
test otherwise); pressing play, by keyboard or mouse, loads the player from
www.youtube-nocookie.com, which the test answers itself so no request leaves
the machine, and the page's Content-Security-Policy refuses nothing on the
way. Without JavaScript the play button is a plain link to the film.
"""

from urllib.parse import parse_qs, urlsplit

import pytest

from portal.composition.demo.content_norrkoping_film import EXTERNAL_FILM
from tests.browser.helpers import csp_problems, is_portal_request, portal_only, tab_to
from tests.browser.pages import LANGUAGES, demo_pages

FILMS = {demo.language: demo for demo in demo_pages() if demo.kind == "external_film"}
VIDEO_ID = parse_qs(urlsplit(EXTERNAL_FILM["url"]).query)["v"][0]
PLAYER_HOST = "www.youtube-nocookie.com"
PLAYER = f"https://{PLAYER_HOST}/embed/**"
STUB = "<!DOCTYPE html><html lang='en'><title>Player</title><p>Player</p></html>"


def film_url(site_url, language):
    return site_url(FILMS[language].hostname, FILMS[language].path)


def answer_locally(requests):
    """A route handler that records the request and answers with a stub page."""

    def handle(route):
        requests.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body=STUB)

    return handle


def test_every_language_has_the_external_film():
    assert set(FILMS) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_film_page_asks_nothing_of_the_platform_before_play(
    page, site_url, portal_server, language
):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(film_url(site_url, language), wait_until="networkidle")
    assert requests  # the listener saw the page and its assets
    assert [url for url in requests if not is_portal_request(url, portal_server)] == []
    assert page.locator("iframe").count() == 0
    assert page.locator(".consent-embed__notice").is_visible()
    assert page.locator(".consent-embed__poster").get_attribute("alt")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("how", ["keyboard", "mouse"])
def test_pressing_play_loads_the_privacy_enhanced_player(page, site_url, language, how):
    player_requests = []
    page.route(PLAYER, answer_locally(player_requests))
    page.goto(film_url(site_url, language))
    with page.expect_request(lambda request: PLAYER_HOST in request.url) as asked:
        if how == "keyboard":
            assert tab_to(page, ".consent-embed__link")
            page.keyboard.press("Enter")
        else:
            page.click(".consent-embed__link")
    address = urlsplit(asked.value.url)
    assert (address.scheme, address.hostname) == ("https", PLAYER_HOST)
    assert address.path == f"/embed/{VIDEO_ID}"
    assert parse_qs(address.query) == {"autoplay": ["1"]}
    frame = page.locator("iframe.consent-embed__frame")
    frame.content_frame.get_by_text("Player").wait_for()  # our stub answered
    assert player_requests == [asked.value.url]
    assert frame.get_attribute("title") == page.locator("h1").inner_text()
    # The play button is gone; focus moves to the player, not to the page top.
    assert page.evaluate("document.activeElement.tagName") == "IFRAME"
    # The policy's frame-src lets the player in, and the button's script ran.
    assert not csp_problems(page), "\n".join(csp_problems(page))


@pytest.fixture
def page_without_js(browser, portal_server):
    with portal_only(browser, portal_server, java_script_enabled=False) as context:
        yield context.new_page()


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_javascript_the_reader_gets_a_plain_link(
    page_without_js, site_url, language
):
    page = page_without_js
    opened = []
    page.route("https://www.youtube.com/**", answer_locally(opened))
    page.goto(film_url(site_url, language))
    link = page.locator(".consent-embed__link")
    assert link.get_attribute("href") == EXTERNAL_FILM["url"]
    assert page.locator("iframe").count() == 0
    with page.expect_navigation():
        link.click()
    assert opened == [EXTERNAL_FILM["url"]]
    assert page.url == EXTERNAL_FILM["url"]
