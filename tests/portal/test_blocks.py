"""StreamField at three levels: each block alone, a page built by factory, the admin."""

import re

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import StandardPage
from portal.blocks import (
    RICH_TEXT_FEATURES,
    CallToActionBlock,
    DocumentLinkBlock,
    EmbedBlock,
    HeadingBlock,
    ImageBlock,
    KeyFigureBlock,
    ParagraphBlock,
    QuoteBlock,
    TwoColumnBlock,
    privacy_embed_url,
)
from tests.factories.blocks import DocumentFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import StandardPageFactory

pytestmark = pytest.mark.django_db

FILM = "https://www.youtube.com/watch?v=abcDEF12345"
NOCOOKIE = "https://www.youtube-nocookie.com/embed/abcDEF12345"


def render(block, data):
    return block.render(block.to_python(data))


# The blocks alone ---------------------------------------------------------------


@pytest.mark.parametrize("level", ["h2", "h3", "h4"])
def test_heading_renders_the_chosen_level(level):
    html = render(HeadingBlock(), {"text": "Lärdomar", "level": level})
    assert html.strip() == f'<{level} class="block block-heading">Lärdomar</{level}>'


def test_heading_refuses_h1_which_belongs_to_the_page_title():
    block = HeadingBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "Lärdomar", "level": "h1"}))


def test_paragraph_renders_rich_text_in_its_block():
    html = render(ParagraphBlock(), "<p>Sambolivet <b>löser</b> sig.</p>")
    assert '<div class="block block-paragraph">' in html
    assert "<p>Sambolivet <b>löser</b> sig.</p>" in html


def test_quote_is_a_figure_with_blockquote_and_attribution():
    html = render(QuoteBlock(), {"text": "Håll i.", "attribution": "Anna Kanervo"})
    assert re.search(
        r'<figure class="block block-quote">\s*'
        r'<blockquote class="block-quote__text"><p>Håll i.</p></blockquote>\s*'
        r'<figcaption class="block-quote__attribution">Anna Kanervo</figcaption>\s*'
        r"</figure>",
        html,
    )


@pytest.mark.parametrize(
    ("page_language", "quote_language", "expected"),
    [
        ("sv", "en", ' lang="en"'),
        ("en", "sv", ' lang="sv"'),
        ("sv", "sv", ""),
        ("en", "en", ""),
        ("en", "", ""),
    ],
)
def test_quote_marks_its_language_only_when_it_differs(
    page_language, quote_language, expected
):
    data = {"text": "Hold on.", "attribution": "", "language": quote_language}
    with translation.override(page_language):
        html = render(QuoteBlock(), data)
    assert f'<blockquote class="block-quote__text"{expected}>' in html
    assert "<figcaption" not in html


def test_key_figure_reads_as_one_phrase():
    html = render(KeyFigureBlock(), {"number": "50", "label": "samarbetspartners"})
    assert html.strip() == (
        '<p class="block block-key-figure">'
        '<span class="block-key-figure__number">50</span> '
        '<span class="block-key-figure__label">samarbetspartners</span></p>'
    )


@pytest.mark.parametrize("with_page", [True, False])
def test_call_to_action_needs_exactly_one_target(home_page, with_page):
    block = CallToActionBlock()
    url = "https://example.org/" if with_page else ""
    value = block.to_python(
        {"text": "Läs mer", "page": home_page.pk if with_page else None, "url": url}
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "page" in error.value.block_errors


def test_call_to_action_links_an_external_address():
    html = render(
        CallToActionBlock(),
        {"text": "Läs mer", "page": None, "url": "https://example.org/labb"},
    )
    assert (
        '<p class="block block-cta">'
        '<a class="button" href="https://example.org/labb">Läs mer</a></p>'
    ) in html


def test_call_to_action_links_a_page_in_the_active_language(home_page):
    about = StandardPageFactory(parent=home_page, slug="om-oss")
    html = render(CallToActionBlock(), {"text": "Om oss", "page": about.pk, "url": ""})
    assert f'href="{about.url}">Om oss</a>' in html
    assert about.url.endswith("/om-oss/")


@pytest.mark.parametrize("block_class", [ImageBlock, TwoColumnBlock])
def test_image_without_alt_text_is_refused_unless_decorative(block_class):
    block = block_class()
    image = ImageFactory()
    data = {"text": "<p>Text</p>", "image": image.pk, "alt_text": ""}
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({**data, "decorative": False}))
    assert "alt_text" in error.value.block_errors
    assert block.clean(block.to_python({**data, "decorative": True}))["decorative"]


def test_image_renders_a_figure_with_size_alt_and_caption():
    image = ImageFactory()
    html = render(
        ImageBlock(),
        {"image": image.pk, "alt_text": "Två personer", "caption": "I Boden"},
    )
    assert '<figure class="block block-image">' in html
    # The factory's image is 800×450; width-1200 never upscales.
    assert re.search(
        r'<img src="[^"]+" width="800" height="450" alt="Två personer">', html
    )
    assert '<figcaption class="block-image__caption">I Boden</figcaption>' in html


def test_decorative_image_has_empty_alt_and_no_caption():
    image = ImageFactory()
    html = render(
        ImageBlock(),
        {"image": image.pk, "alt_text": "Ignoreras", "decorative": True},
    )
    assert 'alt=""' in html
    assert "Ignoreras" not in html
    assert "<figcaption" not in html


@pytest.mark.parametrize("position", ["left", "right"])
def test_two_column_puts_text_first_and_names_the_image_side(position):
    image = ImageFactory()
    html = render(
        TwoColumnBlock(),
        {
            "text": "<p>Alla vill bidra.</p>",
            "image": image.pk,
            "alt_text": "Odlingslådor",
            "image_position": position,
        },
    )
    assert f'class="block block-two-column block-two-column--{position}"' in html
    assert html.index("block-two-column__text") < html.index("block-two-column__media")
    assert "<p>Alla vill bidra.</p>" in html
    assert 'alt="Odlingslådor"' in html


def test_document_link_shows_title_type_and_size(django_assert_num_queries):
    document = DocumentFactory(title="Årsrapport 2024")
    block = DocumentLinkBlock()
    value = block.to_python({"document": document.pk, "title": ""})
    with django_assert_num_queries(0):
        html = block.render(value)
    assert '<p class="block block-document">' in html
    assert f'<a href="{document.url}">Årsrapport 2024' in html
    assert '<span class="block-document__meta">(PDF, 2,0\xa0kB)</span>' in html


def test_document_link_prefers_link_text_and_skips_an_unknown_size():
    document = DocumentFactory(file_size=None)
    html = render(DocumentLinkBlock(), {"document": document.pk, "title": "Läs"})
    assert "Läs" in html
    assert document.title not in html
    assert "(PDF)" in html


def test_embed_needs_a_title():
    block = EmbedBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"url": FILM, "title": ""}))
    assert "title" in error.value.block_errors


def test_embed_renders_a_consent_link_and_no_player():
    with translation.override("en"):
        html = render(EmbedBlock(), {"url": FILM, "title": "Kortfilm"})
    assert "<iframe" not in html
    assert f'data-player-url="{NOCOOKIE}"' in html
    assert 'data-title="Kortfilm"' in html
    assert "It loads only when you press play" in html
    assert (
        f'<a class="consent-embed__link button" href="{FILM}">Play the film'
        '<span class="visually-hidden">: Kortfilm</span></a>'
    ) in html


def test_embed_from_an_unknown_provider_has_no_player_url():
    html = render(EmbedBlock(), {"url": "https://example.org/film", "title": "Film"})
    assert 'data-player-url=""' in html
    assert 'href="https://example.org/film"' in html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (FILM, NOCOOKIE),
        ("https://m.youtube.com/watch?v=abcDEF12345&t=10", NOCOOKIE),
        ("https://youtube.com/shorts/abcDEF12345", NOCOOKIE),
        ("https://youtu.be/abcDEF12345", NOCOOKIE),
        ("https://www.youtube.com/embed/abcDEF12345", NOCOOKIE),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        (
            "https://player.vimeo.com/video/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1",
        ),
        ("https://vimeo.com/channels/staffpicks", None),
        ("https://www.youtube.com/watch?v=abc%22onload%3D", None),
        ("https://example.org/watch?v=abcDEF12345", None),
        ("", None),
        (None, None),
    ],
)
def test_privacy_embed_url(url, expected):
    assert privacy_embed_url(url) == expected


# A page built by factory ---------------------------------------------------------


def test_page_body_renders_every_block(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        body__0__heading__text="Lärdomar värda guld",
        body__0__heading__level="h3",
        body__1__paragraph__value="<p>Sambolivet löser sig.</p>",
        body__2__quote__text="Håll i och håll ut.",
        body__2__quote__language="en",
        body__3__key_figure__number="120",
        body__4__call_to_action__url="https://example.org/labb",
        body__5__image__alt_text="Två personer vid ett bord",
        body__6__embed__title="Labbens kortfilm",
        body__7__document__title="Läs årsrapporten",
        body__8__two_column__image_position="left",
    )
    response = client.get(page.url)
    assert response.status_code == 200
    assertContains(response, '<h3 class="block block-heading">Lärdomar värda guld</h3>')
    assertContains(response, "<p>Sambolivet löser sig.</p>")
    assertContains(response, '<blockquote class="block-quote__text" lang="en">')
    assertContains(response, '<span class="block-key-figure__number">120</span>')
    assertContains(response, 'href="https://example.org/labb"')
    assertContains(response, 'alt="Två personer vid ett bord"')
    assertContains(response, 'data-title="Labbens kortfilm"')
    assertContains(response, "Läs årsrapporten")
    assertContains(response, '<span class="block-document__meta">(PDF, ')
    assertContains(response, "block-two-column--left")


def test_page_loads_no_film_platform_before_a_click(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        body__0__embed__url=FILM,
        body__1__embed__url="https://vimeo.com/76979871",
    )
    response = client.get(page.url)
    html = response.content.decode()
    assertNotContains(response, "<iframe")
    assert html.count('class="block block-embed consent-embed"') == 2
    sources = re.findall(r'\ssrc="([^"]*)"', html)
    assert not [src for src in sources if re.search("youtube|youtu.be|vimeo", src)]


def test_document_links_cost_no_query_per_block(client, home_page, count_queries):
    one = StandardPageFactory(parent=home_page, body__0__document__title="Ett")
    three = StandardPageFactory(
        parent=home_page,
        body__0__document__title="Ett",
        body__1__document__title="Två",
        body__2__document__title="Tre",
    )
    assert count_queries(client, three.url) == count_queries(client, one.url)


# The admin form ------------------------------------------------------------------


def add_standard_page(admin_client, parent, body):
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", parent.pk))
    data = nested_form_data(
        {
            "title": "Om oss",
            "slug": "om-oss",
            "intro": rich_text("<p>Vi är ett bostadsbolag.</p>"),
            "body": streamfield(body),
        }
    )
    return admin_client.post(url, data)


def image_data(image, alt_text):
    return {"image": image.pk, "alt_text": alt_text, "decorative": "", "caption": ""}


def test_admin_saves_a_valid_body(admin_client, home_page):
    image = ImageFactory()
    body = [
        ("heading", {"text": "Vår historia", "level": "h2"}),
        ("paragraph", rich_text("<p>Sedan 1950.</p>", features=RICH_TEXT_FEATURES)),
        ("image", image_data(image, "Huset på Storgatan")),
        ("quote", {"text": "Håll i.", "attribution": "Anna", "language": ""}),
        ("embed", {"url": FILM, "title": "Kortfilm"}),
    ]
    response = add_standard_page(admin_client, home_page, body)
    assert response.status_code == 302
    page = StandardPage.objects.child_of(home_page).get(slug="om-oss")
    assert [block.block_type for block in page.body] == [
        "heading",
        "paragraph",
        "image",
        "quote",
        "embed",
    ]
    assert page.body[2].value["alt_text"] == "Huset på Storgatan"
    assert page.body[4].value["url"] == FILM


def test_admin_refuses_an_image_without_alt_text(admin_client, home_page):
    image = ImageFactory()
    body = [("image", image_data(image, ""))]
    response = add_standard_page(admin_client, home_page, body)
    assert response.status_code == 200
    error = response.context["form"].errors["body"].as_data()[0]
    assert "alt_text" in error.block_errors[0].block_errors
    assertContains(response, "markera den som dekorativ")
    assert not StandardPage.objects.filter(slug="om-oss").exists()
