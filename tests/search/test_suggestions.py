"""'Menade du …?' for a typo (PostgreSQL's pg_trgm), and a wider search when scoped."""

from django.db import connection

import pytest

from search.models import SearchWord
from tests.factories.pages import BlogPostPageFactory

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="suggestions need pg_trgm (DATABASE_URL)"
)


@pytest.fixture
def posts(company, publish):
    publish(
        BlogPostPageFactory(
            parent=company["blog"], title="Grannsamverkan i kvarteret", body=[]
        ),
        BlogPostPageFactory(title="Solceller på taket", body=[]),  # the portal's
    )
    return company


def get(client, host, **params):
    return client.get("/sok/", params, headers={"host": host})


@postgres_only
def test_a_typo_gets_the_closest_word_of_the_site(client, posts):
    response = get(client, posts["host"], q="grannsamverkn")
    assert response.context["paginator"].count == 0
    suggestion = response.context["suggestion"]
    assert suggestion["query"] == "grannsamverkan"
    html = response.content.decode()
    assert "Menade du" in html
    assert f'href="{suggestion["url"].replace("&", "&amp;")}"' in html
    assert (
        get(client, posts["host"], **dict_of(suggestion["url"]))
        .context["paginator"]
        .count
    )


@postgres_only
def test_words_of_other_sites_are_not_suggested_on_a_company_site(client, posts):
    # "solceller" is only on the portal's own pages.
    assert get(client, posts["host"], q="solcellr").context["suggestion"] is None
    response = client.get("/sok/", {"q": "solcellr"})
    assert response.context["suggestion"]["query"] == "solceller"


@postgres_only
def test_words_are_recorded_per_site_and_language(posts):
    words = SearchWord.objects.filter(site=posts["site"], language="sv")
    assert words.filter(word="grannsamverkan").exists()
    assert not words.filter(word="solceller").exists()


def test_no_suggestion_on_sqlite_or_for_a_real_word(client, posts):
    response = get(client, posts["host"], q="grannsamverkan taket")
    assert response.context["suggestion"] is None


def test_a_company_search_without_hits_links_every_company(client, posts):
    response = get(client, posts["host"], q="solceller")
    assert response.context["paginator"].count == 0
    url = response.context["search_everywhere_url"]
    assert "all=1" in url and "q=solceller" in url
    assert get(client, posts["host"], **dict_of(url)).context["paginator"].count == 1
    assert "Sök hos alla bolag efter" in response.content.decode()


def test_the_portal_search_offers_no_wider_search(client, posts):
    response = client.get("/sok/", {"q": "finnsinte"})
    assert response.context["search_everywhere_url"] is None


def dict_of(url):
    from urllib.parse import parse_qsl

    return dict(parse_qsl(url.lstrip("?")))
