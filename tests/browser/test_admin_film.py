"""A film page made by uploading the film in the page editor's chooser.

Boden's publisher adds a film to a lab: they upload the demo film in the film
chooser's upload tab (no trip to the media library), leave the length empty,
add the Swedish captions, a transcript and the soundtrack confirmation, and
publish. Readers then see the length read from the file (8 seconds) and the
still taken from it as the player's poster.
"""

import re
from pathlib import Path

from tests.browser.admin import (
    link_ending,
    log_in,
    more_actions,
    type_rich_text,
    userbar_links,
)
from tests.browser.helpers import TIMEOUT_MS

ASSETS = Path(__file__).parents[2] / "portal" / "composition" / "demo" / "assets"
LAB = "/labb/bis-boden-integration-och-samverkan/"
TITLE = "Sommarkollot på Sävast"
SLUG = "sommarkollot-pa-savast"
INTRO = "Barnen i Sävast visar sitt sommarkollo."
MEDIA_TITLE = "Film: Sommarkollot"


def upload_in_chooser(page, film):
    page.locator("#id_video_file-chooser [data-chooser-action-choose]").click()
    page.locator(".modal-content a[href='#tab-upload-video']").click()
    page.fill("[name=media-chooser-upload-title]", MEDIA_TITLE)
    page.set_input_files("[name=media-chooser-upload-file]", str(film))
    page.locator("#tab-upload-video button[type=submit]").click()
    page.locator(".modal-content").wait_for(state="detached", timeout=3 * TIMEOUT_MS)


def add_film(page, base):
    links = userbar_links(page, f"{base}{LAB}")
    page.goto(link_ending(links, "/add_subpage/"))  # a lab holds films only
    page.fill("#id_title", TITLE)
    type_rich_text(page, "id_intro", INTRO)
    upload_in_chooser(page, ASSETS / "film.mp4")
    assert MEDIA_TITLE in page.locator("#id_video_file-chooser").inner_text()
    page.click("#id_captions-ADD")
    page.select_option("#id_captions-0-language", "sv")
    page.set_input_files("#id_captions-0-file", str(ASSETS / "captions/boden.sv.vtt"))
    type_rich_text(page, "id_transcript", "Berättare: Barnen bygger en koja vid älven.")
    page.check("#id_soundtrack_describes_all")
    more_actions(page)
    with page.expect_navigation():
        page.click("button[name=action-publish]")
    assert page.locator(".messages .success").count(), page.locator("main").inner_text()


def test_a_film_uploaded_in_the_chooser_shows_its_length_and_still(page, site_url):
    base = site_url("boden.localhost").rstrip("/")
    log_in(page, base, "boden-publicerare")
    add_film(page, base)

    response = page.goto(site_url("boden.localhost", f"{LAB}{SLUG}/"))
    assert response.status == 200
    length = page.locator(".article__meta time")
    assert length.inner_text() == "0:08"  # read from the file, not typed
    assert length.get_attribute("datetime") == "PT0M8S"
    assert INTRO in page.locator(".lead").inner_text()
    poster = page.locator("video").get_attribute("poster")
    assert re.search(r"/media/media_thumbnails/film[^/]*\.jpg$", poster), poster
    status = page.evaluate("url => fetch(url).then((answer) => answer.status)", poster)
    assert status == 200
