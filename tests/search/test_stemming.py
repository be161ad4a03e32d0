"""Language-aware matching: Swedish and English stemming on PostgreSQL."""

from django.db import connection

import pytest

from tests.factories.pages import BlogPostPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Stemming needs PostgreSQL text search (set DATABASE_URL)",
    ),
]


def found(client, text, url="/sok/"):
    response = client.get(url, {"q": text})
    return [entry.title for entry in response.context["search_results"]]


@pytest.mark.parametrize(
    ("indexed", "typed"),
    [
        ("Om kortfilm", "kortfilmer"),
        ("Möt hyresgäst", "hyresgästerna"),
        ("Livet i labbet", "labben"),
        ("Ett bostadsbolag", "bostadsbolagets"),
        ("Bostadsbolagets roll", "bostadsbolag"),
        ("Året i Älvsbyn", "ÅRET älvsbyn"),
    ],
)
def test_swedish_forms_find_each_other(client, publish, indexed, typed):
    publish(BlogPostPageFactory(title=indexed))
    assert found(client, typed) == [indexed]


def test_english_stemming_in_english(client, publish, home_page_en, translate):
    post = publish(BlogPostPageFactory(title="Partner i labbet"))
    translate(post.get_parent(), title="Blog")
    translate(post, title="A partner of the lab")
    assert found(client, "partners", url="/en/search/") == ["A partner of the lab"]


def test_query_language_picks_the_analysis(client, publish):
    # Swedish stemming keeps "partners" apart from the English plural form.
    publish(BlogPostPageFactory(title="Ett samarbete mellan parterna"))
    assert found(client, "parterna") == ["Ett samarbete mellan parterna"]
    assert found(client, "part") == ["Ett samarbete mellan parterna"]
