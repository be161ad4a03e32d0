"""Caches of published content: the content version, site chrome, company cards
and the paths behind view restrictions.

Every key and what invalidates it is listed in portal.caching.keys; the
signal receivers that invalidate are in portal.caching.invalidation; with the
local-memory cache, portal.caching.sync carries invalidations to the other
processes. portal.caching.headers says how long browsers and shared caches
may keep what readers get (Cache-Control); portal.caching.purge which URLs
a page change makes stale in Varnish, and purges them.
"""

__all__ = [
    "chrome",
    "company_cards",
    "headers",
    "invalidation",
    "keys",
    "purge",
    "restrictions",
    "sync",
    "version",
]
