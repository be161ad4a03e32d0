"""The index holds what a reader sees: block text, never labels, choices or ids."""

from html.parser import HTMLParser

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext

from wagtail.rich_text import RichText

import pytest

from labs.models import VideoPageCaption
from search.models import SearchEntry
from tests.factories.blocks import DocumentFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import StandardPageFactory, VideoPageFactory

pytestmark = pytest.mark.django_db

# Words the block templates add around the editor's text (the consent notice,
# the play button's verb, a document's type and size): the page's chrome.
CHROME_CLASSES = {"consent-embed__notice", "block-document__meta"}


class VisibleText(HTMLParser):
    """Text nodes of rendered HTML, leaving out elements of CHROME_CLASSES."""

    def __init__(self):
        super().__init__()
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        if self.skipping or classes & CHROME_CLASSES:
            self.skipping += tag not in {"img", "br", "input"}

    def handle_endtag(self, tag):
        if self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible_text(html, chrome=()):
    parser = VisibleText()
    parser.feed(html)
    text = " ".join(parser.parts)
    for words in chrome:
        text = text.replace(words, " ")
    return " ".join(text.replace(":", " ").split())


def words(text):
    return " ".join(text.replace(":", " ").split())


EVERY_BLOCK = [
    ("heading", {"text": "Lärdomar värda guld", "level": "h3"}),
    ("paragraph", RichText("<p>Sambolivet <b>löser</b> sig på vägen.</p>")),
    (
        "image",
        {
            "image": None,  # set in the test
            "alt_text": "Två personer vid ett bord",
            "decorative": False,
            "caption": "Utvärderingsworkshop i Boden",
        },
    ),
    ("quote", {"text": "Håll i och håll ut.", "attribution": "Anna", "language": ""}),
    ("key_figure", {"number": "50", "label": "samarbetspartners"}),
    ("call_to_action", {"text": "Läs mer", "page": None, "url": "https://example.org/x"}),
    ("embed", {"url": "https://youtu.be/abcDEF12345", "title": "Filmen om odlingen"}),
    ("document", {"document": None, "title": ""}),  # set in the test
    (
        "two_column",
        {
            "text": RichText("<p>Alla vill bidra.</p>"),
            "image": None,  # set in the test
            "alt_text": "Hyresgäster planterar",
            "decorative": False,
            "image_position": "left",
        },
    ),
]  # fmt: skip


@pytest.fixture
def every_block_page(publish):
    image, document = ImageFactory(), DocumentFactory(title="Årsrapport 2024")
    body = []
    for kind, value in EVERY_BLOCK:
        if isinstance(value, dict):
            value = dict(value)
            if "image" in value:
                value["image"] = image
            if "document" in value:
                value["document"] = document
        body.append((kind, value))
    page = StandardPageFactory(title="Alla block", intro="", body=body)
    return publish(page)


def test_every_block_type_is_covered(every_block_page):
    from portal.blocks import StoryBlock

    assert {kind for kind, _value in EVERY_BLOCK} == set(StoryBlock().child_blocks)


def test_indexed_text_is_the_visible_text_of_every_block(every_block_page):
    entry = SearchEntry.objects.get(pk=every_block_page.pk)
    with translation.override("sv"):
        html = every_block_page.body.render_as_block()
        chrome = [gettext("Play the film")]
    assert words(entry.body) == visible_text(str(html), chrome)
    assert "Heading" not in entry.body and "Rubrik" not in entry.body
    assert "Samma som sidan" not in entry.body and "Same as the page" not in entry.body
    assert "h3" not in entry.body and "left" not in entry.body.split()
    assert "example.org" not in entry.body and "youtube" not in entry.body
    assert "Två personer" not in entry.body  # alt text: an attribute, not shown


@pytest.mark.parametrize("typed", ["rubrik", "samma som sidan", "h3", "youtube"])
def test_labels_and_values_are_not_found(client, every_block_page, typed):
    response = client.get("/sok/", {"q": typed})
    assert response.context["paginator"].count == 0


def test_film_transcript_chapters_and_captions_in_its_language_are_indexed(publish):
    film = VideoPageFactory(
        title="Kortfilm",
        transcript="<p>Det här är <i>lärorikt</i>.</p>",
        chapters=[("chapter", {"start": "0:02", "title": "Ett femtiotal partner"})],
    )
    for language, cue in (("sv", "Välkommen &amp; <v Anna>hej</v>"), ("en", "Hello")):
        VideoPageCaption.objects.create(
            page=film,
            language=language,
            file=ContentFile(
                f"WEBVTT\n\nNOTE intern\n\n1\n00:00:00.000 --> 00:00:02.000\n{cue}\n"
                .encode(),
                name=f"film.{language}.vtt",
            ),
        )  # fmt: skip
    publish(film)
    body = SearchEntry.objects.get(pk=film.pk).body
    assert "Det här är lärorikt." in body
    assert "0:02 Ett femtiotal partner" in body
    assert "Välkommen & hej" in body
    assert "Hello" not in body and "intern" not in body and "-->" not in body
