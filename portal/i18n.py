from django.core.cache import cache

from wagtail.models import Page, Site

from portal.cache_version import content_version
from portal.privacy import public


def translation_links(page, request):
    """{language code: (url, full url)} of each published translation of page.

    The switcher and the hreflang links share it; it is cached until content
    is next published, so a page view spends no query on it.
    """
    cached = getattr(page, "_portal_translation_links", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    key = (
        f"portal:translations:{content_version()}:{page.translation_key}:"
        f"{site.pk if site else 0}"
    )
    links = cache.get(key)
    if links is None:
        pages = (
            public(Page.objects.live())
            .filter(translation_key=page.translation_key)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        links = {
            p.locale.language_code: (p.get_url(request), p.get_full_url(request))
            for p in pages
        }
        cache.set(key, links, timeout=3600)
    page._portal_translation_links = links
    return links


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
