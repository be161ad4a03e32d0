"""One version number for everything cached from published content.

Cached site chrome and translation links carry it in their keys; publishing,
moving or restricting a page, or editing a site's settings, bumps it, so no
reader sees a stale menu or language link and nothing must be deleted by key.
With the local-memory cache a bump is also announced to the other processes
(portal.caching.sync).
"""

from django.core.cache import cache

from portal.caching import sync
from portal.caching.keys import CONTENT_VERSION_KEY

__all__ = [
    "bump_content_version",
    "bump_local_content_version",
    "content_version",
    "kept_for_version",
]


def content_version():
    return cache.get_or_set(CONTENT_VERSION_KEY, 1, timeout=None)


def bump_local_content_version():
    """A new version in this cache only: other processes are not told."""
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:
        cache.set(CONTENT_VERSION_KEY, 1, timeout=None)


def bump_content_version(**kwargs):
    bump_local_content_version()
    sync.announce()


def kept_for_version(name, compute, timeout=3600):
    """compute()'s answer (never None), kept until the content version moves on.

    name must say everything the answer depends on (site, language, ...).
    """
    key = f"portal:kept:{content_version()}:{name}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, timeout=timeout)
    return found
