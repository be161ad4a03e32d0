import datetime

from django.core.exceptions import ValidationError

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertTemplateUsed

from blog.models import BlogIndexPage
from home.models import HomePage
from labs.models import LabIndexPage, LabPage, VideoPage, VideoPageCaption
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogPostPageFactory,
    LabIndexPageFactory,
    LabPageFactory,
    VideoPageFactory,
)
from tests.factories.snippets import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


class TestLabTreeRules(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_lab_index_holds_labs_which_hold_films(self):
        self.assertAllowedParentPageTypes(LabIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LabIndexPage, {LabPage})
        self.assertAllowedParentPageTypes(LabPage, {LabIndexPage})
        self.assertAllowedSubpageTypes(LabPage, {VideoPage})
        self.assertAllowedParentPageTypes(VideoPage, {LabPage})
        self.assertAllowedSubpageTypes(VideoPage, set())

    def test_films_and_labs_are_refused_elsewhere(self):
        self.assertCanNotCreateAt(BlogIndexPage, LabPage)
        self.assertCanNotCreateAt(HomePage, VideoPage)
        self.assertCanNotCreateAt(LabIndexPage, VideoPage)

    def test_editor_can_create_a_lab(self):
        self.assertCanCreate(
            LabIndexPageFactory(),
            LabPage,
            nested_form_data(
                {
                    "title": "Integrationslabbet",
                    "slug": "integrationslabbet",
                    "intro": rich_text("<p>En väg in i samhället.</p>"),
                    "municipality": "Boden",
                    "status": "active",
                    "goals": rich_text("<p>Fler nyanlända i arbete.</p>"),
                    "key_figures": streamfield(
                        [("key_figure", {"number": "50", "label": "samarbetspartners"})]
                    ),
                    "organisations": inline_formset([]),
                    "body": streamfield([]),
                }
            ),
        )

    def test_editor_can_create_a_film_with_an_external_address(self):
        self.assertCanCreate(
            LabPageFactory(),
            VideoPage,
            nested_form_data(
                {
                    "title": "Labbens arbete speglas i kortfilmer",
                    "slug": "kortfilm",
                    "summary": "Kvinnorna i Portalen berättar.",
                    "video_url": "https://vimeo.com/123456",
                    "duration": "00:02:05",
                    "transcript": rich_text("<p>Det här är så roligt.</p>"),
                    "captions": inline_formset([]),
                }
            ),
        )


def test_lab_ending_before_it_starts_is_refused():
    lab = LabPageFactory.build(
        start_date=datetime.date(2019, 9, 1), end_date=datetime.date(2019, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        lab.clean()
    assert "end_date" in error.value.message_dict


def test_film_needs_exactly_one_source():
    for sources in ({"video_url": ""}, {"video_url": "https://vimeo.com/1"}):
        film = VideoPageFactory.build(**sources)
        if sources["video_url"]:
            film.clean()  # one source: fine
        else:
            with pytest.raises(ValidationError):
                film.clean()


def test_lab_page_shows_facts_organisations_contact_films_and_posts(client, home_page):
    partner = OrganisationFactory(name="Bodens kommun", website="https://boden.example")
    lab = LabPageFactory(
        title="BIS",
        municipality="Boden",
        neighbourhood="Centrum",
        organisations=[partner],
        contact_person=PersonFactory(name="Anna Kanervo"),
        key_figures__0__key_figure__number="50",
        key_figures__0__key_figure__label="samarbetspartners",
    )
    film = VideoPageFactory(
        parent=lab, title="BIS på film", poster_image=ImageFactory()
    )
    post = BlogPostPageFactory(related_lab=lab, title="Lärdomar värda guld")
    unrelated = BlogPostPageFactory(title="Ett annat labb")
    response = client.get(lab.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "labs/lab_page.html")
    for text in (
        "Boden, Centrum",
        "Bodens kommun",
        "Anna Kanervo",
        "samarbetspartners",
    ):
        assertContains(response, text)
    assertContains(response, f'href="{film.url}"')
    assertContains(response, "2:05")
    assertContains(response, f'href="{post.url}"')
    assertNotContains(response, unrelated.title)


def test_lab_index_lists_its_labs(client):
    index = LabIndexPageFactory()
    lab = LabPageFactory(parent=index, municipality="Norrköping")
    response = client.get(index.url)
    assertTemplateUsed(response, "labs/lab_index_page.html")
    assertContains(response, lab.title)
    assertContains(response, "Norrköping")


def test_self_hosted_film_has_native_player_with_tracks(client, settings, tmp_path):
    from django.core.files.base import ContentFile

    from wagtailmedia.models import Media

    media = Media.objects.create(
        title="Film", type="video", file=ContentFile(b"\x00" * 32, name="film.mp4")
    )
    film = VideoPageFactory(video_url="", video_file=media, poster_image=ImageFactory())
    for language in ("sv", "en"):
        VideoPageCaption.objects.create(
            page=film,
            language=language,
            file=ContentFile(b"WEBVTT\n", name=f"film.{language}.vtt"),
        )
    response = client.get(film.url)
    assertContains(response, '<video controls preload="metadata"')
    assertNotContains(response, "autoplay")
    assertContains(response, 'type="video/mp4"')
    assertContains(response, 'srclang="sv" label="Svenska" default', html=False)
    assertContains(response, 'srclang="en"')
    assertContains(response, "Det här är så roligt")  # transcript


def test_external_film_loads_nothing_from_the_platform_before_a_click(client):
    film = VideoPageFactory(video_url="https://www.youtube.com/watch?v=abcDEF12345")
    response = client.get(film.url)
    content = response.content.decode()
    assert "<iframe" not in content
    assert 'src="https://www.youtube' not in content
    assertContains(response, 'data-player-url="https://www.youtube-nocookie.com/embed/')
    assertContains(response, 'href="https://www.youtube.com/watch?v=abcDEF12345"')


def test_english_film_page_renders_in_english(client, translate):
    film = VideoPageFactory(title="Kortfilm om BIS")
    english = translate(film, title="A short film about BIS")
    response = client.get(english.url)
    assert response.status_code == 200
    assertContains(response, '<html lang="en">')
    assertContains(response, "A short film about BIS")
