"""Which pages are behind a view restriction, cached so listings need no extra query.

Wagtail's PageQuerySet.public() reads every restriction on each call; pages
list several querysets, so the restricted paths are cached and dropped when a
restriction or the tree changes (see portal.caching.invalidation).
"""

from django.core.cache import cache
from django.db.models import Q

from wagtail.models import PageViewRestriction

from portal.caching.keys import RESTRICTED_PATHS_KEY

__all__ = ["forget_restricted_paths", "private_q", "public", "restricted_paths"]


def restricted_paths():
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_PATHS_KEY, paths, timeout=None)
    return paths


def forget_restricted_paths(**kwargs):
    cache.delete(RESTRICTED_PATHS_KEY)


def private_q():
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def public(queryset):
    """queryset without pages in a private section, as PageQuerySet.public()."""
    return queryset.exclude(private_q())
