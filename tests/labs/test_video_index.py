import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import HomePage
from labs.models import VideoIndexPage
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    LabIndexPageFactory,
    LabPageFactory,
    VideoIndexPageFactory,
    VideoPageFactory,
)

pytestmark = pytest.mark.django_db


def company_film(site, **fields):
    lab = LabPageFactory(parent=LabIndexPageFactory(parent=site.root_page))
    return VideoPageFactory(parent=lab, **fields)


def test_video_index_sits_under_a_home_page():
    assert VideoIndexPage.parent_page_types == ["home.HomePage"]
    assert VideoIndexPage in HomePage.allowed_subpage_models()


def test_company_index_lists_its_films_as_cards_in_its_language(
    client, other_site, translate
):
    index = VideoIndexPageFactory(parent=other_site.root_page)
    film = company_film(
        other_site, title="Ungdomarna i Hagen", poster_image=ImageFactory()
    )
    portal_film = VideoPageFactory(title="En film på portalen")
    english_film = translate(film, title="The young people of Hagen")
    host = {"host": other_site.hostname}
    response = client.get(index.url, headers=host)
    assertContains(response, "Ungdomarna i Hagen")
    assertContains(response, 'class="card__image"')
    assertContains(response, "Längd 2:05")
    assertNotContains(response, portal_film.title)
    assertNotContains(response, english_film.title)
    english_index = translate(index, title="Films")
    response = client.get(english_index.url, headers=host)
    assertContains(response, "The young people of Hagen")
    assertContains(response, "Length 2:05")
    assertNotContains(response, "Ungdomarna i Hagen")


def test_portal_index_lists_every_company_s_films(client, home_page, other_site):
    index = VideoIndexPageFactory(parent=home_page)
    company = company_film(other_site, title="Ungdomarna i Hagen")
    VideoPageFactory(title="Utkastet", live=False)
    response = client.get(index.url)
    assertContains(response, company.title)
    assertContains(response, f'href="http://{other_site.hostname}/')
    assertNotContains(response, "Utkastet")


def test_video_index_is_paginated(client, home_page):
    index = VideoIndexPageFactory(parent=home_page)
    lab = LabPageFactory()
    for _ in range(index.per_page + 1):
        VideoPageFactory(parent=lab)
    assert client.get(index.url).context["videos"].paginator.num_pages == 2
    assertContains(client.get(index.url + "?page=2"), 'class="card"', count=1)


def test_video_index_takes_a_fixed_number_of_queries(client, home_page, count_queries):
    index = VideoIndexPageFactory(parent=home_page)
    lab = LabPageFactory()
    VideoPageFactory(parent=lab, poster_image=ImageFactory())
    first = count_queries(client, index.url)  # renditions and chrome get cached
    for _ in range(29):
        VideoPageFactory(parent=lab, poster_image=ImageFactory())
    # path, page; paginator count, the films (site, root, privacy: cached)
    assert first == count_queries(client, index.url) == 4
