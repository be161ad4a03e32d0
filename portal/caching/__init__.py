"""Caches of published content: the content version, site chrome, company cards
and the paths behind view restrictions.

Every key and what invalidates it is listed in portal.caching.keys; the
signal receivers that invalidate are in portal.caching.invalidation; with the
local-memory cache, portal.caching.sync carries invalidations to the other
processes. portal.caching.headers says how long browsers and shared caches
may keep what readers get (Cache-Control); portal.caching.pages keeps those
whole pages itself; portal.caching.purge which URLs a change makes stale,
and purges them from both the own page cache and Varnish (or a CDN);
portal.caching.changes which changes do.
"""

__all__ = [
    "changes",
    "chrome",
    "company_cards",
    "headers",
    "invalidation",
    "keys",
    "pages",
    "purge",
    "restrictions",
    "sync",
    "version",
]
