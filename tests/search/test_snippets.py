"""Excerpts: the best passage, cut between words, matches marked, by language."""

import re

import pytest

from search.snippets import excerpt

LONG = (
    "Inledning om året som gått i bostadsområdet. "
    * 8
    + "Hyresgästerna i Boden startade ett labb för odling och grannsamverkan, "
    "och odlingen blev kvarterets mötesplats. " + "Avslutning utan något av orden. " * 8
)


def plain(html):
    return re.sub(r"</?mark>", "", html)


def test_escapes_text_and_marks_whole_matching_words():
    html = excerpt("Om <script>x</script> och Integrationen", ["integration"], "sv")
    assert "&lt;script&gt;" in html
    assert "<mark>Integrationen</mark>" in html


def test_cuts_only_between_words():
    html = plain(excerpt(LONG, ["odling"], "sv"))
    assert html.startswith("… ") and html.endswith(" …")
    inner = html[2:-2]
    for fragment in (inner.split()[0], inner.split()[-1]):
        assert fragment.strip(".,") in LONG.split() or fragment in LONG.split()
    assert re.search(r"(^|\s)\w", inner)  # begins at a word
    assert f" {inner.split()[0]}" in f" {LONG}"  # a whole word, not its tail


def test_picks_the_passage_with_the_most_query_words():
    html = excerpt(LONG, ["odling", "grannsamverkan"], "sv")
    assert "<mark>grannsamverkan</mark>" in html
    assert "<mark>odling</mark>" in html


def test_matches_by_the_page_languages_stem():
    html = excerpt("Two houses and a garden", ["housing"], "en")
    assert "<mark>houses</mark>" in html
    # Swedish stemming does not join English forms.
    assert "<mark>" not in excerpt("Two houses and a garden", ["housing"], "sv")


def test_without_a_match_shows_the_beginning():
    html = excerpt(LONG, ["saknas"], "sv")
    assert "<mark>" not in html
    assert html.startswith("Inledning") and html.endswith(" …")


@pytest.mark.parametrize("text", ["", "   ", "—"])
def test_empty_text_gives_no_excerpt(text):
    assert excerpt(text, ["ord"], "sv") == ""
