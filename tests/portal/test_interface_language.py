"""The interface speaks the page's language: Swedish at /, English under /en/.

Labels are read from what a visitor meets (text, alt, aria-label, title) minus
anything marked with another ``lang``, such as the language switcher's link.
Matching is by whole words, so Swedish content on an English page (and the
other way round) does not count as an interface leftover.
"""

import datetime
import re
from html.parser import HTMLParser

from django.core.files.base import ContentFile

from wagtailmedia.models import Media

import pytest

from blog.models import BlogIndexPage
from labs.models import VideoPageCaption
from portal.models import SiteSettings
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    FormFieldFactory,
    LabIndexPageFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoPageFactory,
)
from tests.factories.snippets import PersonFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("sv", "en")

# (Swedish, English) for every label the pages below show. Labels spelt the same
# in both languages ("Status", "Period", "Film") cannot tell them apart.
CHROME = [
    ("Hoppa till innehållet", "Skip to content"),
    ("Huvudmeny", "Main menu"),
    ("Startsida", "Home"),
    ("Sök", "Search"),
    ("Språk", "Language"),
    ("Kontakt", "Contact"),
    ("Organisationsnummer", "Organisation number"),
    ("Telefon", "Phone"),
    ("E-post", "E-mail"),
    ("Följ oss", "Follow us"),
]
HOME = [("Senaste inläggen", "Latest posts"), ("Innovationslabb", "Innovation labs")]
LISTING = [("Sidor", "Pages"), ("Nästa", "Next"), ("Sida 1 av 2", "Page 1 of 2")]
SECOND_PAGE = [("Föregående", "Previous"), ("Sida 2 av 2", "Page 2 of 2")]
POST = [
    ("Alla blogginlägg", "All blog posts"),
    ("minuts läsning", "minute read"),
    ("Taggar", "Tags"),
    ("Ingår i labbet", "Part of the lab"),
    ("13 november 2019", "13 November 2019"),
]
LAB = [
    ("Plats", "Where"),
    ("Pågående", "Active"),
    ("november 2019", "November 2019"),
    ("Nyckeltal", "Key figures"),
    ("Mål", "Goals"),
    ("Vi samarbetar med", "We work with"),
    ("Filmer", "Films"),
    ("Inlägg om labbet", "Posts about the lab"),
]
FILM = [
    ("Längd", "Length"),
    ("Spela upp filmen", "Play the film"),
    ("Den laddas först när du trycker", "It loads only when you press play"),
    ("Textversion", "Transcript"),
    ("Från labbet", "From the lab"),
]
PLAYER = [
    ("Ladda ner filmen", "Download the film"),
    ("Svenska", "Swedish"),
    ("Engelska", "English"),
]
FORM = [("Skicka", "Send"), ("obligatoriskt", "required")]
# Django's own message, translated by Wagtail's catalogue.
FORM_ERRORS = [("Det här fältet är obligatoriskt", "This field is required.")]
EMPTY = [
    ("Inga inlägg har publicerats än.", "No posts have been published yet."),
    ("Inga labb har publicerats än.", "No labs have been published yet."),
    ("Inga filmer än.", "No films yet."),
    ("Inga inlägg än.", "No posts yet."),
]
SEARCH = [
    ("Sök på webbplatsen", "Search the site"),
    ("0 träffar", "0 results"),
    (
        "Din sökning gav inga träffar. Prova ett annat ord.",
        "Nothing matched your search. Try another word.",
    ),
]
NOT_FOUND = [
    ("Sidan hittades inte", "Page not found"),
    ("Gå till startsidan", "Go to the home page"),
]
EVERY_LABEL = CHROME + HOME + LISTING + SECOND_PAGE + POST + LAB + FILM + PLAYER + FORM
EVERY_LABEL += FORM_ERRORS + EMPTY + SEARCH + NOT_FOUND


class InterfaceText(HTMLParser):
    """Collects the words a visitor meets that are in the document's language."""

    # Elements without an end tag (none of wbr, col, embed occur on the portal).
    VOID = {"area", "br", "hr", "img", "input", "link", "meta", "source", "track"}
    SKIPPED = {"script", "style"}
    ATTRIBUTES = {"alt", "aria-label", "title", "placeholder", "label"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.language = None
        self.open = []  # (tag, hidden)
        self.parts = []

    @property
    def hidden(self):
        return bool(self.open) and self.open[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.language = attrs.get("lang")
        foreign = "lang" in attrs and attrs["lang"] != self.language
        hidden = self.hidden or foreign or tag in self.SKIPPED
        if not hidden:
            self.parts += [v for k, v in attrs.items() if k in self.ATTRIBUTES and v]
        if tag not in self.VOID:
            self.open.append((tag, hidden))

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(data)


def interface_text(response):
    assert response["Content-Type"].startswith("text/html")
    parser = InterfaceText()
    parser.feed(response.content.decode())
    return parser.language, " ".join(" ".join(parser.parts).split())


def shows(text, label):
    return re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text) is not None


def assert_speaks(response, language, labels):
    """Each label is shown in language, and no label anywhere in the other one."""
    page_language, text = interface_text(response)
    assert page_language == language
    own, other = LANGUAGES.index(language), 1 - LANGUAGES.index(language)
    missing = [pair[own] for pair in labels if not shows(text, pair[own])]
    leftovers = [pair[other] for pair in EVERY_LABEL if shows(text, pair[other])]
    assert not missing, f"missing {language} labels: {missing}"
    assert not leftovers, f"{LANGUAGES[other]} labels on a {language} page: {leftovers}"


@pytest.fixture(autouse=True)
def _footer(site):
    settings = SiteSettings.for_site(site)
    settings.org_number = "556000-0000"
    settings.phone = "0921-600 00"
    settings.email = "info@bostad.example"
    settings.instagram = "https://www.instagram.com/bostad.example/"
    settings.save()


BODY = {
    "body__0__heading__text": "Lärdomar värda guld",
    "body__1__paragraph__value": "<p>Sambolivet löser sig.</p>",
    "body__2__quote__text": "Håll i och håll ut.",
    "body__3__key_figure__number": "120",
    "body__4__call_to_action__url": "https://example.org/labb",
    "body__5__image__alt_text": "Två personer vid ett bord",
    "body__6__embed__title": "Labbens kortfilm",
    "body__7__document__title": "",
    "body__8__two_column__image_position": "left",
}


def self_hosted_film(lab):
    media = Media.objects.create(
        title="Film", type="video", file=ContentFile(b"\x00" * 32, name="film.mp4")
    )
    film = VideoPageFactory(parent=lab, video_url="", video_file=media)
    for language in LANGUAGES:
        VideoPageCaption.objects.create(
            page=film,
            language=language,
            file=ContentFile(b"WEBVTT\n", name=f"film.{language}.vtt"),
        )
    return film


@pytest.fixture
def content(home_page):
    """Swedish pages of every type: a lab with films and a tagged post about it."""
    person = PersonFactory(name="Anna Kanervo")
    lab = LabPageFactory(
        title="Integrationslabbet",
        goals="<p>Fler i arbete.</p>",
        start_date=datetime.date(2019, 11, 1),
        contact_person=person,
        key_figures__0__key_figure__number="50",
    )
    return {
        "home": home_page,
        "lab": lab,
        "post": BlogPostPageFactory(
            related_lab=lab, tags=["utvärdering"], authors=[person]
        ),
        "film": VideoPageFactory(parent=lab),
        "player": self_hosted_film(lab),
        "page": StandardPageFactory(title="Om oss", **BODY),
        "form": FormFieldFactory(page__title="Skriv till oss").page,
    }


@pytest.fixture
def localized(request, content, translate, home_page_en):
    """The content in the language the test is parametrized with."""
    if request.param == "sv":
        return content
    english = {"home": home_page_en}
    for key, page in content.items():
        if key != "home":
            english[key] = translate(page, title=f"English {key}")
    return english


def language_of(page):
    return page.locale.language_code


@pytest.mark.parametrize("localized", LANGUAGES, indirect=True)
def test_home_page_interface_is_in_the_page_language(client, localized):
    home = localized["home"]
    assert home.url == {"sv": "/", "en": "/en/"}[language_of(home)]
    assert_speaks(client.get(home.url), language_of(home), CHROME + HOME)


@pytest.mark.parametrize("localized", LANGUAGES, indirect=True)
def test_post_interface_and_date_are_in_the_page_language(client, localized):
    post = localized["post"]
    assert_speaks(client.get(post.url), language_of(post), CHROME + POST)


@pytest.mark.parametrize("localized", LANGUAGES, indirect=True)
def test_lab_and_film_interfaces_are_in_the_page_language(client, localized):
    language = language_of(localized["lab"])
    assert_speaks(client.get(localized["lab"].url), language, CHROME + LAB)
    assert_speaks(client.get(localized["film"].url), language, CHROME + FILM)
    assert_speaks(client.get(localized["player"].url), language, CHROME + PLAYER)


@pytest.mark.parametrize("localized", LANGUAGES, indirect=True)
def test_blocks_and_forms_are_in_the_page_language(client, localized):
    language = language_of(localized["page"])
    embed = [FILM[1], FILM[2]]
    assert_speaks(client.get(localized["page"].url), language, CHROME + embed)
    form = localized["form"].url
    assert_speaks(client.get(form), language, CHROME + FORM)
    assert_speaks(client.post(form, {}), language, CHROME + FORM + FORM_ERRORS)


@pytest.mark.parametrize("localized", LANGUAGES, indirect=True)
def test_search_page_interface_is_in_the_page_language(client, localized):
    search = {"sv": "/sok/", "en": "/en/search/"}[language_of(localized["home"])]
    language = language_of(localized["home"])
    assert_speaks(client.get(search, {"q": "zyxwvut"}), language, CHROME + SEARCH)
    assert_speaks(client.get(search, {"q": "labb"}), language, CHROME)


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_is_in_the_page_language(client, home_page_en, language):
    prefix = {"sv": "", "en": "/en"}[language]
    response = client.get(f"{prefix}/finns-inte/")
    assert response.status_code == 404
    assert_speaks(response, language, CHROME + NOT_FOUND)


def test_swedish_listings_paginate_in_swedish(client, monkeypatch, content):
    monkeypatch.setattr(BlogIndexPage, "per_page", 1)
    blog = content["post"].get_parent()
    BlogPostPageFactory(parent=blog)
    assert_speaks(client.get(blog.url), "sv", CHROME + LISTING)
    assert_speaks(client.get(blog.url, {"page": 2}), "sv", CHROME + SECOND_PAGE)
    labs = content["lab"].get_parent()
    assert_speaks(client.get(labs.url), "sv", CHROME)


def test_english_listings_paginate_in_english(
    client, monkeypatch, content, home_page_en, translate
):
    monkeypatch.setattr(BlogIndexPage, "per_page", 1)
    first = translate(content["post"])
    translate(BlogPostPageFactory(parent=content["post"].get_parent()))
    blog = first.get_parent()
    assert_speaks(client.get(blog.url), "en", CHROME + LISTING)
    assert_speaks(client.get(blog.url, {"page": 2}), "en", CHROME + SECOND_PAGE)


def test_swedish_empty_listings_say_so_in_swedish(client, home_page):
    lab = LabPageFactory()
    assert_speaks(client.get(BlogIndexPageFactory().url), "sv", CHROME + EMPTY[:1])
    assert_speaks(client.get(LabIndexPageFactory().url), "sv", CHROME + EMPTY[1:2])
    assert_speaks(client.get(lab.url), "sv", CHROME + EMPTY[2:])


def test_untranslated_page_offers_english_with_an_english_note(client, content):
    """The note is for English readers, so it is English and marked lang="en"."""
    response = client.get(content["lab"].url)
    html = response.content.decode()
    assert '<span class="language-switcher__note" lang="en">' in html
    assert "This page is only available in Swedish." in html
    assert_speaks(response, "sv", CHROME)
