"""Objects a page links (people, organisations, labs) in the page's own locale.

wagtail-localize copies inline rows and links unchanged into a translation, so
an English page may point at Swedish snippets or pages; these helpers swap each
for its translation in a fixed number of queries. The one way to localise
what a page shows.
"""

from django.core.cache import cache
from django.db.models import QuerySet

from wagtail.models import Locale, Page

from portal.caching.keys import locales_key
from portal.caching.restrictions import public
from portal.caching.version import content_version
from portal.i18n.languages import active_language

__all__ = [
    "active_locale",
    "localized_all",
    "localized_links",
    "localized_one",
    "localized_page",
]


def active_locale():
    """The Locale of the active language (Wagtail's Locale.get_active), cached.

    Wagtail asks the database each time; a page view asked up to five times.
    """
    key = locales_key(content_version())
    locales = cache.get(key)
    if locales is None:
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        cache.set(key, locales, timeout=3600)
    return locales.get(active_language())


def localized_page(page):
    """page's live translation in the active language, else page (Page.localized).

    Translations a page brought along (a site's root, portal.caching.sites)
    cost no query; others one.
    """
    locale = active_locale()
    if locale is None or locale.pk == page.locale_id:
        return page
    known = page.__dict__.get("_portal_translations")
    if known is not None:
        return known.get(locale.pk, page)
    translation = page.get_translation_or_none(locale)
    return translation if translation is not None and translation.live else page


def localized_all(objects, locale_id, *related):
    """objects in locale_id: each one's translation there, or itself if it has none.

    wagtail-localize copies inline rows (post authors, lab partners) and page
    links unchanged, so an English page may point at Swedish people or labs.
    The translations come in one query whatever their number, none when every
    object is in the locale already; `related` is joined in as select_related.
    Pages are swapped only for a live translation.
    """
    objects = list(objects)
    foreign = [obj for obj in objects if obj is not None and obj.locale_id != locale_id]
    if not foreign:
        return objects
    model = type(foreign[0])
    queryset = model._default_manager.filter(
        translation_key__in={obj.translation_key for obj in foreign},
        locale_id=locale_id,
    ).select_related(*related)
    if issubclass(model, Page):
        queryset = public(queryset.live())
    found = {obj.translation_key: obj for obj in queryset}
    return [
        found.get(obj.translation_key, obj) if obj is not None else None
        for obj in objects
    ]


def localized_one(obj, locale_id, *related):
    """obj in locale_id, as localized_all for a single object (None stays None)."""
    return localized_all([obj], locale_id, *related)[0]


def localized_links(rows, field, locale_id, *related):
    """What an inline panel's rows link through field, in row order, in locale_id.

    The rows come with what they link in one plain join; only links outside
    locale_id (a translation that still points at Swedish snippets) cost a
    second query, for their translations, whatever their number. Rows of a
    preview (modelcluster keeps them in memory) are used as they are.
    """
    if isinstance(rows, QuerySet):
        joined = [field, *(f"{field}__{name}" for name in related)]
        rows = rows.select_related(*joined)
    linked, seen = [], set()
    for row in rows:
        obj = getattr(row, field)
        if obj.translation_key not in seen:  # an object and its translation: once
            seen.add(obj.translation_key)
            linked.append(obj)
    return localized_all(linked, locale_id, *related)
