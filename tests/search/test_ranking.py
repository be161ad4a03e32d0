"""Ranking on a small fixed corpus: the expected order for a dozen queries.

Runs on whichever database the suite uses (SQLite by default, PostgreSQL with
DATABASE_URL); the order is the same on both (docs/search.md, "Ranking").
"""

import datetime

from django.db import connection

import pytest

from tests.factories.pages import BlogPostPageFactory, LabPageFactory

pytestmark = pytest.mark.django_db


def paragraph(text):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def corpus(company, publish):
    blog, labs = company["blog"], company["labs"]
    blog.title, blog.intro = "Blogg", "<p>Bolagets blogg om odling och energi.</p>"
    labs.title, labs.intro = "Labb", "<p>Bolagets innovationslabb.</p>"
    publish(blog, labs)

    def post(title, date, intro="", body=""):
        return BlogPostPageFactory(
            parent=blog,
            title=title,
            date=datetime.date.fromisoformat(date),
            intro=f"<p>{intro}</p>" if intro else "",
            body=paragraph(body) if body else [],
        )

    def lab(title, intro, body):
        return LabPageFactory(
            parent=labs,
            title=title,
            intro=f"<p>{intro}</p>",
            body=paragraph(body),
            municipality="Boden",
            neighbourhood="",
        )

    publish(
        post("Odling på gården", "2024-05-01", body="Vi odlar tomater."),
        post("Odling i Boden", "2023-01-01"),
        post("Odling på taket", "2025-03-01"),
        post(
            "Sommaren i kvarteret", "2025-01-01", intro="Odling och grill i kvarteret"
        ),
        post(
            "Grillkväll",
            "2025-06-01",
            body="Efter maten pratade vi om odling och bloggen.",
        ),
        lab(
            "Energilabbet", "Ett innovationslabb om energi.", "Med solceller på taken."
        ),
        lab(
            "Trygghetslabbet",
            "Trygghet i kvarteret.",
            "Ett innovationslabb i kvarteret.",
        ),
    )
    return company


EXPECTED = {
    # Title matches first, the newest first among equals; then lead, then body;
    # the blog, which only mentions the word in its intro, last.
    "odling": [
        "Odling på taket",
        "Odling på gården",
        "Odling i Boden",
        "Sommaren i kvarteret",
        "Grillkväll",
        "Blogg",
    ],
    # A query that names a listing finds it first.
    "blogg": ["Blogg", "Grillkväll"],
    # Content above the listing that matches only in its intro.
    "innovationslabb": ["Energilabbet", "Trygghetslabbet", "Labb"],
    "energi": ["Energilabbet", "Blogg"],
    "kvarteret": ["Sommaren i kvarteret", "Trygghetslabbet"],
    "trygghet kvarteret": ["Trygghetslabbet"],
    "grill": ["Grillkväll", "Sommaren i kvarteret"],
    "tomater": ["Odling på gården"],
    "solceller": ["Energilabbet"],
    "odling kvarteret": ["Sommaren i kvarteret"],
    "odling taket": ["Odling på taket"],
    "bolagets": ["Blogg", "Labb"],
}


def test_results_come_in_the_documented_order(client, corpus):
    # One corpus for every query: publishing it is the slow part.
    found = {}
    for typed in EXPECTED:
        response = client.get("/sok/", {"q": typed}, headers={"host": corpus["host"]})
        found[typed] = [entry.title for entry in response.context["search_results"]]
    assert found == EXPECTED


def test_listings_show_no_date_and_content_does(client, corpus):
    response = client.get("/sok/", {"q": "odling"}, headers={"host": corpus["host"]})
    html = response.content.decode()
    listing = html[html.index(">Blogg</a>") :]
    assert "<time" not in listing.split("</li>")[0]
    post = html[html.index(">Odling på taket</a>") :]
    assert '<time datetime="2025-03-01">' in post.split("</li>")[0]


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the count stops and title matches come first only on PostgreSQL",
)


@postgres_only
@pytest.mark.postgres
def test_past_the_count_limit_pages_come_from_title_matches_in_the_same_order(
    client, corpus, monkeypatch
):
    """ "odling" matches six pages, three in their titles; with a limit of five
    and two results a page, page 1 is read from the title matches alone, page 2
    has one left and falls back to the full ranking, and the order is the
    documented one throughout."""
    import search.query
    import search.views

    monkeypatch.setattr(search.query, "MAX_COUNTED", 5)
    monkeypatch.setattr(search.views, "MAX_COUNTED", 5)
    monkeypatch.setattr(search.views, "RESULTS_PER_PAGE", 2)
    pages, statuses = [], []
    for number in (1, 2, 3):
        response = client.get(
            "/sok/", {"q": "odling", "page": number}, headers={"host": corpus["host"]}
        )
        pages += [entry.title for entry in response.context["search_results"]]
        statuses.append(response.context["paginator"].count)
        html = response.content.decode()
    assert pages == EXPECTED["odling"]
    assert statuses == [6, 6, 6]  # the limit plus one: "more than 5"
    assert "Fler än 5 träffar" in html
    assert "6 träffar" not in html


@postgres_only
@pytest.mark.postgres
def test_below_the_count_limit_the_number_of_results_is_shown(client, corpus):
    response = client.get("/sok/", {"q": "odling"}, headers={"host": corpus["host"]})
    html = response.content.decode()
    assert "6 träffar" in html
    assert "Fler än" not in html


@postgres_only
@pytest.mark.postgres
def test_a_page_the_title_matches_fill_does_not_rank_the_rest(corpus, monkeypatch):
    import search.query
    from search.scope import scope_for

    monkeypatch.setattr(search.query, "MAX_COUNTED", 5)
    results = search.query.page_results(
        scope_for(corpus["site"], "sv"), ["odling"], "sv"
    )
    assert results.count() == 6 and results.capped
    results.ranked_rows = None  # the full ranking must not be asked
    assert [entry.title for entry in results[0:3]] == EXPECTED["odling"][:3]
    with pytest.raises(TypeError):
        results[1:4]  # one short: this page needs the full ranking
