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
from labs.models import LabIndexPage, LabPage, VideoPage
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


def test_lab_ending_before_it_starts_is_refused():
    lab = LabPageFactory.build(
        start_date=datetime.date(2019, 9, 1), end_date=datetime.date(2019, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        lab.clean()
    assert "end_date" in error.value.message_dict


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


def test_film_poster_without_alt_text_is_refused():
    film = VideoPageFactory.build(poster_image=ImageFactory(), poster_image_alt=" ")
    with pytest.raises(ValidationError) as error:
        film.clean()
    assert "poster_image_alt" in error.value.message_dict
