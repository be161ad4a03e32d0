"""The portal's own page cache: whole public responses, served without a query.

Which responses: what portal.caching.headers marks public (an anonymous
reader's GET or HEAD of a page, feed, sitemap or search, answered 200 without
a cookie), kept for their s-maxage. Never looked up: requests with a session
cookie (editors; a reader with messages), other methods, the admin, documents,
static and media files, and requests that carry credentials. Previews run in
the admin, and a preview served anywhere else is private (headers.py), so
neither is kept.

The key is the scheme, host, path, query string and language of the request
(the language comes from the path, as LocaleMiddleware decides it), plus three
tokens that purging replaces (portal.caching.purge decides what to purge):

- the epoch: every page of every site (a change to the portal's own site, or
  Redis answering again after an outage, when purges may have been lost);
- the host's generation: every page of one company's site (its settings, its
  footer, its menu);
- the path's token: one URL, with every query string (?page=2) and language.

A lookup is two round trips: the three tokens in one get_many, then the page.
Purging deletes tokens; a missing token is created afresh on the next lookup,
so entries stored under the old one are never found again and expire.

The cache is the alias PORTAL_PAGE_CACHE_ALIAS: Redis when REDIS_URL is set
(portal.caching.resilient, so a Redis outage makes every request a miss, never
an error), else a local-memory cache of its own. With local memory each
process has its own copy: a purge is announced through portal.caching.sync,
and each other process then drops its whole copy (new epoch) before its next
request.

`X-Page-Cache` says what happened: hit (served from the cache), miss (built,
and kept), pass (built and not kept: not public, or not a 200). Requests that
are never looked up get no header.

Why not wagtail-cache: README.md, "Decisions".
"""

import hashlib
import secrets
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.utils.translation import get_language_from_path

from portal.caching import keys, sync

__all__ = [
    "HEADER",
    "PageCacheMiddleware",
    "forget_local_pages",
    "mark_public",
    "purge_pages",
]

HEADER = "X-Page-Cache"
TOKEN_TIMEOUT = 24 * 3600  # a token outlives every page stored under it
# Never looked up: besides the admin and documents (settings), these.
CREDENTIAL_HEADERS = ("HTTP_AUTHORIZATION",)


def page_cache():
    return caches[settings.PORTAL_PAGE_CACHE_ALIAS]


def mark_public(request, s_maxage):
    """headers.py: this response is public for s_maxage seconds (it may be kept)."""
    request._portal_page_cache_timeout = s_maxage


def hostname_of(host):
    """'Example.se:8000' -> 'example.se', as purged URLs name it (urlsplit)."""
    return (urlsplit(f"//{host}").hostname or host).lower()


def skipped_prefixes():
    prefixes = [*settings.PORTAL_ADMIN_PATHS, settings.PORTAL_DOCUMENTS_PATH]
    prefixes += [settings.STATIC_URL, settings.MEDIA_URL]
    return tuple(prefix for prefix in prefixes if prefix and prefix.startswith("/"))


def is_candidate(request):
    """Whether the request may be answered from the cache (and its answer kept)."""
    return (
        settings.PORTAL_PAGE_CACHE
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not any(header in request.META for header in CREDENTIAL_HEADERS)
        and not request.path_info.startswith(skipped_prefixes())
    )


def language_of(request):
    """The language LocaleMiddleware will activate: the path's prefix, else the
    default (i18n_patterns with prefix_default_language=False, as portal.urls)."""
    return get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def path_token_key(hostname, path):
    digest = hashlib.sha256(path.encode()).hexdigest()[:32]
    return keys.page_path_token_key(hostname, digest)


class Lookup:
    """The tokens and key of one request's page."""

    def __init__(self, request, hostname):
        self.cache = page_cache()
        self.request = request
        self.hostname = hostname
        self.token_keys = [
            keys.PAGE_EPOCH_KEY,
            keys.page_host_token_key(hostname),
            path_token_key(hostname, request.path),
        ]

    def tokens(self):
        """The three tokens, creating those that are missing."""
        found = self.cache.get_many(self.token_keys)
        tokens = []
        for key in self.token_keys:
            token = found.get(key)
            if token is None:
                token = secrets.token_hex(8)
                if not self.cache.add(key, token, timeout=TOKEN_TIMEOUT):
                    token = self.cache.get(key) or token
            tokens.append(token)
        return tokens

    def key(self):
        request = self.request
        parts = [
            *self.tokens(),
            request.scheme,
            request.get_host(),
            request.path,
            request.META.get("QUERY_STRING", ""),
            language_of(request),
        ]
        digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
        return keys.page_key(digest)


def storable(request, response):
    return (
        getattr(request, "_portal_page_cache_timeout", 0) > 0
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
    )


class PageCacheMiddleware:
    """Between ConditionalGetMiddleware (a hit still gets its ETag and 304) and
    CacheHeadersMiddleware (what is kept already has its Cache-Control, CSP and
    Permissions-Policy headers)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_candidate(request):
            return self.get_response(request)
        # An unknown host raises here as it would below: Django answers 400.
        hostname = hostname_of(request.get_host())
        lookup = Lookup(request, hostname)
        key = lookup.key()
        response = lookup.cache.get(key)
        if response is not None:
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if storable(request, response):
            timeout = request._portal_page_cache_timeout
            response[HEADER] = "miss"
            lookup.cache.set(key, response, timeout=timeout)
        else:
            response[HEADER] = "pass"
        return response


def url_token_keys(urls):
    """The path-token keys of full URLs (every query string of each path)."""
    found = set()
    for url in urls:
        parts = urlsplit(url)
        if parts.hostname:
            found.add(path_token_key(parts.hostname.lower(), unquote(parts.path)))
    return found


def purge_pages(urls=(), hostnames=(), everything=False):
    """Drop these URLs, every page of these hosts, or everything, in every process.

    With local memory only this process's copy is changed here; the others
    drop theirs when they see the announcement (portal.caching.sync).
    """
    if not settings.PORTAL_PAGE_CACHE:
        return
    if everything:
        doomed = {keys.PAGE_EPOCH_KEY}
    else:
        doomed = url_token_keys(urls)
        doomed.update(keys.page_host_token_key(name.lower()) for name in hostnames)
    if doomed:
        page_cache().delete_many(sorted(doomed))
        sync.announce()


def forget_local_pages():
    """Another process announced a change: drop this process's copy (a new epoch)."""
    if settings.PORTAL_PAGE_CACHE:
        page_cache().delete(keys.PAGE_EPOCH_KEY)
