"""Which cached URLs a page change makes stale, and purging them from Varnish.

Wagtail's frontend_cache purges the page's own URL on publish and unpublish;
this purges what lists the page: its parent (each language), its site's home
and sitemap and the portal home (the default site's). A feature app adds its
own listings (feeds, indexes elsewhere in the tree) with a PURGE_URLS_HOOK
function, so this module knows no feature app.

Nothing is sent unless WAGTAILFRONTENDCACHE is set (PORTAL_FRONTEND_CACHE_URL).
"""

from django.conf import settings

from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

__all__ = ["PURGE_URLS_HOOK", "affected_urls", "live_urls", "purge_listings"]

# Hook name: functions (page) -> iterable of full URLs a change to page makes stale.
PURGE_URLS_HOOK = "portal_purge_urls"


def live_urls(page):
    """The full URLs of page and its live translations."""
    pages = page.get_translations(inclusive=True).live()
    return [url for url in (p.get_full_url() for p in pages) if url]


def affected_urls(page):
    """Sorted full URLs, besides page's own, that show page or link to it."""
    page = page.specific
    urls = set()
    parent = page.get_parent()
    if parent is not None and not parent.is_root():
        urls.update(live_urls(parent))
    site = page.get_site()
    if site is not None:
        urls.update(live_urls(site.root_page))
        urls.add(f"{site.root_url}/sitemap.xml")
    portal = Site.objects.filter(is_default_site=True).first()
    if portal is not None:
        urls.update(live_urls(portal.root_page))
    for extra in hooks.get_hooks(PURGE_URLS_HOOK):
        urls.update(extra(page))
    return sorted(urls)


def purge_listings(instance, **kwargs):
    """page_published / page_unpublished receiver."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_urls_from_cache(affected_urls(instance))
