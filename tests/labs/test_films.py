import json
from html.parser import HTMLParser
from urllib.parse import urlparse

from django.core.exceptions import ValidationError

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from labs.models import VideoPage, VideoPageOrganisation, VideoPagePerson
from tests.factories.images import ImageFactory
from tests.factories.pages import VideoPageFactory
from tests.factories.snippets import OrganisationFactory, PersonFactory
from tests.labs.helpers import self_hosted_film

pytestmark = pytest.mark.django_db

# Attributes whose URL the browser fetches on its own, before any click.
FETCHED = {"src", "srcset", "poster", "data", "background"}


class Fetches(HTMLParser):
    """Every URL a page makes the browser fetch, and the JSON-LD blocks."""

    def __init__(self):
        super().__init__()
        self.urls, self.json_ld, self.tags, self._in_ld = [], [], set(), False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        attrs = dict(attrs)
        for name in FETCHED & attrs.keys():
            self.urls += [part.split()[0] for part in attrs[name].split(",")]
        if tag == "link" and attrs.get("rel") not in {"canonical", "alternate"}:
            self.urls.append(attrs.get("href", ""))
        self._in_ld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(json.loads(data))
            self._in_ld = False


def parse(response):
    parser = Fetches()
    parser.feed(response.content.decode())
    return parser


def video_object(response):
    """The film's own JSON-LD block (its breadcrumbs come in another)."""
    (data,) = [d for d in parse(response).json_ld if d["@type"] == "VideoObject"]
    return data


@pytest.mark.parametrize(
    ("url", "player"),
    [
        (
            "https://www.youtube.com/watch?v=abcDEF12345",
            "https://www.youtube-nocookie.com/embed/abcDEF12345",
        ),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
    ],
)
def test_external_film_fetches_nothing_from_the_platform_before_a_click(
    client, url, player
):
    film = VideoPageFactory(video_url=url, poster_image=ImageFactory())
    response = client.get(film.url)
    page = parse(response)
    assert "iframe" not in page.tags
    assert page.urls and all(
        urlparse(u).netloc in ("", "testserver") for u in page.urls
    )
    assertContains(response, f'data-player-url="{player}"')
    assertContains(response, f'class="consent-embed__link button" href="{url}"')
    assertContains(response, 'class="consent-embed__notice"')


@pytest.mark.parametrize("language", ["sv", "en"])
def test_self_hosted_film_has_native_player_with_tracks_for_the_page_language(
    client, translate, language
):
    film = self_hosted_film(poster_image=ImageFactory())
    if language == "en":
        film = translate(film, title="A short film")
    response = client.get(film.url)
    content = response.content.decode()
    assertContains(response, '<video controls preload="metadata" poster="')
    assert "autoplay" not in content
    assertContains(response, f'src="{film.video_file.url}" type="video/mp4"')
    tracks = {t.language: t.file.url for t in film.captions.all()}
    other = "en" if language == "sv" else "sv"
    # Labels are in the page's language, as the rest of its interface.
    label = {
        "sv": {"sv": "Svenska", "en": "Engelska"},
        "en": {"sv": "Swedish", "en": "English"},
    }[language]
    assertContains(
        response,
        f'<track kind="captions" src="{tracks[language]}" srclang="{language}" '
        f'label="{label[language]}" default>',
    )
    assertContains(
        response,
        f'<track kind="captions" src="{tracks[other]}" srclang="{other}" '
        f'label="{label[other]}">',
    )
    assert f'src="{tracks[other]}" srclang="{language}"' not in content


def test_english_page_keeps_the_english_file_not_a_copy_of_the_swedish_one(
    translate,
):
    film = self_hosted_film()
    english = translate(film, title="A short film")
    swedish_files = {t.language: t.file.name for t in film.captions.all()}
    english_files = {t.language: t.file.name for t in english.captions.all()}
    assert english_files == swedish_files
    assert english_files["en"] != english_files["sv"]


def test_json_ld_parses_and_describes_the_film(client):
    film = VideoPageFactory(
        title='Film "</script><script>alert(1)</script>',
        poster_image=ImageFactory(),
        transcript="<p>Berättare: Hej.</p><p>[Musik]</p>",
    )
    film.save_revision().publish()
    film.refresh_from_db()
    response = client.get(film.url)
    assert "</script><script>alert" not in response.content.decode()
    data = video_object(response)
    assert data["name"] == film.title
    assert data["description"] == "Kvinnorna i Portalen berättar om året i labbet."
    # On the film's own host, as its url is (the default site answers testserver).
    assert data["thumbnailUrl"].startswith("http://localhost/")
    assert data["uploadDate"].startswith(str(film.first_published_at.date()))
    assert data["duration"] == "PT2M5S"
    assert data["embedUrl"].startswith("https://www.youtube-nocookie.com/embed/")
    assert data["transcript"] == "Berättare: Hej.\n[Musik]"


def test_json_ld_of_a_self_hosted_film_has_its_content_url(client):
    film = self_hosted_film()
    data = video_object(client.get(film.url))
    assert data["contentUrl"] == f"http://localhost{film.video_file.url}"
    assert "embedUrl" not in data


@pytest.mark.parametrize(
    ("fields", "statement"),
    [
        ({"audio_described_url": "https://vimeo.com/2"}, "syntolkning finns"),
        ({"soundtrack_describes_all": True}, "ljudet beskriver allt"),
        ({"soundtrack_describes_all": False}, "saknar ännu syntolkning"),
    ],
)
def test_page_states_how_the_film_is_audio_described(client, fields, statement):
    film = VideoPageFactory(**fields)
    assertContains(client.get(film.url), statement)


def test_transcript_is_collapsible_and_chapters_seek_the_film(client):
    film = self_hosted_film(
        chapters=[("chapter", {"start": "1:05", "title": "Ett femtiotal partner"})]
    )
    response = client.get(film.url)
    assertContains(response, '<details class="transcript">')
    assertContains(response, "lärorikt")
    assertContains(response, f'href="{film.video_file.url}#t=65" data-seek="65"')
    assertContains(response, '<time datetime="PT1M5S">1:05</time> Ett femtiotal')


def test_english_page_shows_featured_people_and_organisations_in_english(
    client, translate, locale_en
):
    person = PersonFactory(name="Sara Lindqvist", role="verksamhetsledare")
    partner = OrganisationFactory(name="Bodens kommun")
    film = VideoPageFactory()
    VideoPagePerson.objects.create(page=film, person=person)
    VideoPageOrganisation.objects.create(page=film, organisation=partner)
    for snippet, field, english in (
        (person, "role", "operations manager"),
        (partner, "name", "Boden Municipality"),
    ):
        copy = snippet.copy_for_translation(locale_en)
        setattr(copy, field, english)
        copy.save()
    assertContains(client.get(film.url), "verksamhetsledare")
    # The translation's rows still point at the Swedish snippets.
    response = client.get(translate(film, title="A film").url)
    assertContains(
        response, 'Sara Lindqvist</span>, <span class="person__role">operations manager'
    )
    assertContains(response, "Boden Municipality")
    assertNotContains(response, "Bodens kommun")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"transcript": "<p></p>"}, "transcript"),
        ({"platform_captions_confirmed": False}, "platform_captions_confirmed"),
        ({"soundtrack_describes_all": False}, "soundtrack_describes_all"),
    ],
)
def test_publishing_is_refused_while_readers_could_not_follow(fields, field):
    film = VideoPageFactory(live=False, **fields)
    with pytest.raises(ValidationError) as error:
        film.save_revision().publish()
    assert field in error.value.message_dict
    assert not VideoPage.objects.get(pk=film.pk).live


def test_self_hosted_film_publishes_only_with_a_swedish_track():
    film = self_hosted_film(languages=["en"], live=False)
    with pytest.raises(ValidationError, match="svenskt undertextspår"):
        film.save_revision().publish()
    film = self_hosted_film(languages=["sv"], live=False)
    film.save_revision().publish()
    assert VideoPage.objects.get(pk=film.pk).live
