"""Build the search rows (models.SearchEntry) from pages and keep them current.

The text comes from each page type's `search_fields`, the same declaration
Wagtail's own index reads, so a new field is searchable by adding it there.
"""

import datetime

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.encoding import force_str

from wagtail.models import Page, Site
from wagtail.search import index

from portal.models import ListingMixin
from portal.models.pages import HOME_DEPTH
from search import compounds
from search.models import SearchEntry, SearchWord
from search.query import SENTINELS, config_for

# The type facet readers filter by; every other page type is a "page".
KINDS = {
    "blog.blogpostpage": SearchEntry.Kind.POST,
    "labs.labpage": SearchEntry.Kind.LAB,
    "labs.videopage": SearchEntry.Kind.FILM,
}
# Fields that summarise a page: weighted between the title and the body.
LEAD_FIELDS = {"intro", "search_description"}
BATCH = 500


def flatten(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(flatten(item) for item in value.values())
    return force_str(value)


def field_values(obj, field):
    """(field name, text) pairs of a search field, following RelatedFields."""
    if isinstance(field, index.SearchField):
        yield field.field_name, flatten(field.get_value(obj))
    elif isinstance(field, index.RelatedFields):
        related = field.get_value(obj)
        if related is None:
            return
        objects = related.all() if hasattr(related, "all") else [related]
        for sub_obj in objects:
            for sub_field in field.fields:
                yield from field_values(sub_obj, sub_field)


def clean(text):
    # Private-use characters never reach a snippet.
    for marker in SENTINELS:
        text = text.replace(marker, "")
    return " ".join(text.split())


def page_texts(page):
    lead, body = [], []
    for field in page.get_search_fields():
        for name, text in field_values(page, field):
            if name != "title":
                (lead if name in LEAD_FIELDS else body).append(text)
    return clean(" ".join(lead)), clean(" ".join(body))


def page_date(page):
    date = getattr(page, "date", None)
    if isinstance(date, datetime.date):
        return date
    published = page.first_published_at or page.last_published_at
    return timezone.localdate(published) if published else None


def build_entry(page):
    """An unsaved row for a live page (page as its specific type)."""
    lead, body = page_texts(page)
    title = clean(page.title)
    language = page.locale.language_code
    full_text = connection.vendor != "postgresql"
    return SearchEntry(
        page_id=page.pk,
        language=language,
        path=page.path,
        site=page.get_site(),
        kind=KINDS.get(page._meta.label_lower, SearchEntry.Kind.PAGE),
        date=page_date(page),
        listing=isinstance(page, ListingMixin) or page.depth == HOME_DEPTH,
        title=title,
        lead=lead,
        body=body,
        folded=f"{title}\n{lead}\n{body}".casefold() if full_text else "",
        parts=compound_parts((title, lead, body), language) if not full_text else "",
    )


def compound_parts(texts, language):
    """Each text's compound parts on a line of its own (Swedish only)."""
    if language != "sv":
        return ""
    return "\n".join(compounds.indexed_parts(text) for text in texts)


def with_parts(column, line):
    """column's text and the compound parts of the same field (line of `parts`)."""
    from django.db.models import Func, TextField, Value
    from django.db.models.functions import Concat

    part = Func(
        F("parts"),
        Value("\n"),
        Value(line),
        function="split_part",
        output_field=TextField(),
    )
    return Concat(F(column), Value(" "), part, output_field=TextField())


def update_vectors(entries):
    """Compute the tsvector of entries with each row's language configuration."""
    if connection.vendor != "postgresql":
        return
    from django.contrib.postgres.search import SearchVector

    languages = entries.values_list("language", flat=True).distinct()
    for language in list(languages):
        config = config_for(language)
        title = SearchVector(with_parts("title", 1), weight="A", config=config)
        lead = SearchVector(with_parts("lead", 2), weight="B", config=config)
        body = SearchVector(with_parts("body", 3), weight="C", config=config)
        entries.filter(language=language).update(
            search_vector=title + lead + body,
            title_vector=SearchVector(with_parts("title", 1), config=config),
            lead_vector=title + lead,
        )


def entry_words(title, lead, body):
    """The distinct words worth suggesting from an entry's text."""
    words = compounds.WORD.findall(f"{title} {lead} {body}".casefold())
    return {word for word in words if word.isalpha() and 4 <= len(word) <= 40}


def record_words(entries):
    """Add the entries' words to their site's word list (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return
    rows = entries.filter(site__isnull=False).values_list(
        "site_id", "language", "title", "lead", "body"
    )
    batch = []
    for site_id, language, *texts in rows.iterator(chunk_size=BATCH):
        batch.extend(
            SearchWord(site_id=site_id, language=language, word=word)
            for word in entry_words(*texts)
        )
        if len(batch) >= 10 * BATCH:
            SearchWord.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    SearchWord.objects.bulk_create(batch, ignore_conflicts=True)


def indexable(page):
    return page.live and page.depth > 1


def index_page(page):
    page = page.specific
    if not indexable(page):
        remove_page(page)
        return
    with transaction.atomic():
        build_entry(page).save()
        update_vectors(SearchEntry.objects.filter(pk=page.pk))
        record_words(SearchEntry.objects.filter(pk=page.pk))


def remove_page(page):
    SearchEntry.objects.filter(pk=page.pk).delete()


def index_subtree(page):
    """Re-index page and its descendants, e.g. after a move changed their paths."""
    pages = Page.objects.descendant_of(page, inclusive=True).specific()
    for descendant in pages.iterator(chunk_size=100):
        index_page(descendant)


def rebuild():
    """Replace every row from the live pages; returns how many were indexed."""
    pages = Page.objects.live().filter(depth__gt=1).specific()
    count, batch = 0, []
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for page in pages.iterator(chunk_size=BATCH):
            batch.append(build_entry(page))
            if len(batch) >= BATCH:
                count += len(SearchEntry.objects.bulk_create(batch))
                batch = []
        count += len(SearchEntry.objects.bulk_create(batch))
        update_vectors(SearchEntry.objects.all())
        SearchWord.objects.all().delete()
        record_words(SearchEntry.objects.all())
    return count


def refresh_sites(**kwargs):
    """Point rows at their site again after sites were added, moved or removed."""
    SearchEntry.objects.update(site=None)
    for site in Site.objects.select_related("root_page").order_by("root_page__depth"):
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        for path in roots.values_list("path", flat=True):
            SearchEntry.objects.filter(path__startswith=path).update(site=site)
    record_words(SearchEntry.objects.all())
