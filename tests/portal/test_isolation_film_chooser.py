"""The film chooser of the page editor (wagtailmedia's, with its upload tab),
used by company A's editor: A's films and collections only, in the listing,
the collection filter, the upload form and the choice itself."""

import json
import re
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtailmedia.models import Media

import pytest

from labs.models import LabIndexPage
from tests.factories.pages import LabPageFactory
from tests.portal.isolation import refused

pytestmark = pytest.mark.django_db

DEMO_FILM = Path(__file__).parents[2] / "portal/composition/demo/assets/film.mp4"
SELECT = r'<select[^>]*name="{}"[^>]*>(.*?)</select>'


def chooser(client, **query):
    response = client.get(reverse("wagtailmedia:chooser_typed", args=["video"]), query)
    assert response.status_code == 200
    return response


def options(html, name):
    """The values of the select named name in html."""
    found = re.search(SELECT.format(re.escape(name)), html, re.DOTALL)
    assert found, f"no select {name}"
    return {int(value) for value in re.findall(r'value="(\d+)"', found.group(1))}


def collections_of(company):
    return {company.collection.pk} | {
        child.pk for child in company.collection.get_descendants()
    }


def upload(client, collection, title="Grannfesten"):
    with DEMO_FILM.open("rb") as handle:
        film = SimpleUploadedFile("grannfesten.mp4", handle.read(), "video/mp4")
    url = reverse("wagtailmedia:chooser_upload", args=["video"])
    return client.post(
        url,
        {
            "media-chooser-upload-title": title,
            "media-chooser-upload-file": film,
            "media-chooser-upload-collection": collection.pk,
        },
    )


def test_the_page_editor_chooses_films_in_the_chooser_not_a_list(as_editor, world):
    index = LabIndexPage.objects.child_of(world.a.homes["sv"]).get()
    lab = LabPageFactory(parent=index)
    response = as_editor.get(f"/admin/pages/add/labs/videopage/{lab.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "B-film" not in html and "A-film" not in html  # no <option> per film
    chooser_url = reverse("wagtailmedia:chooser_typed", args=["video"])
    assert html.count(f'data-chooser-url="{chooser_url}"') == 2  # film, audio described


def test_the_chooser_lists_only_the_companys_films(as_editor, world):
    html = json.loads(chooser(as_editor).content)["html"]
    assert "A-film" in html
    assert "B-film" not in html


def test_the_collection_filter_and_upload_offer_only_the_companys(as_editor, world):
    html = json.loads(chooser(as_editor).content)["html"]
    assert options(html, "collection_id") == collections_of(world.a)
    assert options(html, "media-chooser-upload-collection") == collections_of(world.a)
    assert "Bolag B" not in html


def test_filtering_by_another_companys_collection_finds_nothing(as_editor, world):
    html = chooser(as_editor, collection_id=world.b.collection.pk).content.decode()
    assert "B-film" not in html


def test_another_companys_film_cannot_be_chosen(as_editor, world):
    chosen = "wagtailmedia:media_chosen"
    assert refused(as_editor.get(reverse(chosen, args=[world.b.film.pk])))
    response = as_editor.get(reverse(chosen, args=[world.a.film.pk]))
    assert json.loads(response.content)["result"]["title"] == "A-film"


def test_an_upload_lands_in_the_company_collection_with_what_the_file_says(
    as_editor, world
):
    response = upload(as_editor, world.a.collection)
    data = json.loads(response.content)
    assert data["step"] == "media_chosen", data
    film = Media.objects.get(pk=data["result"]["id"])
    assert film.collection == world.a.collection
    assert film.duration == 8.0  # read from the file (labs.probe)


def test_an_upload_into_another_companys_collection_is_refused(as_editor, world):
    before = Media.objects.count()
    data = json.loads(upload(as_editor, world.b.collection, "Intrång").content)
    assert data["step"] == "chooser"
    assert Media.objects.count() == before
    assert not Media.objects.filter(title="Intrång").exists()
