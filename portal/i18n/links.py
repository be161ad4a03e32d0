"""Each page's published translations, for the language switcher and hreflang links."""

from django.core.cache import cache

from wagtail.models import Page, Site

from portal.caching.keys import translations_key
from portal.caching.restrictions import public
from portal.caching.version import content_version

__all__ = ["translation_links"]


def translation_links(page, request):
    """{language code: (url, full url)} of each published translation of page.

    The switcher and the hreflang links share it; it is cached until content
    is next published, so a page view spends no query on it.
    """
    cached = getattr(page, "_portal_translation_links", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    key = translations_key(
        content_version(), page.translation_key, site.pk if site else 0
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
