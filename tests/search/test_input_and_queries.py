"""Odd input never fails; the page and the autocomplete take few, fixed queries."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories.pages import BlogIndexPageFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    " ",
    "x" * 10_000,
    '"labb"',
    "'labb",
    "labb' OR '1'='1",
    "'; DROP TABLE search_searchentry; --",
    "labb & | ! :* ()",
    "la\x00bb",
    "\x00",
    "😀🏠",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "%00%27",
    "ÅÄÖ åäö",
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("page", ["1", "-1", "999999999999999999999", "abc", "1.5"])
def test_hostile_input_gets_a_clear_page(client, text, page):
    response = client.get("/sok/", {"q": text, "page": page, "type": "<x>"})
    assert response.status_code == 200
    assertNotContains(response, "<script>alert")
    assertNotContains(response, "<img src=x")


def test_long_query_is_cut_with_a_notice(client):
    response = client.get("/sok/", {"q": "labb " * 1000})
    assert len(response.context["search_query"]) <= 200
    assertContains(response, "Din sökning kortades till 200 tecken.")


def test_query_without_words_says_what_to_type(client):
    assertContains(client.get("/sok/", {"q": "😀 !!"}), "Skriv ett ord att söka efter")


def test_hostile_input_to_autocomplete(client):
    for text in HOSTILE:
        response = client.get("/sok/forslag/", {"q": text})
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"


def test_post_is_not_allowed(client):
    assert client.post("/sok/", {"q": "labb"}).status_code == 405


def test_autocomplete_finds_word_beginnings(client, publish, home_page_en, translate):
    lab_post = publish(BlogPostPageFactory(title="Integration i praktiken"))
    response = client.get("/sok/forslag/", {"q": "integr"})
    assert response.json()["results"][0]["title"] == lab_post.title
    assert response.json()["results"][0]["url"] == lab_post.url
    assert client.get("/en/search/suggest/", {"q": "integr"}).json()["results"] == []


def test_english_search_url_is_translated(client):
    assert client.get("/en/search/", {"q": "labb"}).status_code == 200
    assert client.get("/sok/").status_code == 200


def test_search_page_queries_do_not_grow_with_results(client, publish, count_queries):
    blog = BlogIndexPageFactory()
    publish(BlogPostPageFactory(parent=blog, title="Vattenrening"))
    params = {"q": "vattenrening"}
    first = count_queries(client, "/sok/", params)
    for number in range(29):
        publish(BlogPostPageFactory(parent=blog, title=f"Vattenrening {number}"))
    # Site names, the paginator count, promotions, the ranked rows, their pages
    # with locale (the site, its search root and the synonyms are cached); the
    # hit is counted in memory (search/hits.py).
    assert first == count_queries(client, "/sok/", params) == 5
    assert count_queries(client, "/sok/", {**params, "page": "2"}) <= first
