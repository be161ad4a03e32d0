"""Cache-Control on what readers get, so browsers and shared caches may keep it.

A reader without a session gets public HTML, feeds, sitemaps, robots.txt and
JSON (the public API, search suggestions) with `public,
max-age=PORTAL_CACHE_MAX_AGE, s-maxage=PORTAL_CACHE_S_MAXAGE`; search results,
the API (PORTAL_CACHE_SHORT_NAMESPACES) and 404 pages keep a shorter s-maxage
(their own settings).
Everything personal is `private, no-store`: a request with a session cookie
(editors, a reader with messages), a response that sets a cookie, the admin
and previews, and every other status (5xx, 4xx but 404,
POST answers). Redirects and responses that set their own Cache-Control (the
503 page, static files, documents, personal views) are left as they are.
ConditionalGetMiddleware, outside this one, adds the ETag and answers 304.
What this marks public, the portal's own page cache (caching.pages, between
the two) may keep.

A public answer loses `Vary: Cookie`: templates look at `request.user` (the
Wagtail user bar), which marks the session as read, but a request without a
session cookie has no session, so no cookie can change the page.
"""

from django.conf import settings
from django.utils.cache import cc_delim_re, patch_cache_control

from portal.caching.pages import mark_public

__all__ = ["CacheHeadersMiddleware", "cache_control_for"]

PUBLIC_TYPES = (
    "text/html",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "text/plain",
    "application/json",
)
PRIVATE = {"private": True, "no_store": True}


def drop_cookie_vary(response):
    if not response.has_header("Vary"):
        return
    vary = [header.strip() for header in cc_delim_re.split(response["Vary"])]
    kept = [header for header in vary if header and header.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


def is_personal(request, response):
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or bool(response.cookies)
        or getattr(request, "is_preview", False)
        or request.path_info.startswith(tuple(settings.PORTAL_ADMIN_PATHS))
    )


def shared_max_age(request, status):
    if status == 404:
        return settings.PORTAL_CACHE_NOT_FOUND_S_MAXAGE
    match = request.resolver_match
    if match and (
        match.view_name in settings.PORTAL_CACHE_SHORT_VIEWS
        or set(match.namespaces) & set(settings.PORTAL_CACHE_SHORT_NAMESPACES)
    ):
        return settings.PORTAL_CACHE_SHORT_S_MAXAGE
    return settings.PORTAL_CACHE_S_MAXAGE


def cache_control_for(request, response):
    """The Cache-Control directives for this response, or None to leave it."""
    status = response.status_code
    if 300 <= status < 400 or response.has_header("Cache-Control"):
        return None
    if request.method not in {"GET", "HEAD"} or status not in {200, 404}:
        return PRIVATE
    if is_personal(request, response):
        return PRIVATE
    if not response.get("Content-Type", "").startswith(PUBLIC_TYPES):
        return None
    s_maxage = shared_max_age(request, status)
    return {
        "public": True,
        "max_age": min(settings.PORTAL_CACHE_MAX_AGE, s_maxage),
        "s_maxage": s_maxage,
    }


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        directives = cache_control_for(request, response)
        if directives:
            patch_cache_control(response, **directives)
            if directives.get("public"):
                drop_cookie_vary(response)
                # The portal's own page cache keeps exactly these (caching.pages).
                mark_public(request, directives["s_maxage"])
        return response
