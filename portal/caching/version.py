"""One version number for everything cached from published content.

Cached site chrome and translation links carry it in their keys; publishing,
moving or restricting a page, or editing a site's settings, bumps it, so no
reader sees a stale menu or language link and nothing must be deleted by key.
"""

from django.core.cache import cache

from portal.caching.keys import CONTENT_VERSION_KEY

__all__ = ["bump_content_version", "content_version"]


def content_version():
    return cache.get_or_set(CONTENT_VERSION_KEY, 1, timeout=None)


def bump_content_version(**kwargs):
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:
        cache.set(CONTENT_VERSION_KEY, 1, timeout=None)
