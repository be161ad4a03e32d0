"""A page's StreamField rendered once per content version, site and language.

Rendering a body (its blocks' templates, images, page links) is a large share
of a page's CPU time and the same for every reader: a published page changes
only when something is published, which bumps the content version. Links in
the body are relative to the request's site and texts follow the language,
so both are in the key. Previews render their unsaved content every time.
"""

from django.core.cache import cache
from django.utils.safestring import mark_safe

from wagtail.models import Site

from portal.caching import keys
from portal.caching.version import content_version
from portal.i18n.languages import active_language

__all__ = ["rendered_stream"]


def rendered_stream(page, field, request, render):
    """render() (the field's HTML), cached unless request is a preview."""
    if request is None or getattr(request, "is_preview", False) or not page.pk:
        return render()
    site = Site.find_for_request(request)
    key = keys.stream_key(
        content_version(), site.pk if site else 0, active_language(), page.pk, field
    )
    html = cache.get(key)
    if html is None:
        html = str(render())
        cache.set(key, html, timeout=3600)
    return mark_safe(html)  # noqa: S308 - rendered by the blocks' own templates
