"""Query handling without a database: words, endings, tsquery text, excerpts."""

import pytest

from search.query import (
    SENTINELS,
    base_form,
    excerpt,
    highlight,
    query_words,
    tsquery_text,
)


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
    assert tsquery_text(["bostadsbolagets", "i"], "sv") == "bostadsbolag:* & i"


def test_highlight_escapes_text_and_marks_matches():
    html = highlight("Om <script>x</script> och Integrationen", ["integration"], "sv")
    assert "&lt;script&gt;" in html
    assert "<mark>Integration</mark>en" in html


def test_postgres_headline_is_escaped_and_marked():
    class Entry:
        headline = f"a <b> {SENTINELS[0]}labb{SENTINELS[1]}"

    assert excerpt(Entry(), ["labb"], "sv") == "a &lt;b&gt; <mark>labb</mark>"
