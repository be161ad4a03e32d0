"""Cross-site posting to the public forms, refused without a token in the page.

Readers' pages are cached by shared caches, so they carry no per-reader CSRF
token (and so set no cookie). A POST to a public form must instead come from
a page of the same site: its `Origin` header (or, when a browser sends none,
its `Referer`) names this request's scheme and host, or one of
CSRF_TRUSTED_ORIGINS. Browsers add both headers themselves and a cross-site
page cannot forge them; session cookies are SameSite=Lax as well.

OriginCsrfMiddleware takes the place of Django's CsrfViewMiddleware. It checks
the origin, not the token, for exactly two kinds of view: Wagtail's page view
(the contact form and the accessibility feedback form are pages) and views
marked with `public_form` (subscribe, confirm). Every other view, the admin
and its login included, keeps Django's token check. A refused POST gets a
403 page in the reader's language; going back keeps what they typed.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.middleware.csrf import CsrfViewMiddleware
from django.template.response import TemplateResponse

from wagtail.views import serve as wagtail_serve

__all__ = ["OriginCsrfMiddleware", "is_same_origin", "public_form"]

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
REFUSED_TEMPLATE = "portal/cross_site_refused.html"


def origin_of(url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def trusted_origins(request):
    own = f"{request.scheme}://{request.get_host()}".lower()
    extra = (origin.lower() for origin in settings.CSRF_TRUSTED_ORIGINS)
    return {own, *(origin for origin in extra if "*" not in origin)}


def is_same_origin(request):
    """Whether a request's Origin (else its Referer) is this site."""
    origin = request.META.get("HTTP_ORIGIN")
    if origin is None:
        origin = origin_of(request.META.get("HTTP_REFERER", ""))
    elif origin == "null":
        origin = None  # sandboxed frames, data: URLs, privacy redirects
    return origin is not None and origin.lower() in trusted_origins(request)


def public_form(view):
    """Mark a view whose POSTs are checked by origin instead of by token."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        return view(*args, **kwargs)

    wrapped.csrf_exempt = True
    wrapped.origin_checked = True
    return wrapped


def refused(request):
    response = TemplateResponse(request, REFUSED_TEMPLATE, {}, status=403)
    response["Cache-Control"] = "private, no-store"
    return response


class OriginCsrfMiddleware(CsrfViewMiddleware):
    def process_view(self, request, callback, callback_args, callback_kwargs):
        checked_by_origin = callback is wagtail_serve or getattr(
            callback, "origin_checked", False
        )
        if not checked_by_origin:
            return super().process_view(
                request, callback, callback_args, callback_kwargs
            )
        if request.method in SAFE_METHODS or is_same_origin(request):
            return None
        if getattr(request, "_dont_enforce_csrf_checks", False):
            return None  # Django's test client, as for the token check
        return refused(request)
