"""One search row per live page, analysed in the page's own language.

Wagtail's database backend keeps one text-search configuration for the whole
backend, so Swedish and English pages cannot both be stemmed correctly there.
This table stores each live page's text with its language; on PostgreSQL the
`search_vector` column is computed with that language's configuration and
carries a GIN index (created in the migration, PostgreSQL only).
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from portal.companies.ownership import CompanyOwnedMixin

# What the index derives only to match on: never shown, and large (the vectors
# hold every word's positions), so result lists leave them in the database.
MATCH_ONLY_FIELDS = ("folded", "parts", "search_vector", "title_vector", "lead_vector")


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        POST = "post", _("Post")
        LAB = "lab", _("Lab")
        FILM = "film", _("Film")
        PAGE = "page", _("Page")

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_entry",
    )
    language = models.CharField(max_length=8)
    # A copy of the page's tree path: scope and privacy filter on it without a join.
    path = models.CharField(max_length=255, db_index=True)
    site = models.ForeignKey(
        "wagtailcore.Site",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(max_length=8, choices=Kind.choices)
    date = models.DateField(null=True, blank=True)
    # Pages that list others (homes, blogs, lab and film indexes): ranked after
    # content unless the query names them, and shown without a date.
    listing = models.BooleanField(default=False)
    title = models.TextField()
    lead = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # Case-folded text for backends without full-text search (SQLite).
    folded = models.TextField(blank=True)
    # Swedish compounds' parts, one line each for title, lead and body
    # (search.compounds); PostgreSQL weighs them with the field they are in.
    parts = models.TextField(blank=True)
    search_vector = SearchVectorField(null=True, blank=True)
    # The title's words, and the title's and lead's: small vectors that tell
    # where a match is (ranking tiers) without reading the body's.
    title_vector = SearchVectorField(null=True, blank=True)
    lead_vector = SearchVectorField(null=True, blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["language", "kind"])]

    def __str__(self):
        return self.title


class SearchWord(models.Model):
    """A word that occurs in a site's pages in one language: what typos are
    corrected to ("Menade du …?", PostgreSQL's pg_trgm, GIN-indexed there).

    Publishing adds a page's words; `rebuild_search_entries` also drops the
    words no live page has any more. A suggestion is only offered when it
    finds something, so a word left over from an unpublished page is harmless.
    """

    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=8)
    word = models.CharField(max_length=40)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "language", "word"], name="search_word_unique"
            )
        ]

    def __str__(self):
        return self.word


class SearchSynonym(CompanyOwnedMixin, models.Model):
    """Words a company's readers use for the same thing, e.g. boende, hyresgäst.

    A search for any of them also finds the others, on that company's site
    (and, for portal-wide ones, everywhere). Editors manage them like the
    company's other snippets; another company's never apply.
    """

    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="sv"
    )
    words = models.CharField(
        _("words that mean the same"),
        max_length=500,
        help_text=_("Separated by commas, e.g. “boende, hyresgäst”."),
    )

    panels = [FieldPanel("words"), FieldPanel("language"), FieldPanel("site")]

    class Meta:
        verbose_name = _("search synonyms")
        verbose_name_plural = _("search synonyms")
        ordering = ["words"]

    def __str__(self):
        return self.words

    def groups(self):
        """Each entry as a list of phrases, each a list of its words."""
        from search.query import query_words

        phrases = [query_words(phrase) for phrase in self.words.split(",")]
        return [phrase for phrase in phrases if phrase]


class SearchQueryDay(models.Model):
    """How often a query was searched in a day, on one company's search or the
    whole portal's (site empty), and how often it found nothing.

    No personal data: no user, address, session or time of day; the query only
    as its words (letters and digits), and never one with a long number in it
    (a phone or personal identity number). Written in batches off the request
    path (search/hits.py); kept 90 days (search.hits.prune_search_log).
    """

    site = models.ForeignKey(
        "wagtailcore.Site", null=True, blank=True, on_delete=models.CASCADE
    )
    language = models.CharField(max_length=8)
    query = models.CharField(max_length=200)
    date = models.DateField(db_index=True)
    searches = models.PositiveIntegerField(default=0)
    zero_hits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search query statistics")
        verbose_name_plural = _("search query statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "language", "query", "date"],
                name="search_query_day_unique",
            )
        ]

    def __str__(self):
        return self.query
