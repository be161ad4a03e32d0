"""Turn what a reader typed into a match over SearchEntry rows, per language.

PostgreSQL: the query is analysed with the same text-search configuration as
the rows of its language (Swedish or English Snowball stemming) and each word
matches as a prefix of its stem. Swedish definite and genitive endings go
further than Snowball's, so they are cut first: "bostadsbolagets" searches
"bostadsbolag:*", which finds "bostadsbolag" and "bostadsbolaget" alike.

Other databases (SQLite) have no per-language stemming here: each word, with
the same endings cut, must occur somewhere in the case-folded text.
"""

import re

from django.db import connection
from django.db.models import (
    Case,
    F,
    IntegerField,
    Q,
    Value,
    When,
)

from search import compounds, snippets

MAX_WORDS = 8
# Shorter words match only whole (a one- or two-letter prefix matches everything).
MIN_PREFIX = 3
MIN_STEM = 4
CONFIGS = {"sv": "swedish", "en": "english"}
# Definite, plural and genitive endings, longest first.
ENDINGS = {
    "sv": (
        "arnas", "ernas", "ornas", "arna", "erna", "orna", "ets", "ens",
        "ans", "et", "en", "ar", "er", "or", "ns", "s",
    ),
    "en": ("s",),
}  # fmt: skip
# Private-use characters, kept out of indexed text (indexing strips them).
SENTINELS = ("\ue000", "\ue001")
WORD = re.compile(r"[^\W_]+")
# Where every query word was found: all in the title, all in title or lead, else.
TITLE, LEAD, BODY = 2, 1, 0
# PostgreSQL: the count stops here ("more than 1000 results"), and past it a
# page is read from the title matches first (Results).
MAX_COUNTED = 1000


def config_for(language):
    return CONFIGS.get(language, "simple")


def query_words(text):
    """The words of a query, case-folded; quotes, operators and symbols dropped."""
    return [word.casefold() for word in WORD.findall(text)][:MAX_WORDS]


def base_form(word, language):
    """word without the longest known ending that leaves a usable stem."""
    for ending in ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def alternatives(word, language, synonyms=None):
    """The ways a query word can be found: tuples of bases that must all match.

    Every word is found by its base; a Swedish compound also by its parts
    standing apart ("bostadsområdet": ("bostadsområd",) or ("bostad", "områd"));
    a word with synonyms (search.synonyms) also by each of them.
    """
    base = base_form(word, language)
    found = [(base,)]
    if language == "sv":
        parts = compounds.lemmas(word)
        if parts:
            found.append(tuple(base_form(part, language) for part in parts))
    for phrase in (synonyms or {}).get(snippets.stem(base, language), ()):
        if phrase not in found:
            found.append(phrase)
    return found


def query_terms(words, language, synonyms=None):
    """Per query word, its alternatives (see alternatives)."""
    return [alternatives(word, language, synonyms) for word in words]


def all_bases(terms):
    """Every base a query searches for (for the excerpt's marks)."""
    return list(dict.fromkeys(base for alts in terms for alt in alts for base in alt))


def prefix_term(base):
    return f"{base}:*" if len(base) >= MIN_PREFIX else base


def tsquery_text(words, language, synonyms=None):
    """A to_tsquery() expression; safe because words hold only letters and digits."""
    expressions = []
    for alts in query_terms(words, language, synonyms):
        options = [" & ".join(prefix_term(base) for base in alt) for alt in alts]
        expressions.append(
            options[0] if len(options) == 1 else f"({' | '.join(options)})"
        )
    return " & ".join(expressions)


def match(entries, words, language, synonyms=None):
    """entries matching every word, best first (annotated `rank`)."""
    if connection.vendor == "postgresql":
        return match_postgres(entries, words, language, synonyms)
    return match_plain(entries, words, language, synonyms)


def page_results(scope, words, language, kind="", synonyms=None):
    """The search page's results: ranked rows only, their pages fetched afterwards.

    Joining the pages into the ranked query would join every match before
    the sort; prefetching joins only the ten shown, and reads only what
    Page.get_url() reads (its site root paths carry the language).
    """
    from django.db.models import Prefetch

    from wagtail.models import Page

    from search.models import MATCH_ONLY_FIELDS

    entries = scope.entries(kind)
    ranked_rows = (
        match(entries, words, language, synonyms)
        .defer(*MATCH_ONLY_FIELDS)
        .prefetch_related(Prefetch("page", Page.objects.only("url_path")))
    )
    if connection.vendor != "postgresql":
        return ranked_rows
    query = ts_query(words, language, synonyms)
    # Counting the ranked rows would rank every match; the match alone is cheap.
    counted = entries.filter(search_vector=query)
    return Results(ranked_rows, counted, ranked_rows.filter(title_vector=query))


class Results:
    """Ranked rows for a Paginator that counts them without ranking them.

    The count stops at MAX_COUNTED + 1 matches. Past that, a word is in much
    of the portal, and ranking every text that has it takes tens of
    milliseconds; but title matches come first in the ranking (the top tier,
    never demoted), so while they fill the page asked for, the page is read
    from them alone.
    """

    ordered = True

    def __init__(self, ranked_rows, counted, title_rows):
        self.ranked_rows, self.counted = ranked_rows, counted
        self.title_rows = title_rows
        self.total = None

    def count(self):
        """The matches, up to MAX_COUNTED + 1: past that, readers get "more than"."""
        self.total = self.counted[: MAX_COUNTED + 1].count()
        return self.total

    @property
    def capped(self):
        return self.total is not None and self.total > MAX_COUNTED

    def __getitem__(self, key):
        if self.capped:
            rows = list(self.title_rows[key])
            if len(rows) == len(range(key.start or 0, key.stop)):
                return rows
        return self.ranked_rows[key]


def ts_query(words, language, synonyms=None):
    from django.contrib.postgres.search import SearchQuery

    text = tsquery_text(words, language, synonyms)
    return SearchQuery(text, search_type="raw", config=config_for(language))


def ranked(entries):
    """Order matched entries (annotated `tier` and `rank`) as docs/search.md says.

    Listings the query does not name (not every word in their title) come after
    content; then title matches, then title-or-lead matches, then the rest; in
    a tier the database's rank, then the newest.
    """
    entries = entries.annotate(
        demoted=Case(
            When(Q(listing=True) & ~Q(tier=TITLE), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    )
    return entries.order_by("demoted", "-tier", "-rank", "-date", "pk")


def tier(title_hit, lead_hit):
    return Case(
        When(title_hit, then=Value(TITLE)),
        When(lead_hit, then=Value(LEAD)),
        default=Value(BODY),
        output_field=IntegerField(),
    )


def match_postgres(entries, words, language, synonyms=None):
    query = ts_query(words, language, synonyms)
    entries = entries.filter(search_vector=query).annotate(
        tier=tier(Q(title_vector=query), Q(lead_vector=query)), rank=Value(0.0)
    )
    return ranked(entries)


def match_plain(entries, words, language, synonyms=None):
    """Substring matching of case-folded text: "title\nlead\nbody" in `folded`."""
    from django.db.models.functions import StrIndex, Substr

    terms = query_terms(words, language, synonyms)
    newline = Value("\n")
    title_end = StrIndex("folded", newline)
    lead_end = title_end + StrIndex(Substr("folded", title_end + 1), newline)
    # A base is in the title when its first occurrence is before the first newline.
    firsts = {base: f"first_{n}" for n, base in enumerate(all_bases(terms))}
    entries = entries.annotate(
        title_end=title_end,
        lead_end=lead_end,
        **{name: StrIndex("folded", Value(base)) for base, name in firsts.items()},
    )

    def found(before=None):
        condition = Q()
        for alts in terms:
            either = Q()
            for alt in alts:
                every = Q()
                for base in alt:
                    every &= Q(**{f"{firsts[base]}__gt": 0})
                    if before:
                        every &= Q(**{f"{firsts[base]}__lt": F(before)})
                either |= every
            condition &= either
        return condition

    entries = entries.filter(found()).annotate(
        tier=tier(found("title_end"), found("lead_end")), rank=Value(0.0)
    )
    return ranked(entries)


def excerpt(entry, words, language, synonyms=None):
    """Escaped HTML: the best-matching passage of the lead and body, matches marked."""
    bases = all_bases(query_terms(words, language, synonyms))
    parts = compounds.lemmas if language == "sv" else None
    text = f"{entry.lead} {entry.body}".strip()
    return snippets.excerpt(text, bases, language, parts)
