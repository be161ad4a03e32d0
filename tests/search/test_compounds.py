"""Swedish compounds: a part finds the compound, a compound finds its parts apart.

Runs on SQLite and, with DATABASE_URL, on PostgreSQL, where the index holds
each compound's parts (search.compounds) beside the Snowball-stemmed words.
"""

import pytest

from search import compounds
from search.indexing import compound_parts
from search.query import alternatives
from tests.factories.pages import BlogPostPageFactory

pytestmark = pytest.mark.skipif(
    not compounds.available(), reason="the hunspell-sv word list is not installed"
)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("bostadsområdet", ("bostads", "området")),
        ("solcellsanläggningen", ("solcells", "anläggningen")),
        ("grannsamverkan", ("grann", "samverkan")),
        ("innovationslabbet", ("innovations", "labbet")),
        ("mötesplats", ("mötes", "plats")),
        # Words the list knows whole split only into longer parts.
        ("ungdomar", ()),
        ("kommunen", ()),
        ("integration", ()),
        ("hus", ()),
    ],
)
def test_compounds_split_into_their_parts(word, parts):
    assert compounds.split(word) == parts


def test_indexed_parts_are_stems_of_the_linking_forms():
    assert compounds.indexed_parts("Solcellsanläggningen i bostadsområdet") == (
        "solcell anläggningen bostad området"
    )


def test_english_is_not_split():
    assert compound_parts(["bostadsområdet"], "en") == ""
    assert alternatives("bostadsområdet", "en") == [("bostadsområdet",)]


@pytest.fixture
def pages(db, publish):
    return publish(
        BlogPostPageFactory(
            title="Solcellsanläggningen är klar",
            intro="<p>Nu har bostadsområdet egen el.</p>",
            body=[],
        ),
        BlogPostPageFactory(
            title="Grannar som hjälps åt",
            intro="<p>En granne ringde när hon såg samverkan i trapphuset.</p>",
            body=[],
        ),
        BlogPostPageFactory(
            title="Ett nytt område",
            intro="<p>Här bygger vi hus.</p>",
            body=[],
        ),
    )


def found(client, typed, url="/sok/"):
    response = client.get(url, {"q": typed})
    return [entry.title for entry in response.context["search_results"]]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # The last part finds the compound (and the word standing alone).
        ("anläggningen", ["Solcellsanläggningen är klar"]),
        ("anläggning", ["Solcellsanläggningen är klar"]),
        ("området", ["Ett nytt område", "Solcellsanläggningen är klar"]),
        # The first part finds it too.
        ("solcell", ["Solcellsanläggningen är klar"]),
        ("bostad", ["Solcellsanläggningen är klar"]),
        # A compound finds its parts where they stand apart.
        ("grannsamverkan", ["Grannar som hjälps åt"]),
        ("solcellsanläggningar", ["Solcellsanläggningen är klar"]),
    ],
)
def test_parts_and_compounds_find_each_other(client, pages, typed, expected):
    assert found(client, typed) == expected


def test_excerpt_marks_the_compound_a_part_found(client, pages):
    response = client.get("/sok/", {"q": "området"})
    excerpts = [str(entry.excerpt) for entry in response.context["search_results"]]
    assert any("<mark>bostadsområdet</mark>" in html for html in excerpts)
