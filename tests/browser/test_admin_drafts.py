"""A failed create leaves nothing behind, and the retry goes through.

Boden's editor starts a film in a lab, titled with å/ä/ö, lets the form sit
long enough for a background save to be asked, and submits it for moderation
without transcript or captions: the film rules refuse it. The lab's page list
then has no draft of it, and saving it as a draft afterwards creates it with an
ASCII slug (no "-2", no "slug in use"). A title whose slug is taken shows its
error beside the slug field, with the Promote tab opened for it.
"""

import re

import pytest

from tests.browser.admin import (
    ADMIN_LANGUAGES,
    link_ending,
    log_in,
    more_actions,
    use_admin_language,
    userbar_links,
)

LAB = "/labb/bis-boden-integration-och-samverkan/"
# One film per admin language: both runs use the same lab.
TITLES = {
    "sv": ("Grannfesten på Sävast", "grannfesten-pa-savast"),
    "en": ("Höstmarknad i Östermalm", "hostmarknad-i-ostermalm"),
}
FILM_URL = "https://www.youtube.com/watch?v=grannfest"
REFUSED = re.compile("kunde inte (skapas|sparas)|could not be (created|saved)")
# What the form does once it has unsaved changes; with autosave on it saves now.
ASK_FOR_AUTOSAVE = """() => document.getElementById("page-edit-form")
  .dispatchEvent(new CustomEvent("w-unsaved:add", {bubbles: true}))"""


def messages(page):
    return page.locator(".messages").inner_text()


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_failed_create_leaves_no_hidden_draft(page, site_url, language):
    title, slug = TITLES[language]
    base = site_url("boden.localhost").rstrip("/")
    log_in(page, base, "boden-redaktor")
    use_admin_language(page, base, language)
    links = userbar_links(page, site_url("boden.localhost", LAB))
    explorer = link_ending(links, "/edit/").removesuffix("edit/")
    page.goto(link_ending(links, "/add_subpage/"))
    page.fill("#id_title", title)
    page.keyboard.press("Tab")
    page.wait_for_function(f"document.getElementById('id_slug').value === '{slug}'")
    # A film on another platform: a draft needs no more, going live does.
    page.fill("#id_video_url", FILM_URL)
    page.evaluate(ASK_FOR_AUTOSAVE)
    page.wait_for_timeout(1500)  # a background save would have answered
    more_actions(page)
    page.click("button[name=action-submit]")
    page.wait_for_load_state()
    assert REFUSED.search(messages(page))

    listing = page.context.new_page()  # another tab: the form keeps its input
    listing.goto(explorer)
    assert title not in listing.locator("main").inner_text()
    listing.close()

    page.click("footer button.action-save")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    assert not REFUSED.search(messages(page))
    assert page.input_value("#id_slug") == slug
    page.goto(explorer)
    assert page.get_by_text(title).count() == 1


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_a_taken_slug_is_shown_beside_the_slug_field(page, site_url, language):
    base = site_url("boden.localhost").rstrip("/")
    log_in(page, base, "boden-redaktor")
    use_admin_language(page, base, language)
    links = userbar_links(page, site_url("boden.localhost", "/"))
    page.goto(link_ending(links, "/add_subpage/"))
    page.click("a[href*='/add/home/standardpage/']")
    page.fill("#id_title", "Om oss")
    page.keyboard.press("Tab")
    page.wait_for_function("document.getElementById('id_slug').value === 'om-oss'")
    page.click("footer button.action-save")
    page.wait_for_load_state()
    slug_error = page.locator("[data-contentpath=slug] .error-message")
    slug_error.wait_for(state="visible")
    assert "om-oss" in slug_error.inner_text()
    selected = page.locator("[role=tab][aria-selected=true]")
    assert selected.get_attribute("aria-controls") == page.locator(
        "[role=tabpanel]", has=page.locator("#id_slug")
    ).get_attribute("id")
