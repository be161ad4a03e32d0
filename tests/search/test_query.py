"""Query handling without a database: words, endings, tsquery text, excerpts."""

import pytest

from search.query import base_form, query_words, tsquery_text


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("bostadsbolagets", "bostadsbolag"),
        ("bostadsbolaget", "bostadsbolag"),
        ("bostadsbolag", "bostadsbolag"),
        ("hyresgästerna", "hyresgäst"),
        ("labben", "labb"),
        ("labbet", "labb"),
        ("kortfilmer", "kortfilm"),
        ("hus", "hus"),  # too short to cut
    ],
)
def test_swedish_endings_are_cut_to_a_usable_stem(word, base):
    assert base_form(word, "sv") == base


def test_english_keeps_words_but_plural_s():
    assert base_form("partners", "en") == "partner"
    assert base_form("integration", "en") == "integration"


def test_query_words_drop_operators_quotes_and_symbols():
    assert query_words("\"BIS\" & 'Åre' | !; DROP--😀 <b>") == [
        "bis",
        "åre",
        "drop",
        "b",
    ]


def test_query_words_are_capped():
    assert len(query_words("ord " * 100)) == 8


def test_tsquery_text_is_prefix_terms_joined_with_and():
    assert tsquery_text(["kvarteret", "i"], "sv") == "kvarter:* & i"


def test_a_swedish_compound_also_searches_its_parts():
    assert tsquery_text(["bostadsbolagets", "i"], "sv") == (
        "(bostadsbolag:* | bostad:* & bolag:*) & i"
    )


def test_english_words_are_not_split():
    assert tsquery_text(["bostadsbolagets"], "en") == "bostadsbolaget:*"
