"""An editor writes a post with every block, a publisher approves it, readers see it.

Boden's editor writes a blog post whose body holds one block of each type the
post body offers (the test fails if a block type is added that it does not
fill), choosing an image and uploading a document in the choosers, saves it
and submits it for moderation. Boden's publisher, in a browser of their own,
approves it in the page editor. The post is then live, and a reader sees what
each block holds.
"""

import re
from pathlib import Path

import pytest

from portal.blocks import StoryBlock
from tests.browser.admin import log_in, more_actions, type_rich_text, userbar_links
from tests.browser.helpers import TIMEOUT_MS, portal_only

TITLE = "Tisdagsträffarna i Sävast"
SLUG = "tisdagstraffarna-i-savast"
INTRO = "Så lärde grannarna i Sävast känna varandra."
EMBED_URL = "https://www.youtube.com/watch?v=abcDEF12345"
CTA_URL = "https://example.org/traffar"
# What the editor writes in each block, and what the reader must then see.
TEXT = {
    "heading": "Vad vi lärde oss",
    "paragraph": "Grannarna bjöd in till samtal varje tisdag.",
    "image": ("Grannar samlade kring ett bord", "Tisdagsträffen i Sävast"),
    "quote": ("Nu känner jag mina grannar.", "Amina, hyresgäst"),
    "key_figure": ("42", "nya kontakter mellan grannar"),
    "call_to_action": "Läs mer om träffarna",
    "embed": "Film från tisdagsträffen",
    "document": ("Program för träffarna", "Ladda ner programmet"),
    "two_column": ("Träffarna hålls i lokalen på Kyrkgatan.", "Lokalen på Kyrkgatan"),
}
REVIEW = re.compile(r"/admin/pages/(\d+)/edit/$")


def field_id(index, name=""):
    """The id (and name) of a field of the body's block number index."""
    return f"body-{index}-value-{name}" if name else f"body-{index}-value"


def field(page, index, name=""):
    return page.locator(f"#{field_id(index, name)}")


def choose_in_modal(page, chooser_id):
    page.locator(f"#{chooser_id} [data-chooser-action-choose]").first.click()
    page.locator(".modal-content a[data-chooser-modal-choice]").first.click()
    page.locator(".modal-content").wait_for(state="detached")


def upload_document(page, index, title, tmp_path):
    path = Path(tmp_path) / "program.txt"
    path.write_text("Tisdagar kl. 18 i lokalen på Kyrkgatan.\n")
    page.locator(
        f"#body-{index}-value-document-chooser [data-chooser-action-choose]"
    ).click()
    page.locator(".modal-content a[href='#tab-upload']").first.click()
    page.fill("[name=document-chooser-upload-title]", title)
    page.set_input_files("[name=document-chooser-upload-file]", str(path))
    page.locator(".modal-content form[enctype] button[type=submit]").click()
    page.locator(".modal-content").wait_for(state="detached")


def fill(page, index, block, tmp_path):
    """Fill block number index, of type block, with its TEXT."""
    text = TEXT[block]
    if block == "heading":
        field(page, index, "text").fill(text)
    elif block == "paragraph":
        type_rich_text(page, field_id(index), text)
    elif block == "image":
        choose_in_modal(page, f"body-{index}-value-image-chooser")
        field(page, index, "alt_text").fill(text[0])
        field(page, index, "caption").fill(text[1])
    elif block == "quote":
        field(page, index, "text").fill(text[0])
        field(page, index, "attribution").fill(text[1])
    elif block == "key_figure":
        field(page, index, "number").fill(text[0])
        field(page, index, "label").fill(text[1])
    elif block == "call_to_action":
        field(page, index, "text").fill(text)
        field(page, index, "url").fill(CTA_URL)
    elif block == "embed":
        field(page, index, "url").fill(EMBED_URL)
        field(page, index, "title").fill(text)
    elif block == "document":
        upload_document(page, index, text[0], tmp_path)
        field(page, index, "title").fill(text[1])
    elif block == "two_column":
        type_rich_text(page, field_id(index, "text"), text[0])
        choose_in_modal(page, f"body-{index}-value-image-chooser")
        field(page, index, "alt_text").fill(text[1])
    else:
        pytest.fail(f"the journey does not fill the {block!r} block yet")


def add_block(page, block):
    """The + at the end of the body, then the block type, picked by its icon."""
    icon = StoryBlock().child_blocks[block].meta.icon
    page.locator("[data-contentpath=body] .c-sf-add-button").last.click()
    page.locator(f".w-combobox__option:has(svg.icon-{icon})").click()


def write_post(page, base, tmp_path):
    """As Boden's editor: the post, saved and submitted; its id."""
    log_in(page, base, "boden-redaktor")
    links = userbar_links(page, f"{base}/blogg/")
    page.goto(next(link for link in links if link.endswith("/add_subpage/")))
    page.fill("#id_title", TITLE)
    type_rich_text(page, "id_intro", INTRO)
    choose_in_modal(page, "id_authors-0-person-chooser")
    for index, block in enumerate(StoryBlock().child_blocks):
        add_block(page, block)
        fill(page, index, block, tmp_path)
    page.click("footer button.action-save")
    page.wait_for_url(REVIEW, timeout=2 * TIMEOUT_MS)
    assert not page.locator(".error-message").count(), page.locator("main").inner_text()
    post_id = REVIEW.search(page.url).group(1)
    more_actions(page)
    page.click("button[name=action-submit]")
    page.wait_for_load_state()
    assert page.locator(".messages .success").count(), page.locator(
        ".messages"
    ).inner_text()
    return post_id


def approve(page, base, post_id):
    """As Boden's publisher: approve the post from the page editor."""
    log_in(page, base, "boden-publicerare")
    page.goto(f"{base}/admin/pages/{post_id}/edit/")
    more_actions(page)
    # "Approve and publish"; its twin with a modal asks for a comment first.
    with page.expect_navigation():
        page.click(
            "footer button[data-workflow-action-name=approve]"
            ":not([data-workflow-action-modal-url])"
        )
    assert page.locator(".messages .success").count(), page.locator(
        ".messages"
    ).inner_text()


def test_every_block_in_the_post_is_filled():
    assert set(TEXT) == set(StoryBlock().child_blocks)


def reader_sees_every_block(page, url):
    response = page.goto(url)
    assert response.status == 200
    article = page.locator("main")
    text = article.inner_text()
    assert INTRO in text
    for expected in (
        TEXT["heading"],
        TEXT["paragraph"],
        TEXT["image"][1],
        *TEXT["quote"],
        *TEXT["key_figure"],
        TEXT["two_column"][0],
    ):
        assert expected in text, expected
    assert page.get_by_role("heading", name=TEXT["heading"]).count() == 1
    for alt in (TEXT["image"][0], TEXT["two_column"][1]):
        image = article.locator(f"img[alt='{alt}']")
        assert image.evaluate("img => img.complete && img.naturalWidth > 0"), alt
    cta = article.get_by_role("link", name=TEXT["call_to_action"])
    assert cta.get_attribute("href") == CTA_URL
    play = article.locator(".consent-embed__link")
    assert play.get_attribute("href") == EMBED_URL
    assert TEXT["embed"] in play.text_content()
    document = article.locator(".block-document a")
    assert TEXT["document"][1] in document.inner_text()
    # The browser resolves *.localhost; Playwright's own requests do not.
    status = document.evaluate("a => fetch(a.href).then((answer) => answer.status)")
    assert status == 200


def test_editor_writes_publisher_approves_reader_sees_every_block(
    page, browser, portal_server, site_url, tmp_path
):
    base = site_url("boden.localhost").rstrip("/")
    post_id = write_post(page, base, tmp_path)
    assert page.goto(site_url("boden.localhost", f"/blogg/{SLUG}/")).status == 404

    with portal_only(browser, portal_server) as context:
        approve(context.new_page(), base, post_id)

    with portal_only(browser, portal_server) as reader:  # no admin session
        reader_sees_every_block(
            reader.new_page(), site_url("boden.localhost", f"/blogg/{SLUG}/")
        )
