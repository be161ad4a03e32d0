"""URL words translated like every other string: msgids are English.

Two kinds of routes use them. URL patterns inside i18n_patterns use Django's
translated patterns (translated_paths): /prenumerera/ in Swedish,
/en/subscribe/ in English. A RoutablePageMixin page resolves its sub-URLs
outside Django's language switch, so it gets one route per language
(routes_per_language); every language's word resolves and links use the
active language's.

English addresses once carried the Swedish words (/en/prenumerera/). They
keep working (moved): GET and HEAD redirect permanently to the English
address; other methods are served in place, since a redirect would drop the
body of a POST such as a mail client's one-click unsubscribe (RFC 8058).
Translations must stay plain slugs ending in "/", with any converters kept.
"""

import functools

from django.http import HttpResponsePermanentRedirect
from django.urls import path, reverse
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy

from portal.i18n.languages import default_language, language_codes, translate_in

__all__ = ["moved", "routes_per_language", "translated_paths"]


def routes_per_language(route, message, name, before="", after=""):
    """Decorate a routable page view with route(before + word + after) per language.

    route is wagtail.contrib.routable_page's path or re_path; each route is
    named f"{name}_{language}", and word is message in that language.
    """

    def decorate(view):
        for language in language_codes():
            text = route_text(language, message, before, after)
            view = route(text, name=f"{name}_{language}")(view)
        return view

    return decorate


def _route_text(language, message, before="", after=""):
    return before + translate_in(language, message) + after


# Lazy, like gettext_lazy in a URLconf: routes are declared at import, and
# the resolver reads each word when it compiles the route.
route_text = lazy(_route_text, str)


def translated_paths(routes):
    """path() per (message, view, name), then each one's former default-language route.

    The translated routes come first, so in the default language the former
    route (the same words) is never reached.
    """
    current = [path(gettext_lazy(msg), view, name=name) for msg, view, name in routes]
    former = [
        path(route_text(default_language(), msg), moved(view, name))
        for msg, view, name in routes
    ]
    return current + former


def moved(view, name):
    """view at a former address: redirect reads, serve writes (see the docstring)."""

    @functools.wraps(view)  # keeps csrf_exempt and the like
    def serve(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        namespace = request.resolver_match.namespace
        url = reverse(f"{namespace}:{name}" if namespace else name, kwargs=kwargs)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)

    return serve
