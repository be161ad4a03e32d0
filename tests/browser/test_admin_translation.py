"""Translating in the admin, as Södertälje's people do.

Its publisher chooses "Översätt" on a post that is only in Swedish, translates
the title and the tags in the translation editor and publishes: the English
page is live with English tags, whose archive lists it. Its editor, who may
not publish, finds "Lämna in till …" as the translation editor's main button
(not "Radera" or "Stoppa synkroniserad översättning") and submits an English
post for moderation.
"""

import re

from tests.browser.admin import log_in, more_actions, userbar_links
from tests.browser.helpers import TIMEOUT_MS

HOST = "sodertalje.localhost"
SWEDISH_ONLY = ("sommarjobb", "Sommarjobben blev en språngbräda")
ENGLISH = {
    "Sommarjobben blev en språngbräda": "Summer jobs became a springboard",
    "sommarjobb": "summer jobs",
    "ungdomar": "young people",
}
MAIN_BUTTON = "footer .w-dropdown-button > button, footer .w-dropdown-button > a"


def open_post_editor(page, site_url, archive):
    """The admin editor of the first post of a public tag archive."""
    page.goto(site_url(HOST, archive))
    post = page.locator("main .card__title a").first
    url = post.get_attribute("href")
    links = userbar_links(page, site_url(HOST, url) if url.startswith("/") else url)
    page.goto(next(link for link in links if link.endswith("/edit/")))


def translate_segment(page, source, english):
    segment = page.locator("li").filter(has=page.get_by_text(source, exact=True))
    segment = segment.last
    segment.get_by_role("button", name="Översätt").click()
    box = segment.locator("textarea")
    box.fill(english)
    box.press("Enter")
    segment.get_by_text(english, exact=True).wait_for(timeout=TIMEOUT_MS)


def main_button(page):
    return page.locator(MAIN_BUTTON).first


def test_publisher_translates_a_post_with_its_tags(page, site_url):
    base = site_url(HOST).rstrip("/")
    log_in(page, base, "sodertalje-publicerare")
    tag, title = SWEDISH_ONLY
    open_post_editor(page, site_url, f"/blogg/tagg/{tag}/")
    page.get_by_role("button", name="Handlingar").first.click()  # the header's ⋯
    page.get_by_role("link", name="Översätt den här sidan").click()
    page.locator("input[name=locales]").check()
    page.locator("main form input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"), timeout=TIMEOUT_MS)

    for source, english in ENGLISH.items():
        translate_segment(page, source, english)
    button = main_button(page)
    assert button.inner_text().strip() == "Publicera på Engelska"
    with page.expect_navigation(timeout=TIMEOUT_MS):
        button.click()
    assert "publicerad" in page.locator(".messages").inner_text().lower()

    page.goto(site_url(HOST, "/en/blog/tag/summer-jobs/"))
    page.get_by_role("link", name=ENGLISH[title]).first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == ENGLISH[title]
    tags = page.locator("a[href*='/en/blog/tag/']")
    names = {name.strip() for name in tags.all_inner_texts()}
    assert {"summer jobs", "young people"} <= names
    assert not names & {"sommarjobb", "ungdomar"}


def test_editor_submits_a_translation_for_moderation(page, site_url):
    base = site_url(HOST).rstrip("/")
    log_in(page, base, "sodertalje-redaktor")
    open_post_editor(page, site_url, "/en/blog/tag/evaluation/")
    button = main_button(page)
    label = button.inner_text().strip()
    assert label == "Lämna in till Granskning hos Södertälje Allmännyttan"
    # The former main action ("Radera" on a draft; on this live page, stopping
    # the synced translation) waits in the footer's menu.
    more_actions(page)
    assert page.get_by_text("Stoppa synkroniserad översättning").first.is_visible()
    with page.expect_navigation(timeout=TIMEOUT_MS):
        button.click()
    assert "har lämnats in för moderering" in page.locator(".messages").inner_text()
    after = main_button(page)
    assert after.inner_text().strip() == "Under moderering"
    assert after.is_disabled()
