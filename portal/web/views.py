"""Per-site robots.txt, favicon and error pages.

The 404 page carries the site's own chrome and a link to its home in the
reader's language. The 500 page must not fail itself: it uses no database and
no context processors, only what the cache already holds about the site. When
the error is the database or the media storage being unreachable, readers
get a 503 "try again" page with Retry-After instead: nothing is wrong with
what they asked for.
"""

import logging
import sys

from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse

from wagtail.models import Site

from botocore.exceptions import ConnectionError as StorageConnectionError
from botocore.exceptions import HTTPClientError as StorageClientError

from portal.caching.chrome import chrome_key, get_chrome
from portal.i18n.languages import active_language

logger = logging.getLogger(__name__)

# Used when even the 500 template cannot be rendered.
PLAIN_500 = (
    '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
    "<title>Serverfel – Server error</title></head><body><main>"
    "<h1>Något gick fel</h1><p>Försök igen om en stund.</p>"
    '<h2 lang="en">Something went wrong</h2>'
    '<p lang="en">Please try again in a moment.</p></main></body></html>'
)
# Connection refused, lost or timed out: not a bug in the request. The
# storage's: S3 (django-storages) refused, closed or timed out, e.g. while a
# page makes a new rendition or an editor uploads.
UNAVAILABLE_ERRORS = (
    OperationalError,
    InterfaceError,
    StorageConnectionError,
    StorageClientError,
)
RETRY_AFTER_SECONDS = 30


def robots_txt(request):
    """Allow everything public; point at this host's own sitemap."""
    site = Site.find_for_request(request)
    root_url = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    return render(
        request,
        "robots.txt",
        {"sitemap_url": root_url + reverse("sitemap")},
        content_type="text/plain; charset=utf-8",
    )


def favicon(request):
    """/favicon.ico, which browsers ask for on their own: the site's icon."""
    icon = get_chrome(request).get("icon_url") or static("portal/img/mark.svg")
    return redirect(icon)


def page_not_found(request, exception=None):
    return render(request, "404.html", {"request_path": request.path}, status=404)


def server_error(request):
    # Django calls handler500 while it handles the exception, so it is here.
    if isinstance(sys.exc_info()[1], UNAVAILABLE_ERRORS):
        return service_unavailable(request)
    try:
        body = loader.get_template("500.html").render(error_context(request))
    except Exception:  # the error page itself must never fail
        logger.exception("The 500 page could not be rendered")
        body = PLAIN_500
    return HttpResponseServerError(body)


def service_unavailable(request):
    try:
        body = loader.get_template("503.html").render(error_context(request))
    except Exception:  # the error page itself must never fail
        logger.exception("The 503 page could not be rendered")
        body = PLAIN_500
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def error_context(request):
    # The page's one <style> block runs only with the CSP nonce.
    nonce = getattr(request, "csp_nonce", None)
    context = cached_identity(request)
    context["csp_nonce"] = "" if nonce is None else str(nonce)
    return context


def cached_identity(request):
    """The site's name, home and colour, if the site and its chrome are cached.

    Wagtail keeps the site it found on the request (docs/upstream.md,
    "request._wagtail_site"); the chrome is in the cache once any page of the
    site was shown in this language. Nothing here touches the database.
    """
    language = active_language()
    identity = {"language": language, "site_name": "", "home_url": "/"}
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        return identity
    try:
        chrome = cache.get(chrome_key(site, language)) or {}
    except Exception:  # a cache that is down is no reason to fail here
        logger.exception("No site identity for the 500 page")
        chrome = {}
    identity["site_name"] = chrome.get("site_name") or site.site_name
    identity["home_url"] = chrome.get("home_url") or "/"
    identity["accent_colour"] = chrome.get("accent_colour", "")
    return identity
